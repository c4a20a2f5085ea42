import ColdRouteModel

/// Checks an ``ExpressPlan`` from first principles: every shipment leaves when its route is back,
/// travels no faster than the roads allow, arrives by the agency's cut-off; no agency receives more
/// than its capacity; and each route's load is shipped or listed as missed, exactly.
public enum ExpressPlanChecker {
    public static func check(_ plan: ExpressPlan, network: CountyNetwork, travel: TravelModel, pickup: PickupPlan) -> [String] {
        var out: [String] = []
        let tol = 1e-6
        let depotIndex = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, $0) })
        let agencyIndex = Dictionary(uniqueKeysWithValues: network.agencies.enumerated().map { ($1.id, $0) })
        let routeEnd = Dictionary(pickup.routes.map { ($0.vehicle, $0.end) }, uniquingKeysWith: { a, _ in a })
        var intoAgency = [Agency.ID: Double](), fromRoute = [String: Double]()
        // One search per depot shipping (not per shipment).
        let agencyPlaces = network.agencies.indices.map { Place.agency($0) }
        var legsFrom = [Int: [Leg?]]()
        for s in plan.shipments {
            let at = "shipment \(s.route)→\(s.agency)"
            guard let j = depotIndex[s.depot], let a = agencyIndex[s.agency], let end = routeEnd[s.route] else {
                out.append("\(at): unknown route, depot or agency"); continue
            }
            if s.ready.value < end.value - tol { out.append("\(at): leaves before the route is back") }
            if legsFrom[j] == nil { legsFrom[j] = travel.legs(from: .depot(j), to: agencyPlaces) }
            guard let leg = legsFrom[j]![a] else { out.append("\(at): no road"); continue }
            if s.arrival.value < (s.ready + leg.time).value - tol { out.append("\(at): faster than the roads allow") }
            if s.arrival.value > network.agencies[a].cutoff.value + tol { out.append("\(at): arrives \(s.arrival.clockString), after the \(network.agencies[a].cutoff.clockString) cut-off") }
            intoAgency[s.agency, default: 0] += s.kilograms.value
            fromRoute[s.route, default: 0] += s.kilograms.value
        }
        for m in plan.missed { fromRoute[m.route, default: 0] += m.kilograms.value }
        for agency in network.agencies where intoAgency[agency.id, default: 0] > agency.capacityPerDay.value * (1 + tol) + tol {
            out.append("agency \(agency.id) receives \(intoAgency[agency.id]!) kg, over its capacity")
        }
        for route in pickup.routes where abs(fromRoute[route.vehicle, default: 0] - route.load.value) > 1e-6 * max(1, route.load.value) {
            out.append("route \(route.vehicle): \(fromRoute[route.vehicle, default: 0]) kg shipped or missed ≠ load \(route.load.value) kg")
        }
        return out
    }
}
