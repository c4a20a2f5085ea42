import ColdRouteModel
import ColdRoutePlanning
import Foundation

/// Writes the route sheet `routes.csv`: one row per visit, for dispatchers and spreadsheets.
///
/// Columns, in this order: ``columns`` up to `kilograms`, then one `kg_<product id>` column per
/// product of the network (in its order: the kilograms of that product loaded at the stop, empty
/// when none), then `produce_age_min` and `shelf_life_min`. Each vehicle's day is one or more
/// trips (`trip` 1, 2, …); each trip has a depot departure row (`stop_id` = depot id,
/// `departure` = leaving time), one row per village visit, and a return row (`arrival` = return
/// time, `load_kg` = load delivered). `sequence` numbers a vehicle's rows over the whole day,
/// from 0. A village appears once per trip that visits it; only when its load for the depot is
/// more than one vehicle can take is it split into several visits, and `split` says which
/// (`1/2`, `2/2`; empty when not split). Times are `HH:MM` (rounded to the minute; hours past
/// 23 are the next day); `load_kg` is the load after the stop within its trip, `kilograms`
/// what is loaded there; `produce_age_min` is the time from leaving the village to reaching the
/// depot at the end of the trip, `shelf_life_min` the shortest shelf life of the products
/// loaded, on this vehicle's class. RFC 4180 quoting; UTF-8; `\n` line ends.
enum RouteSheetWriter {
    static let columns = ["vehicle", "depot", "vehicle_type", "refrigerated", "trip", "sequence", "stop_id", "stop_name", "split",
                          "arrival", "departure", "load_kg", "kilograms"]
    static let trailingColumns = ["produce_age_min", "shelf_life_min"]

    static func csv(network: CountyNetwork, pickup: PickupPlan?) -> String {
        let depotNames = Dictionary(uniqueKeysWithValues: network.depots.map { ($0.id, $0.name) })
        let products = network.products.map(\.id)
        let empty = [String](repeating: "", count: products.count)
        var lines = [(columns + products.map { "kg_\($0.rawValue)" } + trailingColumns).joined(separator: ",")]
        for route in pickup?.routes ?? [] {
            let head = [route.vehicle, route.depot.rawValue, route.vehicleType.rawValue, route.refrigerated ? "true" : "false"]
            let depotName = depotNames[route.depot] ?? route.depot.rawValue
            var sequence = 0
            for (k, trip) in route.tripList.enumerated() {
                let t = "\(k + 1)"
                lines.append(row(head + [t, "\(sequence)", route.depot.rawValue, depotName, "", "", trip.start.clockString, "0", ""] + empty + ["", ""]))
                sequence += 1
                for stop in route.stops(ofTrip: k + 1) {
                    let kgOf = Dictionary(stop.products.map { ($0.product, $0.kilograms.value) }, uniquingKeysWith: +)
                    lines.append(row(head + [
                        t, "\(sequence)", stop.village.rawValue, stop.name, stop.parts > 1 ? "\(stop.part)/\(stop.parts)" : "",
                        stop.arrival.clockString, stop.departure.clockString, number(stop.load.value, 3), number(stop.kilograms.value, 3),
                    ] + products.map { kgOf[$0].map { number($0, 3) } ?? "" } + [
                        number(stop.ageOnArrival.value, 1), number(stop.shelfLife.value, 1),
                    ]))
                    sequence += 1
                }
                lines.append(row(head + [t, "\(sequence)", route.depot.rawValue, depotName, "", trip.end.clockString, "",
                                         number(trip.load.value, 3), ""] + empty + ["", ""]))
                sequence += 1
            }
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
