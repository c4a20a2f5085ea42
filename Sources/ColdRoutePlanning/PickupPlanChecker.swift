import ColdRouteModel
import ColdRouteSiting
import Foundation

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
///
/// ``evaluate(_:network:travel:timeTolerance:)`` (in `PickupPlanChecker+Evaluation.swift`) runs the
/// same route checks on a plan made elsewhere, without a siting plan.
public enum PickupPlanChecker {
    public static func check(_ plan: PickupPlan, network: CountyNetwork, travel: TravelModel, siting: SitingPlan)
        -> [String]
    {
        let productIndex = Dictionary(uniqueKeysWithValues: network.products.enumerated().map { ($1.id, $0) })
        var productsSent = [String: [Int]](), assigned = [String: Double](), collected = [String: Double]()
        for a in siting.assignments {
            productsSent["\(a.village)@\(a.depot)", default: []].append(productIndex[a.product] ?? 0)
            assigned["\(a.village)@\(a.depot)", default: 0] += a.kilograms.value
        }
        let rules = Rules(timeTolerance: 1e-6, kilogramTolerance: 0, standalone: false) { village, depot in
            productsSent["\(village)@\(depot)"] ?? []
        }
        var out = routeViolations(plan, network: network, travel: travel, rules: rules).map(\.description)
        for route in plan.routes { for stop in route.stops { collected["\(stop.village)@\(route.depot)", default: 0] += stop.kilograms.value } }
        var unserved = [String: Double]()
        for u in plan.unserved { unserved["\(u.village)@\(u.depot)", default: 0] += u.kilograms.value }
        for key in Set(assigned.keys).union(collected.keys).union(unserved.keys).sorted() {
            let a = assigned[key, default: 0], c = collected[key, default: 0], u = unserved[key, default: 0]
            if abs(a - c - u) > 1e-6 * max(1, a) { out.append("\(key): collected \(c) + unserved \(u) ≠ assigned \(a) kg") }
        }
        return out
    }

    /// How strictly to check, and which products each stop carries.
    struct Rules {
        /// Slack in minutes for every time comparison (the resolution of the times checked).
        var timeTolerance: Double
        /// Slack in kilograms for capacity and supply (on top of a relative 1e-6).
        var kilogramTolerance: Double
        /// Checks that need no siting plan: loading time, express cut-off, daily supply.
        var standalone: Bool
        /// Product indices a village's stop on a route from a depot may carry.
        var products: (Village.ID, Depot.ID) -> [Int]
    }

    /// The per-route and fleet checks, in the order ``check(_:network:travel:siting:)`` reports them.
    static func routeViolations(_ plan: PickupPlan, network: CountyNetwork, travel: TravelModel, rules: Rules)
        -> [PlanViolation]
    {
        var out: [PlanViolation] = []
        let tol = rules.timeTolerance
        let depotIndex = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, $0) })
        let villageIndex = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let typeIndex = Dictionary(uniqueKeysWithValues: network.vehicleTypes.enumerated().map { ($1.id, $0) })
        let usedDepots = Set(plan.routes.map(\.depot))
        let agencyLegs = network.depots.indices.map { j -> [Leg?] in
            rules.standalone && usedDepots.contains(network.depots[j].id)
                ? travel.legs(from: .depot(j), to: network.agencies.indices.map { Place.agency($0) }) : []
        }
        var routesOfType = [VehicleType.ID: Int]()

        for (r, route) in plan.routes.enumerated() {
            let last = route.stops.count + 1
            func fail(_ kind: PlanViolation.Kind, stop: Int? = nil, place: String? = nil, _ detail: String) {
                out.append(PlanViolation(kind: kind, vehicle: route.vehicle, route: r, stop: stop, place: place, detail: detail))
            }
            guard let j = depotIndex[route.depot], let t = typeIndex[route.vehicleType] else {
                fail(.unreachable, stop: 0, place: route.depot.rawValue, "unknown depot or vehicle type")
                continue
            }
            let depot = network.depots[j], type = network.vehicleTypes[t], depotID = depot.id.rawValue
            routesOfType[type.id, default: 0] += 1
            if let home = type.homeDepot, home != depot.id { fail(.homeDepot, stop: 0, place: depotID, "\(type.id) is based at \(home), not \(depot.id)") }
            if route.refrigerated != type.refrigerated { fail(.misreported, stop: 0, place: depotID, "temperature class misreported") }
            let early = route.start.value < depot.receivingOpen.value - tol, late = route.end.value > depot.receivingClose.value + tol
            if early || late {
                fail(.receivingHours, stop: early ? 0 : last, place: depotID,
                     "runs \(route.start.clockString)–\(route.end.clockString), outside \(depot.id)'s receiving hours")
            }
            if (route.end - route.start).value > type.maxShift.value + tol {
                fail(.shift, stop: last, place: depotID, "longer than the \(type.maxShift) shift")
            }
            var place = Place.depot(j), clock = route.start, load = 0.0
            for (n, stop) in route.stops.enumerated() {
                let s = n + 1, v = stop.village.rawValue
                guard let i = villageIndex[stop.village] else { fail(.unreachable, stop: s, place: v, "unknown village \(stop.village)"); continue }
                let village = network.villages[i]
                guard let leg = travel.leg(from: place, to: .village(i)) else { fail(.unreachable, stop: s, place: v, "no road to \(stop.village)"); continue }
                if stop.arrival.value < (clock + leg.time).value - tol {
                    fail(.travelTime, stop: s, place: v, "reaches \(stop.village) faster than the roads allow")
                }
                if stop.serviceStart.value < max(stop.arrival, village.earliestPickup).value - tol
                    || stop.serviceStart.value > village.pickupEnd.value + tol
                {
                    fail(.pickupWindow, stop: s, place: v, "loads at \(stop.village) at \(stop.serviceStart.clockString), outside its window")
                }
                if stop.departure.value < stop.serviceStart.value - tol {
                    fail(.service, stop: s, place: v, "leaves \(stop.village) before loading")
                } else if rules.standalone, village.totalSupply.value > 0 {
                    let needed = village.serviceTime.value * min(1, stop.kilograms.value / village.totalSupply.value)
                    if (stop.departure - stop.serviceStart).value < needed - tol {
                        fail(.service, stop: s, place: v, "leaves \(stop.village) after \(minutes(stop.departure - stop.serviceStart)) min of loading; "
                             + "\(minutes(Minutes(needed))) min are needed for \(kg(stop.kilograms)) kg")
                    }
                }
                load += stop.kilograms.value
                if abs(stop.load.value - load) > 1e-6 * max(1, load) { fail(.misreported, stop: s, place: v, "load after \(stop.village) misreported") }
                if rules.standalone, load > type.capacity.value * (1 + 1e-6) + rules.kilogramTolerance,
                   load - stop.kilograms.value <= type.capacity.value * (1 + 1e-6) + rules.kilogramTolerance
                {
                    fail(.capacity, stop: s, place: v, "loading \(kg(stop.kilograms)) kg at \(stop.village) brings the load to \(kg(Kilograms(load))) kg, over the \(type.capacity) capacity")
                }
                place = .village(i)
                clock = stop.departure
            }
            if !rules.standalone, load > type.capacity.value * (1 + tol) { fail(.capacity, stop: last, "carries \(load) kg, over the \(type.capacity) capacity") }
            guard let home = travel.leg(from: place, to: .depot(j)) else { fail(.unreachable, stop: last, place: depotID, "no road back to the depot"); continue }
            if route.end.value < (clock + home.time).value - tol { fail(.travelTime, stop: last, place: depotID, "returns faster than the roads allow") }
            for (n, stop) in route.stops.enumerated() {
                let age = route.end - stop.departure
                if abs(age.value - stop.ageOnArrival.value) > 1e-6 { fail(.misreported, stop: n + 1, place: stop.village.rawValue, "age of \(stop.village)'s produce misreported") }
                let products = rules.products(stop.village, depot.id)
                let spoiling = products.filter { age.value > network.products[$0].shelfLife(refrigerated: type.refrigerated).value + tol }
                var suffix = ""
                if rules.standalone, !spoiling.isEmpty, let i = villageIndex[stop.village] {
                    // The file does not say which products are on board: the stop passes when what it
                    // loads can be made up of the village's products that keep this long.
                    let keeping = products.filter { !spoiling.contains($0) }
                        .reduce(0.0) { $0 + (network.villages[i].supply[network.products[$1].id]?.value ?? 0) }
                    if stop.kilograms.value <= keeping * (1 + 1e-6) + rules.kilogramTolerance { continue }
                    if keeping > 0 { suffix = " (the \(kg(stop.kilograms)) kg loaded exceed the \(kg(Kilograms(keeping))) kg/day of its produce that keeps)" }
                }
                for p in spoiling {
                    let life = network.products[p].shelfLife(refrigerated: type.refrigerated)
                    fail(.shelfLife, stop: n + 1, place: stop.village.rawValue,
                         "\(network.products[p].id) from \(stop.village) arrives \(Int(saturating: age.value, rounding: .towardZero)) min after pickup, shelf life \(Int(saturating: life.value, rounding: .towardZero)) min\(suffix)")
                }
            }
            if rules.standalone, !route.stops.isEmpty {
                let legs = agencyLegs[j]
                let reachable = network.agencies.indices.contains { a in
                    legs[a].map { (route.end + $0.time).value <= network.agencies[a].cutoff.value + tol } ?? false
                }
                if !reachable {
                    let why = network.agencies.isEmpty ? "the network has no express agency"
                        : "too late for every express agency's cut-off"
                    fail(.expressCutoff, stop: last, place: depotID, "produce reaches \(depot.id) at \(route.end.clockString), \(why)")
                }
            }
        }
        for type in network.vehicleTypes where routesOfType[type.id, default: 0] > type.count {
            out.append(PlanViolation(kind: .fleetSize, detail: "vehicle type \(type.id): \(routesOfType[type.id]!) routes, only \(type.count) vehicles"))
        }
        return out
    }

    static func minutes(_ m: Minutes) -> String { m.value.rounded() == m.value && abs(m.value) < 1e15 ? "\(Int(saturating: m.value))" : String(format: "%.1f", m.value) }
    static func kg(_ k: Kilograms) -> String { k.value.rounded() == k.value && abs(k.value) < 1e15 ? "\(Int(saturating: k.value))" : String(format: "%.1f", k.value) }
}
