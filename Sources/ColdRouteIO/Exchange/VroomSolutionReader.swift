import ColdRouteModel

/// Reads a VROOM solution (`code`, `summary`, `unassigned`, `routes[].steps[]`) as pickup routes.
///
/// Mapping (see `docs/exchange-formats.md`):
/// - times: step `arrival` is seconds since midnight; loading starts at `arrival + waiting_time`
///   (+ `setup`) and takes `service` seconds; `start` gives the depot departure, `end` the return;
/// - a `job` step's village: its `description` when that is a village id, else its `id` as the
///   1-based index into the network's `villages`;
/// - kilograms loaded: the step's `kilograms` (ColdRoute's extra field), else the rise of `load[0]`;
/// - trips: a vehicle's day is one route; a `break` step between trips is its return to the depot
///   (its `arrival` ends one trip; `arrival + waiting_time + service` starts the next, the
///   service being the unloading); a step's `trip` (extra field) is informational;
/// - products: a job's `products` (extra field) object `{"<product id>": kg, …}`, when given;
/// - a route's depot: its `depot` (extra field), else the depot at the `start` step's location;
///   its vehicle type: `vehicle_type` (extra), else the network's only vehicle type; its name:
///   `description`, else `vehicle <id>`.
/// `unassigned` and `summary` are not needed and not read.
enum VroomSolutionReader {
    static func read(bytes: [UInt8], file: String, network: CountyNetwork) throws(InputError) -> RouteSheet {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw InputError(file: file, location: .text(line: error.position.line, column: error.position.column), message: error.message)
        }
        var problems = ProblemList()
        func report(_ path: String, _ value: JSONValue?, _ message: String) {
            problems.add(file: file, .jsonPath(path, line: value?.position.line), message)
        }
        guard root.members != nil else {
            throw InputError(file: file, location: .jsonPath("", line: root.position.line),
                             message: "expected a VROOM solution object at the top level, got \(root.typeDescription)")
        }
        if let code = root["code"], case .number(let c) = code.kind, c != 0 {
            var why = ""
            if let error = root["error"], case .string(let text) = error.kind { why = ": \(text)" }
            throw InputError(file: file, location: .jsonPath("code", line: code.position.line),
                             message: "the solution reports an error (code \(NumberText.format(c)))\(why)")
        }
        guard let routesValue = root["routes"], let routeValues = routesValue.elements else {
            throw InputError(file: file, location: .jsonPath("routes", line: root["routes"]?.position.line),
                             message: root["routes"] == nil ? "missing 'routes' (is this a VROOM solution?)" : "expected an array")
        }
        let villageIDs = Set(network.villages.map(\.id.rawValue))
        let typeIDs = Set(network.vehicleTypes.map(\.id.rawValue))
        let depotIDs = Set(network.depots.map(\.id.rawValue))

        func number(_ value: JSONValue?) -> Double? {
            if case .number(let x)? = value?.kind { return x }
            return nil
        }
        /// A numeric step field: absent gives `nil`; a string, `null` or other type, or a value
        /// past ``FieldLimits/identifier`` (seconds, kilograms, ids) is reported, never coerced.
        func strictNumber(_ step: JSONValue, _ key: String, _ path: String) -> (ok: Bool, value: Double?) {
            guard let value = step[key] else { return (true, nil) }
            guard case .number(let x) = value.kind else {
                report("\(path).\(key)", value, "expected a number, got \(value.typeDescription)")
                return (false, nil)
            }
            if x < 0, ["kilograms", "waiting_time", "setup", "service"].contains(key) {
                report("\(path).\(key)", value, "must not be negative (got \(NumberText.format(x)))")
                return (false, nil)
            }
            guard x.isFinite, abs(x) <= FieldLimits.identifier.upperBound else {
                report("\(path).\(key)", value, "must be \(FieldLimits.rangeText(-FieldLimits.identifier.upperBound ... FieldLimits.identifier.upperBound)) (got \(NumberText.format(x)))")
                return (false, nil)
            }
            return (true, x)
        }
        func string(_ value: JSONValue?) -> String? {
            if case .string(let s)? = value?.kind { return s }
            return nil
        }

        var routes: [RouteSheet.Route] = []
        for (r, route) in routeValues.enumerated() {
            let at = "routes[\(r)]"
            guard route.members != nil else { report(at, route, "expected an object, got \(route.typeDescription)"); continue }
            let name = string(route["description"]) ?? route["vehicle"].map { v in
                if case .number(let x) = v.kind { return "vehicle \(NumberText.format(x))" }
                return string(v) ?? "route \(r + 1)"
            } ?? "route \(r + 1)"
            guard let steps = route["steps"]?.elements else { report("\(at).steps", route["steps"] ?? route, "missing steps array"); continue }

            var depot: Depot.ID?
            if let id = string(route["depot"]) {
                if depotIDs.contains(id) { depot = Depot.ID(id) } else {
                    report("\(at).depot", route["depot"], RouteSheetCSVReader.unknown("depot", id, among: depotIDs))
                }
            } else if let startStep = steps.first(where: { string($0["type"]) == "start" }),
                      let location = startStep["location"]?.elements?.compactMap(number), location.count == 2
            {
                depot = network.depots.first { abs($0.location.x - location[0]) < 1e-6 && abs($0.location.y - location[1]) < 1e-6 }?.id
                if depot == nil { report("\(at).steps", startStep, "no depot is at the start location; add \"depot\": \"<depot id>\" to the route") }
            } else {
                report(at, route, "which depot? add \"depot\": \"<depot id>\" to the route (or a start step with its location)")
            }
            var type: VehicleType.ID?
            if let id = string(route["vehicle_type"]) {
                if typeIDs.contains(id) { type = VehicleType.ID(id) } else {
                    report("\(at).vehicle_type", route["vehicle_type"], RouteSheetCSVReader.unknown("vehicle type", id, among: typeIDs))
                }
            } else if network.vehicleTypes.count == 1 {
                type = network.vehicleTypes[0].id
            } else {
                report(at, route, "which vehicle type? add \"vehicle_type\": \"<type id>\" to the route")
            }
            var refrigerated: Bool?
            if case .bool(let b)? = route["refrigerated"]?.kind { refrigerated = b }

            var start: (Minutes, InputError.Location)?, end: (Minutes, InputError.Location)?
            var stops: [RouteSheet.Stop] = [], trips: [RouteSheet.Trip] = []
            var tripStart: (Minutes, InputError.Location)?
            var load = 0.0
            for (s, step) in steps.enumerated() {
                let sp = "\(at).steps[\(s)]"
                let location = InputError.Location.jsonPath(sp, line: step.position.line)
                guard step.members != nil else { report(sp, step, "expected an object, got \(step.typeDescription)"); continue }
                // Numeric fields given as strings ("NaN", "12") or out of range are errors, not defaults.
                let checked = ["arrival", "kilograms", "waiting_time", "setup", "service", "id"].map { strictNumber(step, $0, sp).ok }
                if let loads = step["load"]?.elements {
                    for (i, element) in loads.enumerated() where !(number(element).map(FieldLimits.kilograms.contains) ?? false) {
                        let got = number(element).map(NumberText.format) ?? element.typeDescription
                        report("\(sp).load[\(i)]", element, "expected a number \(FieldLimits.rangeText(FieldLimits.kilograms)), got \(got)")
                    }
                }
                guard !checked.contains(false) else { continue }
                switch string(step["type"]) {
                case "start" where s != 0:
                    report("\(sp).type", step["type"], "the start step must be the first step of the route"); continue
                case "end" where s != steps.count - 1:
                    report("\(sp).type", step["type"], "the end step must be the last step of the route"); continue
                default: break
                }
                guard let arrivalSeconds = number(step["arrival"]) else {
                    report("\(sp).arrival", step["arrival"] ?? step, step["arrival"] == nil ? "missing arrival (seconds since midnight)" : "expected a number")
                    continue
                }
                let arrival = Minutes(arrivalSeconds / 60)
                let stepLoad = step["load"]?.elements?.first.flatMap(number)
                switch string(step["type"]) {
                case "start":
                    start = (arrival, location)
                    tripStart = start
                    load = stepLoad ?? 0
                case "end":
                    end = (arrival, location)
                    if let tripStart { trips.append(RouteSheet.Trip(start: tripStart.0, end: arrival, startLocation: tripStart.1, endLocation: location)) }
                case "break":
                    // A return to the depot between trips: unload, then leave on the next trip.
                    guard let begun = tripStart else { report(sp, step, "a break (return to the depot) before the start step"); continue }
                    trips.append(RouteSheet.Trip(start: begun.0, end: arrival, startLocation: begun.1, endLocation: location))
                    let leave = arrivalSeconds + (number(step["waiting_time"]) ?? 0) + (number(step["setup"]) ?? 0) + (number(step["service"]) ?? 0)
                    tripStart = (Minutes(leave / 60), location)
                    load = stepLoad ?? 0
                case "job", "pickup":
                    var village: Village.ID?
                    if let d = string(step["description"]), villageIDs.contains(d) {
                        village = Village.ID(d)
                    } else if let id = number(step["id"]), let index = Int(checked: id), Double(index) == id, index >= 1, index <= network.villages.count {
                        village = network.villages[index - 1].id
                    } else {
                        let shown = string(step["description"]).map { "description '\($0)'" }
                            ?? number(step["id"]).map { "id \(NumberText.format($0))" } ?? "no description or id"
                        report(sp, step, "which village? \(shown) names none (description = village id, or id = 1-based village index)")
                        continue
                    }
                    let kilograms: Double
                    if let kg = number(step["kilograms"]) {
                        kilograms = kg
                    } else if let stepLoad {
                        kilograms = stepLoad - load
                    } else {
                        report(sp, step, "how much is loaded? give \"kilograms\" or \"load\"")
                        continue
                    }
                    if let stepLoad { load = stepLoad } else { load += kilograms }
                    guard FieldLimits.kilograms.contains(kilograms) else {
                        report(sp, step, "loads \(NumberText.format(kilograms)) kg: must be \(FieldLimits.rangeText(FieldLimits.kilograms))"); continue
                    }
                    let waiting = (number(step["waiting_time"]) ?? 0) + (number(step["setup"]) ?? 0)
                    let service = number(step["service"]) ?? 0
                    let serviceStart = Minutes((arrivalSeconds + waiting) / 60)
                    var products: [(product: Product.ID, kilograms: Kilograms)] = []
                    if let members = step["products"]?.members {
                        for member in members {
                            let id = member.key, value = member.value
                            guard network.products.contains(where: { $0.id.rawValue == id }) else {
                                report("\(sp).products.\(id)", value, RouteSheetCSVReader.unknown("product", id, among: Set(network.products.map(\.id.rawValue))))
                                continue
                            }
                            guard let x = number(value), x.isFinite, x >= 0 else { report("\(sp).products.\(id)", value, "expected a number ≥ 0"); continue }
                            if x > 0 { products.append((Product.ID(id), Kilograms(x))) }
                        }
                    }
                    stops.append(RouteSheet.Stop(village: village!, kilograms: Kilograms(kilograms), products: products, trip: trips.count + 1, arrival: arrival,
                                                 serviceStart: serviceStart, departure: serviceStart + Minutes(service / 60),
                                                 location: location))
                case let other:
                    let shown = other.map { "'\($0)'" } ?? "missing"
                    report("\(sp).type", step["type"] ?? step, "step type \(shown): a pickup plan has only start, job, break (a return between trips) and end steps")
                }
            }
            guard let start else { report("\(at).steps", route["steps"], "no start step (the depot departure)"); continue }
            guard let end else { report("\(at).steps", route["steps"], "no end step (the return to the depot)"); continue }
            guard let depot, let type else { continue }
            routes.append(RouteSheet.Route(
                vehicle: name, depot: depot, vehicleType: type, refrigerated: refrigerated, start: start.0, end: end.0,
                stops: stops, startLocation: start.1, endLocation: end.1, trips: trips))
        }
        try problems.throwIfAny()
        return RouteSheet(file: file, format: .vroom, routes: routes, timeResolution: Minutes(1.0 / 60))
    }
}
