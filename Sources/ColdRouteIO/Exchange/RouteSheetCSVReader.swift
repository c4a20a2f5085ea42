import ColdRouteModel

/// Reads a route sheet: one CSV row per visit, with depot departure and return rows for each
/// trip (see `docs/exchange-formats.md`).
///
/// Rows are grouped by `vehicle` (in order of first appearance), then by `trip` (1 when the
/// column is absent or empty), and ordered by `sequence`. Each trip's first row must be its depot
/// (`stop_id` = the `depot` column; its `departure` is the trip's start) and its last row too
/// (its `arrival` is the return); the rows between are villages. Columns `kg_<product id>` give
/// the kilograms of each product loaded at a village (they must add up to `kilograms`); without
/// them the evaluator does not know what is on board. `stop_name`, `split`, `load_kg`,
/// `produce_age_min` and `shelf_life_min` are informational (the evaluator recomputes them);
/// `refrigerated` and `trip` may be left out.
enum RouteSheetCSVReader {
    static let required = ["vehicle", "depot", "vehicle_type", "sequence", "stop_id", "arrival", "departure", "kilograms"]
    static let informational = ["trip", "refrigerated", "stop_name", "split", "load_kg", "produce_age_min", "shelf_life_min"]
    /// The prefix of a product column: `kg_mulberry` holds the kilograms of product `mulberry`.
    static let productPrefix = "kg_"

    private struct Row {
        var line: Int
        var vehicle: String
        var depot: Depot.ID
        var vehicleType: VehicleType.ID
        var sequence: Int
        var stop: String
        var isDepot: Bool
        var arrival: Minutes?
        var departure: Minutes?
        var kilograms: Kilograms?
        var refrigerated: Bool?
        var trip: Int
        var products: [(product: Product.ID, kilograms: Kilograms)]
    }

    static func read(text: String, file: String, network: CountyNetwork) throws(InputError) -> RouteSheet {
        let table = try CSVTable.parse(text: text, file: file)
        var problems = ProblemList()
        func report(_ line: Int?, _ column: String?, _ message: String) {
            problems.add(file: file, .csv(line: line, column: column), message)
        }
        let known = required + informational
        let productIDs = network.products.map(\.id.rawValue)
        let productColumns = table.header.filter { $0.hasPrefix(productPrefix) }
        for name in productColumns where !productIDs.contains(String(name.dropFirst(productPrefix.count))) {
            report(1, name, unknown("product", String(name.dropFirst(productPrefix.count)), among: Set(productIDs)))
        }
        for name in table.header where !known.contains(name) && !name.hasPrefix(productPrefix) && !NetworkSchema.isAnnotation(name) {
            let guess = NetworkSchema.suggestion(for: name, among: known).map { " (did you mean '\($0)'?)" } ?? ""
            report(1, name, "unknown column '\(name)'\(guess)")
        }
        for name in required where !table.header.contains(name) { report(1, name, "missing required column") }
        try problems.throwIfAny()

        let column = Dictionary(table.header.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let villages = Set(network.villages.map(\.id.rawValue))
        let depots = Set(network.depots.map(\.id.rawValue))
        let types = Set(network.vehicleTypes.map(\.id.rawValue))
        var rows: [Row] = []
        for raw in table.rows {
            func cell(_ name: String) -> String {
                guard let c = column[name], c < raw.cells.count else { return "" }
                return raw.cells[c]
            }
            var ok = true
            if raw.cells.count != table.header.count, raw.cells.count < table.header.count || raw.cells[table.header.count...].contains(where: { !$0.isEmpty }) {
                report(raw.line, nil, "\(raw.cells.count) cells, but the header has \(table.header.count) columns"); ok = false
            }
            func need(_ name: String) -> String? {
                let value = cell(name)
                if value.isEmpty { report(raw.line, name, "missing value"); ok = false; return nil }
                return value
            }
            let vehicle = need("vehicle") ?? "", depot = need("depot") ?? "", type = need("vehicle_type") ?? ""
            let stop = need("stop_id") ?? ""
            if !depot.isEmpty, !depots.contains(depot) { report(raw.line, "depot", unknown("depot", depot, among: depots)); ok = false }
            if !type.isEmpty, !types.contains(type) { report(raw.line, "vehicle_type", unknown("vehicle type", type, among: types)); ok = false }
            var sequence = 0
            if let text = need("sequence") {
                if let n = Int(text), n >= 0, n <= Int(FieldLimits.identifier.upperBound) { sequence = n } else { report(raw.line, "sequence", "expected a whole number ≥ 0, got '\(text)'"); ok = false }
            }
            let isDepot = stop == depot
            if !stop.isEmpty, !isDepot, !villages.contains(stop) {
                let hint = depots.contains(stop) ? "'\(stop)' is a depot, but this route's depot is \(depot)"
                    : unknown("village", stop, among: villages)
                report(raw.line, "stop_id", hint)
                ok = false
            }
            func time(_ name: String) -> Minutes? {
                let text = cell(name)
                guard !text.isEmpty else { return nil }
                guard let t = RouteSheetReader.timeOfDay(text) else {
                    report(raw.line, name, "expected a time of day HH:MM, got '\(text)'")
                    ok = false
                    return nil
                }
                return t
            }
            let arrival = time("arrival"), departure = time("departure")
            var kilograms: Kilograms?
            let kgText = cell("kilograms")
            if !kgText.isEmpty {
                if let x = Double(kgText), FieldLimits.kilograms.contains(x) { kilograms = Kilograms(x) } else {
                    report(raw.line, "kilograms", "expected a number \(FieldLimits.rangeText(FieldLimits.kilograms)), got '\(kgText)'")
                    ok = false
                }
            }
            var refrigerated: Bool?
            switch cell("refrigerated").lowercased() {
            case "": break
            case "true", "yes", "1": refrigerated = true
            case "false", "no", "0": refrigerated = false
            case let other: report(raw.line, "refrigerated", "expected true or false, got '\(other)'"); ok = false
            }
            var trip = 1
            let tripText = cell("trip")
            if !tripText.isEmpty {
                if let n = Int(tripText), n >= 1 { trip = n } else { report(raw.line, "trip", "expected a whole number ≥ 1, got '\(tripText)'"); ok = false }
            }
            var products: [(product: Product.ID, kilograms: Kilograms)] = []
            for name in productColumns {
                let text = cell(name)
                guard !text.isEmpty else { continue }
                guard let x = Double(text), x.isFinite, x >= 0 else { report(raw.line, name, "expected a number ≥ 0, got '\(text)'"); ok = false; continue }
                if isDepot, x > 0 { report(raw.line, name, "a depot row loads nothing"); ok = false }
                products.append((Product.ID(String(name.dropFirst(productPrefix.count))), Kilograms(x)))
            }
            if !isDepot, ok, !products.isEmpty, let kilograms {
                let sum = products.reduce(0.0) { $0 + $1.kilograms.value }
                if abs(sum - kilograms.value) > 0.01 + 1e-6 * sum {
                    report(raw.line, "kilograms", "the kg_<product> columns add up to \(NumberText.format(sum)) kg, not \(NumberText.format(kilograms.value))")
                    ok = false
                }
            }
            if !isDepot, ok {
                if arrival == nil { report(raw.line, "arrival", "missing value"); ok = false }
                if departure == nil { report(raw.line, "departure", "missing value"); ok = false }
                if kilograms == nil { report(raw.line, "kilograms", "missing value"); ok = false }
            }
            if ok {
                rows.append(Row(line: raw.line, vehicle: vehicle, depot: Depot.ID(depot), vehicleType: VehicleType.ID(type),
                                sequence: sequence, stop: stop, isDepot: isDepot, arrival: arrival, departure: departure,
                                kilograms: kilograms, refrigerated: refrigerated, trip: trip,
                                products: products.filter { $0.kilograms.value > 0 }))
            }
        }
        try problems.throwIfAny()

        var order: [String] = [], groups: [String: [Row]] = [:]
        for row in rows {
            if groups[row.vehicle] == nil { order.append(row.vehicle) }
            groups[row.vehicle, default: []].append(row)
        }
        var routes: [RouteSheet.Route] = []
        for vehicle in order {
            let group = groups[vehicle]!
            let first = group[0]
            for row in group where row.depot != first.depot || row.vehicleType != first.vehicleType {
                report(row.line, row.depot != first.depot ? "depot" : "vehicle_type",
                       "vehicle \(vehicle) has another depot or vehicle type on line \(first.line)")
            }
            let sorted = group.sorted { $0.sequence < $1.sequence }
            for (a, b) in zip(sorted, sorted.dropFirst()) where a.sequence == b.sequence {
                report(b.line, "sequence", "vehicle \(vehicle) has sequence \(b.sequence) twice (also line \(a.line))")
            }
            for (a, b) in zip(sorted, sorted.dropFirst()) where b.trip < a.trip {
                report(b.line, "trip", "vehicle \(vehicle): trip \(b.trip) comes after trip \(a.trip) in sequence order (line \(a.line))")
            }
            var stops: [RouteSheet.Stop] = [], trips: [RouteSheet.Trip] = []
            let numbers = Array(Set(sorted.map(\.trip))).sorted()
            for (k, number) in numbers.enumerated() where number != k + 1 {
                report(sorted.first { $0.trip == number }!.line, "trip", "vehicle \(vehicle) has trip \(number) but no trip \(k + 1); number trips 1, 2, …")
                break
            }
            for number in numbers {
                let rows = sorted.filter { $0.trip == number }
                let label = numbers.count > 1 || number != 1 ? " trip \(number)" : ""
                guard let start = rows.first, start.isDepot, let end = rows.last, end.isDepot, rows.count >= 2 else {
                    report(rows[0].line, "stop_id", "vehicle \(vehicle)\(label): the first and last rows (by sequence) must be its depot \(first.depot), "
                           + "departure and return")
                    continue
                }
                guard let startTime = start.departure else { report(start.line, "departure", "missing value: when does the vehicle leave the depot?"); continue }
                guard let endTime = end.arrival else { report(end.line, "arrival", "missing value: when does the vehicle return to the depot?"); continue }
                for row in rows.dropFirst().dropLast() {
                    if row.isDepot {
                        report(row.line, "stop_id", "vehicle \(vehicle) returns to \(row.depot) mid-trip; number each trip in a trip column (1, 2, …)")
                        continue
                    }
                    stops.append(RouteSheet.Stop(village: Village.ID(row.stop), kilograms: row.kilograms!, products: row.products, trip: number,
                                                 arrival: row.arrival!, serviceStart: nil, departure: row.departure!,
                                                 location: .csv(line: row.line, column: nil)))
                }
                trips.append(RouteSheet.Trip(start: startTime, end: endTime, startLocation: .csv(line: start.line, column: nil),
                                             endLocation: .csv(line: end.line, column: nil)))
            }
            guard let firstTrip = trips.first, let lastTrip = trips.last, trips.count == numbers.count else { continue }
            routes.append(RouteSheet.Route(
                vehicle: vehicle, depot: first.depot, vehicleType: first.vehicleType,
                refrigerated: group.lazy.compactMap(\.refrigerated).first, start: firstTrip.start, end: lastTrip.end, stops: stops,
                startLocation: firstTrip.startLocation, endLocation: lastTrip.endLocation, trips: trips))
        }
        try problems.throwIfAny()
        return RouteSheet(file: file, format: .csv, routes: routes, timeResolution: Minutes(1))
    }

    static func unknown(_ noun: String, _ id: String, among ids: Set<String>) -> String {
        let guess = NetworkSchema.suggestion(for: id, among: ids.sorted()).map { " (did you mean '\($0)'?)" } ?? ""
        return "unknown \(noun) '\(id)'\(guess)"
    }
}
