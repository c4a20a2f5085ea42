import ColdRouteModel
import ColdRouteSiting

/// Checks a ``PickupPlan`` against the network and its siting plan from first principles,
/// independently of the routing engine (whose own ``RoutingChecker`` works in integer units).
///
/// For every route: the vehicle type may be based at the depot and is not used more often than
/// the fleet has vehicles; the route runs within the depot's receiving hours and the driver's
/// shift; arrivals allow for the fastest travel between consecutive places; loading starts within
/// each village's pickup window; the load never exceeds capacity; and produce from every stop
/// reaches the depot within the shelf life of each product the village sends there, on the
/// vehicle's temperature class. Across routes: every kilogram the siting plan sends to a depot is
/// either collected or listed as unserved.
public enum PickupPlanChecker {
    public static func check(_ plan: PickupPlan, network: CountyNetwork, travel: TravelModel, siting: SitingPlan)
        -> [String]
    {
        var out: [String] = []
        let tol = 1e-6
        let depotIndex = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, $0) })
        let villageIndex = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let typeIndex = Dictionary(uniqueKeysWithValues: network.vehicleTypes.enumerated().map { ($1.id, $0) })
        let productIndex = Dictionary(uniqueKeysWithValues: network.products.enumerated().map { ($1.id, $0) })
        var productsSent = [String: [Int]](), assigned = [String: Double](), collected = [String: Double]()
        for a in siting.assignments {
            productsSent["\(a.village)@\(a.depot)", default: []].append(productIndex[a.product] ?? 0)
            assigned["\(a.village)@\(a.depot)", default: 0] += a.kilograms.value
        }
        var routesOfType = [VehicleType.ID: Int]()

        for route in plan.routes {
            let at = "route \(route.vehicle)"
            guard let j = depotIndex[route.depot], let t = typeIndex[route.vehicleType] else { out.append("\(at): unknown depot or vehicle type"); continue }
            let depot = network.depots[j], type = network.vehicleTypes[t]
            routesOfType[type.id, default: 0] += 1
            if let home = type.homeDepot, home != depot.id { out.append("\(at): \(type.id) is based at \(home), not \(depot.id)") }
            if route.refrigerated != type.refrigerated { out.append("\(at): temperature class misreported") }
            if route.start.value < depot.receivingOpen.value - tol || route.end.value > depot.receivingClose.value + tol {
                out.append("\(at): runs \(route.start.clockString)–\(route.end.clockString), outside \(depot.id)'s receiving hours")
            }
            if (route.end - route.start).value > type.maxShift.value + tol { out.append("\(at): longer than the \(type.maxShift) shift") }
            var place = Place.depot(j), clock = route.start, load = 0.0
            for stop in route.stops {
                guard let i = villageIndex[stop.village] else { out.append("\(at): unknown village \(stop.village)"); continue }
                let village = network.villages[i]
                guard let leg = travel.leg(from: place, to: .village(i)) else { out.append("\(at): no road to \(stop.village)"); continue }
                if stop.arrival.value < (clock + leg.time).value - tol { out.append("\(at): reaches \(stop.village) faster than the roads allow") }
                if stop.serviceStart.value < max(stop.arrival, village.earliestPickup).value - tol
                    || stop.serviceStart.value > village.pickupEnd.value + tol
                {
                    out.append("\(at): loads at \(stop.village) at \(stop.serviceStart.clockString), outside its window")
                }
                if stop.departure.value < stop.serviceStart.value - tol { out.append("\(at): leaves \(stop.village) before loading") }
                load += stop.kilograms.value
                if abs(stop.load.value - load) > 1e-6 * max(1, load) { out.append("\(at): load after \(stop.village) misreported") }
                collected["\(stop.village)@\(depot.id)", default: 0] += stop.kilograms.value
                place = .village(i)
                clock = stop.departure
            }
            if load > type.capacity.value * (1 + tol) { out.append("\(at): carries \(load) kg, over the \(type.capacity) capacity") }
            guard let home = travel.leg(from: place, to: .depot(j)) else { out.append("\(at): no road back to the depot"); continue }
            if route.end.value < (clock + home.time).value - tol { out.append("\(at): returns faster than the roads allow") }
            for stop in route.stops {
                let age = route.end - stop.departure
                if abs(age.value - stop.ageOnArrival.value) > 1e-6 { out.append("\(at): age of \(stop.village)'s produce misreported") }
                for p in productsSent["\(stop.village)@\(depot.id)"] ?? [] {
                    let life = network.products[p].shelfLife(refrigerated: type.refrigerated)
                    if age.value > life.value + tol {
                        out.append("\(at): \(network.products[p].id) from \(stop.village) arrives \(Int(age.value)) min after pickup, shelf life \(Int(life.value)) min")
                    }
                }
            }
        }
        for type in network.vehicleTypes where routesOfType[type.id, default: 0] > type.count {
            out.append("vehicle type \(type.id): \(routesOfType[type.id]!) routes, only \(type.count) vehicles")
        }
        var unserved = [String: Double]()
        for u in plan.unserved { unserved["\(u.village)@\(u.depot)", default: 0] += u.kilograms.value }
        for key in Set(assigned.keys).union(collected.keys).union(unserved.keys).sorted() {
            let a = assigned[key, default: 0], c = collected[key, default: 0], u = unserved[key, default: 0]
            if abs(a - c - u) > 1e-6 * max(1, a) { out.append("\(key): collected \(c) + unserved \(u) ≠ assigned \(a) kg") }
        }
        return out
    }
}
