import ColdRouteModel
import ColdRouteSiting

extension LocationRoutingSearch {
    /// Route-based cost estimates per village–depot pair, learnt from every routed day.
    ///
    /// For a pair the routes have seen, the estimate per kg is what the routes really cost for it,
    /// over all days evaluated: each route's whole cost (vehicle fixed, distance, driver,
    /// refrigeration) shared over its stops by kilograms, and every kilogram assigned to the pair
    /// but left uncollected priced at its value (it spoils). The siting arc's transport part
    /// (distance, driver, refrigeration) is scaled so that it equals that figure (Salhi & Rand 1989;
    /// Prins et al. 2007); handling and express keep the siting estimate. Pairs never routed keep
    /// the siting's full-load direct-trip estimate.
    struct RouteCostEstimates {
        let network: CountyNetwork
        private let villageIndex: [Village.ID: Int]
        private let depotIndex: [Depot.ID: Int]
        /// Yuan and kilograms observed, keyed by `village × depots + depot`.
        private var cost: [Int: Double] = [:]
        private var kilograms: [Int: Double] = [:]

        init(network: CountyNetwork) {
            self.network = network
            villageIndex = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
            depotIndex = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, $0) })
        }

        private func key(_ village: Int, _ depot: Int) -> Int { village * network.depots.count + depot }

        /// Adds a routed day's observations.
        mutating func learn(_ day: Day) {
            for route in day.pickup.routes where route.load.value > 0 {
                guard let j = depotIndex[route.depot] else { continue }
                let perKg = route.cost.total.value / route.load.value
                for stop in route.stops {
                    guard let i = villageIndex[stop.village] else { continue }
                    cost[key(i, j), default: 0] += perKg * stop.kilograms.value
                    kilograms[key(i, j), default: 0] += stop.kilograms.value
                }
            }
            let value = Dictionary(
                day.siting.assignments.map { (VisitKey(village: $0.village, depot: $0.depot), $0) }, uniquingKeysWith: { a, _ in a })
            for u in day.pickup.unserved {
                guard let i = villageIndex[u.village], let j = depotIndex[u.depot] else { continue }
                let perKg = value[VisitKey(village: u.village, depot: u.depot)].flatMap { a in
                    network.products.first { $0.id == a.product }?.valuePerKg.value
                } ?? 0
                cost[key(i, j), default: 0] += perKg * u.kilograms.value
                kilograms[key(i, j), default: 0] += u.kilograms.value
            }
        }

        /// The observed cost per kg of serving `village` from `depot`, if routes have seen the pair.
        func observed(village: Int, depot: Int) -> Double? {
            guard let kg = kilograms[key(village, depot)], kg > 0 else { return nil }
            return cost[key(village, depot)]! / kg
        }

        /// An arc's cost per kg with its transport part replaced by the observed route cost.
        func cost(of arc: ServiceArc, in instance: SitingInstance) -> CostBreakdown {
            guard let actual = observed(village: instance.items[arc.item].village, depot: arc.depot) else { return arc.costPerKg }
            return IntegratedPlanner.withTransport(arc.costPerKg, perKg: actual)
        }

        /// `instance` with every arc repriced. With `steer` (village index → depot index), the
        /// arcs of a steered village to any other depot also cost the item's value per kg more, so
        /// the siting keeps the pairs a recombination chose whenever capacities allow.
        func repriced(_ instance: SitingInstance, steer: [Int: Int] = [:]) -> SitingInstance {
            instance.repriced { arc in
                var c = cost(of: arc, in: instance)
                let item = instance.items[arc.item]
                if let j = steer[item.village], j != arc.depot { c.spoilage += item.valuePerKg }
                return c
            }
        }

        /// The route-based estimate of an open set's day: opening costs, plus every supply item at
        /// its cheapest repriced arc to an open depot, or its value when that is cheaper or there is
        /// none (capacities and fleets ignored, so it only ranks moves).
        ///
        /// Complexity: O(arcs).
        func estimate(open: [Bool], instance: SitingInstance) -> Double {
            var total = 0.0
            for (j, depot) in network.depots.enumerated() where open[j] { total += depot.openingCostPerDay.value }
            var cheapest = instance.items.map(\.valuePerKg.value)
            for arc in instance.arcs where open[arc.depot] {
                cheapest[arc.item] = min(cheapest[arc.item], cost(of: arc, in: instance).total.value)
            }
            for (k, item) in instance.items.enumerated() { total += item.supply.value * cheapest[k] }
            return total
        }
    }
}
