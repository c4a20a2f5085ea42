import ColdRouteModel
import ColdRouteRouting
import ColdRouteSiting

/// Turns one depot's routing solution back into network terms (ids, minutes, kilograms).
struct PickupPlanReader {
    var routes: [PickupPlan.Route] = []
    var unserved: [PickupPlan.Unserved] = []

    init(network: CountyNetwork, instance pickup: PickupInstance, solution: RoutingSolution) {
        let depot = network.depots[pickup.depot]
        let scale = pickup.instance.scale
        func minutes(_ t: Int) -> Minutes { Minutes(Double(t) / scale.time) }
        var used = [Int: Int]()
        for route in solution.routes.sorted(by: { ($0.vehicleType, $0.startTime) < ($1.vehicleType, $1.startTime) }) {
            let t = pickup.types[route.vehicleType], type = network.vehicleTypes[t]
            used[t, default: 0] += 1
            var load = Kilograms.zero, stops: [PickupPlan.Stop] = [], trips: [PickupPlan.Trip] = []
            for (n, trip) in Self.trips(of: route).enumerated() {
                var tripLoad = Kilograms.zero
                for stop in trip.stops {
                    let visit = pickup.visits[stop.node - pickup.instance.depotCount]
                    let village = network.villages[visit.village]
                    let kg = Kilograms(visit.kilograms)
                    load += kg
                    tripLoad += kg
                    let life = visit.products.map { network.products[$0.product].shelfLife(refrigerated: type.refrigerated) }.min() ?? .zero
                    stops.append(PickupPlan.Stop(
                        village: village.id, name: village.name, kilograms: kg,
                        products: visit.products.map { PickupPlan.ProductLoad(product: network.products[$0.product].id, kilograms: Kilograms($0.kilograms)) },
                        trip: n + 1, part: visit.part, parts: visit.parts,
                        arrival: minutes(stop.arrival), serviceStart: minutes(stop.serviceStart),
                        departure: minutes(stop.departure), load: tripLoad, ageOnArrival: minutes(stop.rideTime), shelfLife: life))
                }
                trips.append(PickupPlan.Trip(start: minutes(trip.startTime), end: minutes(trip.endTime), load: tripLoad,
                                             distance: Kilometres(Double(trip.distance) / scale.distance)))
            }
            let km = Kilometres(Double(route.distance) / scale.distance)
            let hours = Double(route.duration) / scale.time / 60
            var cost = CostBreakdown()
            cost.vehicleFixed = type.fixedCostPerDay
            cost.distance = type.costPerKm * km.value
            cost.driverTime = network.driverCostPerHour * hours
            cost.refrigeration = type.refrigerated ? type.refrigerationCostPerHour * hours : .zero
            routes.append(PickupPlan.Route(
                vehicle: "\(depot.id)-\(type.id)-\(used[t]!)", depot: depot.id, vehicleType: type.id,
                refrigerated: type.refrigerated, start: trips.first?.start ?? minutes(route.startTime),
                end: trips.last?.end ?? minutes(route.endTime), distance: km, load: load, stops: stops, cost: cost, trips: trips))
        }
        var lost = [Int: (kg: Double, reason: String)]()
        let vehicles = pickup.instance.vehicleTypes.reduce(0) { $0 + $1.count }
        for u in solution.unassigned {
            let visit = pickup.visits[u.node - pickup.instance.depotCount]
            var reason = Self.describe(u.reason)
            if u.reason == .notProfitable || u.reason == .noFeasibleInsertion,
               Self.directTripPays(node: u.node, instance: pickup.instance)
            {
                reason = solution.routes.count >= vehicles
                    ? "a trip of its own would pay for itself, but all \(vehicles) vehicles of the depot "
                        + "are busy: their shifts, trips and unloading leave no room for it"
                    : "the route search found no feasible place for it (\(solution.routes.count) of the depot's "
                        + "\(vehicles) vehicles used)"
            }
            lost[visit.village, default: (0, reason)].kg += visit.kilograms
        }
        unserved = lost.keys.sorted().map { i in
            PickupPlan.Unserved(village: network.villages[i].id, depot: depot.id, kilograms: Kilograms(lost[i]!.kg),
                                reason: lost[i]!.reason)
        }
    }

    /// A route's trips: its stops, departure, return (before unloading), and distance.
    static func trips(of route: RoutingSolution.Route)
        -> [(stops: [RoutingSolution.Stop], startTime: Int, endTime: Int, distance: Int)]
    {
        route.trips.map { ($0.stops, $0.startTime, $0.endTime, $0.distance) }
    }

    /// Whether some vehicle type could fetch this pickup alone, within its window, shift and shelf
    /// life, for less than the produce is worth.
    static func directTripPays(node: Int, instance: RoutingInstance) -> Bool {
        let client = instance.client(atNode: node)
        let out = instance.duration(0, node), back = instance.duration(node, 0)
        return instance.vehicleTypes.indices.contains { t in
            let type = instance.vehicleTypes[t]
            guard type.count > 0, type.capacity >= client.demand else { return false }
            if let ride = client.maxRideTime[type.rideClass], back > ride { return false }
            let start = max(instance.shiftStart(t) + out, client.readyTime)
            guard start <= client.dueTime, start + client.serviceTime + back <= instance.depots[0].dueTime else { return false }
            let cost = type.fixedCost + type.unitDistanceCost * Double(instance.distance(0, node) + instance.distance(node, 0))
                + type.unitDurationCost * Double(out + client.serviceTime + back)
            return cost < (client.prize ?? .infinity)
        }
    }

    static func describe(_ reason: UnassignedReason) -> String {
        switch reason {
        case .noFeasibleInsertion: "no vehicle of the depot's fleet can fit it into a route (fleet too small or windows too tight)"
        case .notProfitable: "collecting it would cost more than the produce is worth"
        case .interrupted: "interrupted: planning was stopped before a route was found for it"
        default: reason.description
        }
    }
}
