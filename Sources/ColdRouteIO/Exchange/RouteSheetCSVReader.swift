import ColdRouteModel

/// Reads a route sheet: one CSV row per stop, with depot departure and return rows
/// (see `docs/exchange-formats.md`).
///
/// Rows are grouped by `vehicle` (in order of first appearance) and ordered by `sequence`. A
/// route's first row must be its depot (`stop_id` = the `depot` column; its `departure` is the
/// route's start) and its last row too (its `arrival` is the return); the rows between are
/// villages. `stop_name`, `load_kg`, `produce_age_min` and `shelf_life_min` are informational
/// (the evaluator recomputes them); `refrigerated` may be left out.
enum RouteSheetCSVReader {
    static let required = ["vehicle", "depot", "vehicle_type", "sequence", "stop_id", "arrival", "departure", "kilograms"]
    static let informational = ["refrigerated", "stop_name", "load_kg", "produce_age_min", "shelf_life_min"]

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
    }

    static func read(text: String, file: String, network: CountyNetwork) throws(InputError) -> RouteSheet {
        let table = try CSVTable.parse(text: text, file: file)
        var problems = ProblemList()
        func report(_ line: Int?, _ column: String?, _ message: String) {
            problems.add(file: file, .csv(line: line, column: column), message)
        }
        let known = required + informational
        for name in table.header where !known.contains(name) && !NetworkSchema.isAnnotation(name) {
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
            if !isDepot, ok {
                if arrival == nil { report(raw.line, "arrival", "missing value"); ok = false }
                if departure == nil { report(raw.line, "departure", "missing value"); ok = false }
                if kilograms == nil { report(raw.line, "kilograms", "missing value"); ok = false }
            }
            if ok {
                rows.append(Row(line: raw.line, vehicle: vehicle, depot: Depot.ID(depot), vehicleType: VehicleType.ID(type),
                                sequence: sequence, stop: stop, isDepot: isDepot, arrival: arrival, departure: departure,
                                kilograms: kilograms, refrigerated: refrigerated))
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
            guard let start = sorted.first, start.isDepot, let end = sorted.last, end.isDepot, sorted.count >= 2 else {
                report(sorted[0].line, "stop_id", "vehicle \(vehicle): the first and last rows (by sequence) must be its depot \(first.depot), "
                       + "departure and return")
                continue
            }
            guard let startTime = start.departure else { report(start.line, "departure", "missing value: when does the vehicle leave the depot?"); continue }
            guard let endTime = end.arrival else { report(end.line, "arrival", "missing value: when does the vehicle return to the depot?"); continue }
            var stops: [RouteSheet.Stop] = []
            for row in sorted.dropFirst().dropLast() {
                if row.isDepot {
                    report(row.line, "stop_id", "vehicle \(vehicle) returns to \(row.depot) mid-route; write each trip as its own vehicle")
                    continue
                }
                stops.append(RouteSheet.Stop(village: Village.ID(row.stop), kilograms: row.kilograms!, arrival: row.arrival!,
                                             serviceStart: nil, departure: row.departure!, location: .csv(line: row.line, column: nil)))
            }
            routes.append(RouteSheet.Route(
                vehicle: vehicle, depot: first.depot, vehicleType: first.vehicleType,
                refrigerated: group.lazy.compactMap(\.refrigerated).first, start: startTime, end: endTime, stops: stops,
                startLocation: .csv(line: start.line, column: nil), endLocation: .csv(line: end.line, column: nil)))
        }
        try problems.throwIfAny()
        return RouteSheet(file: file, format: .csv, routes: routes, timeResolution: Minutes(1))
    }

    static func unknown(_ noun: String, _ id: String, among ids: Set<String>) -> String {
        let guess = NetworkSchema.suggestion(for: id, among: ids.sorted()).map { " (did you mean '\($0)'?)" } ?? ""
        return "unknown \(noun) '\(id)'\(guess)"
    }
}
