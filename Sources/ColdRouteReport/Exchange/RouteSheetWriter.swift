import ColdRouteModel
import ColdRoutePlanning
import Foundation

/// Writes the route sheet `routes.csv`: one row per stop, for dispatchers and spreadsheets.
///
/// Columns (exactly these, in this order): ``columns``. Each route has a depot departure row
/// (`sequence` 0, `stop_id` = depot id, `departure` = leaving time), one row per village stop,
/// and a return row (`sequence` = stops + 1, `arrival` = return time, `load_kg` = load delivered).
/// Times are `HH:MM` (rounded to the minute; hours past 23 are the next day); `load_kg` is the
/// load after the stop, `kilograms` what is loaded there; `produce_age_min` is the time from
/// leaving the village to reaching the depot, `shelf_life_min` the shortest shelf life of the
/// village's produce on this vehicle's class. RFC 4180 quoting; UTF-8; `\n` line ends.
enum RouteSheetWriter {
    static let columns = ["vehicle", "depot", "vehicle_type", "refrigerated", "sequence", "stop_id", "stop_name",
                          "arrival", "departure", "load_kg", "kilograms", "produce_age_min", "shelf_life_min"]

    static func csv(network: CountyNetwork, pickup: PickupPlan?) -> String {
        let depotNames = Dictionary(uniqueKeysWithValues: network.depots.map { ($0.id, $0.name) })
        var lines = [columns.joined(separator: ",")]
        for route in pickup?.routes ?? [] {
            let head = [route.vehicle, route.depot.rawValue, route.vehicleType.rawValue, route.refrigerated ? "true" : "false"]
            let depotName = depotNames[route.depot] ?? route.depot.rawValue
            lines.append(row(head + ["0", route.depot.rawValue, depotName, "", route.start.clockString, "0", "", "", ""]))
            for (n, stop) in route.stops.enumerated() {
                lines.append(row(head + [
                    "\(n + 1)", stop.village.rawValue, stop.name, stop.arrival.clockString, stop.departure.clockString,
                    number(stop.load.value, 3), number(stop.kilograms.value, 3), number(stop.ageOnArrival.value, 1),
                    number(stop.shelfLife.value, 1),
                ]))
            }
            lines.append(row(head + ["\(route.stops.count + 1)", route.depot.rawValue, depotName, route.end.clockString, "",
                                     number(route.load.value, 3), "", "", ""]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One CSV line, quoting cells that hold a comma, quote or line break.
    static func row(_ cells: [String]) -> String {
        cells.map { cell in
            guard cell.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return cell }
            return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",")
    }

    /// A decimal with at most `digits` decimals, trailing zeros dropped (`1200`, `433.333`).
    static func number(_ x: Double, _ digits: Int) -> String {
        guard x.isFinite else { return "" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let r = (x * scale).rounded() / scale
        if r.rounded() == r, abs(r) < 1e15 { return String(Int64(r)) }
        var text = String(format: "%.\(digits)f", r)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }
}
