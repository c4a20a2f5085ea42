import ColdRouteModel
import ColdRouteSiting

extension LocationRoutingSearch {
    /// Every distinct route the search has seen, keyed by depot, with what it costs to run it and
    /// send its load on: the columns of ``DepotRouteRecombiner``.
    struct RoutePool {
        let network: CountyNetwork
        let travel: TravelModel
        private(set) var routes: [DepotRouteRecombiner.Column] = []
        private var seen: Set<[Int]> = []
        private let villageIndex: [Village.ID: Int]
        private let depotIndex: [Depot.ID: Int]
        private let typeIndex: [VehicleType.ID: Int]
        /// Per depot, the fastest leg to every agency (computed on first use).
        private var agencyLegs: [Int: [Leg?]] = [:]

        init(network: CountyNetwork, travel: TravelModel) {
            self.network = network
            self.travel = travel
            villageIndex = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
            depotIndex = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, $0) })
            typeIndex = Dictionary(uniqueKeysWithValues: network.vehicleTypes.enumerated().map { ($1.id, $0) })
        }

        var count: Int { routes.count }

        /// Adds the day's routes not pooled yet. A route's cost is its own (fixed, distance, driver,
        /// refrigeration), plus depot handling of its load, plus sending the load on to the
        /// cheapest agency it reaches before the cut-off (agency handling and a full-load trunk trip
        /// by the largest vehicle type, as ``ExpressPlanner`` prices it) or, if it reaches none, the
        /// load's value (it spoils).
        mutating func add(_ day: Day) {
            let value = Dictionary(day.siting.assignments.map { (VisitKey(village: $0.village, depot: $0.depot), $0.product) },
                                   uniquingKeysWith: { a, _ in a })
            let trunk = network.vehicleTypes.max { $0.capacity < $1.capacity }
            for route in day.pickup.routes where route.load.value > 0 {
                guard let j = depotIndex[route.depot], let t = typeIndex[route.vehicleType] else { continue }
                let stops = route.stops.compactMap { stop in villageIndex[stop.village].map { ($0, stop.kilograms.value) } }
                let key = [j, t] + stops.flatMap { [$0.0, Int(($0.1 * 1000).rounded())] }
                guard seen.insert(key).inserted else { continue }
                if agencyLegs[j] == nil { agencyLegs[j] = travel.legs(from: .depot(j), to: network.agencies.indices.map { .agency($0) }) }
                var perKg: Double?
                for (a, agency) in network.agencies.enumerated() {
                    guard let leg = agencyLegs[j]![a], (route.end + leg.time).value <= agency.cutoff.value + 1e-9 else { continue }
                    var c = agency.handlingCostPerKg.value
                    if let trunk, trunk.capacity.value > 0 { c += 2 * leg.distance.value * trunk.costPerKm.value / trunk.capacity.value }
                    perKg = min(perKg ?? .infinity, c)
                }
                let lost = route.stops.reduce(0.0) { sum, stop in
                    let product = value[VisitKey(village: stop.village, depot: route.depot)]
                    let v = network.products.first { $0.id == product }?.valuePerKg.value ?? 0
                    return sum + v * stop.kilograms.value
                }
                let send = perKg.map { $0 * route.load.value } ?? lost
                let cost = route.cost.total.value + network.depots[j].handlingCostPerKg.value * route.load.value + send
                routes.append(DepotRouteRecombiner.Column(depot: j, vehicleType: t, stops: stops, load: route.load.value, cost: cost))
            }
        }

        /// Pool indices of a day's routes (all pooled by ``add(_:)`` before).
        func columns(of day: Day) -> [Int] {
            var wanted = Set<[Int]>()
            for route in day.pickup.routes where route.load.value > 0 {
                guard let j = depotIndex[route.depot], let t = typeIndex[route.vehicleType] else { continue }
                let stops = route.stops.compactMap { stop in villageIndex[stop.village].map { ($0, stop.kilograms.value) } }
                wanted.insert([j, t] + stops.flatMap { [$0.0, Int(($0.1 * 1000).rounded())] })
            }
            return routes.indices.filter { r in
                wanted.contains([routes[r].depot, routes[r].vehicleType]
                    + routes[r].stops.flatMap { [$0.village, Int(($0.kilograms * 1000).rounded())] })
            }
        }
    }
}
