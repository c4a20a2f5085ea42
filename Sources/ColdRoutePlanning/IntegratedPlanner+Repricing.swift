import ColdRouteModel
import ColdRouteSiting

/// The feedback from one round's routes to the next round's siting.
extension IntegratedPlanner {
    /// `base` with the transport part (distance, driver, refrigeration) of every arc whose
    /// village–depot pair the routes served replaced by the routes' cost per kg for that pair:
    /// each route's cost (fixed, distance, driver, refrigeration) shared over its stops by
    /// kilograms. Pairs are joined on network indices, never on ids spelled into strings.
    static func repriced(_ base: SitingInstance, by pickup: PickupPlan) -> SitingInstance {
        let network = base.network
        let villageIndex = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let depotIndex = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, $0) })
        var cost: [Pair: Double] = [:], kg: [Pair: Double] = [:]
        for route in pickup.routes where route.load.value > 0 {
            guard let j = depotIndex[route.depot] else { continue }
            let perKg = route.cost.total.value / route.load.value
            for stop in route.stops {
                guard let i = villageIndex[stop.village] else { continue }
                cost[Pair(village: i, depot: j), default: 0] += perKg * stop.kilograms.value
                kg[Pair(village: i, depot: j), default: 0] += stop.kilograms.value
            }
        }
        return base.repriced { arc in
            let pair = Pair(village: base.items[arc.item].village, depot: arc.depot)
            guard let total = cost[pair], let carried = kg[pair], carried > 0 else { return arc.costPerKg }
            return withTransport(arc.costPerKg, perKg: total / carried)
        }
    }

    /// `estimate` with its transport part (distance, driver, refrigeration) scaled to `actual`
    /// yuan per kg, in the estimate's proportions (all as distance when the estimate has none).
    static func withTransport(_ estimate: CostBreakdown, perKg actual: Double) -> CostBreakdown {
        var c = estimate
        let transport = c.distance + c.driverTime + c.refrigeration
        if transport.value > 0 {
            let factor = actual / transport.value
            c.distance = c.distance * factor
            c.driverTime = c.driverTime * factor
            c.refrigeration = c.refrigeration * factor
        } else {
            c.distance = Yuan(actual)
        }
        return c
    }

    /// A village–depot pair, as network indices.
    private struct Pair: Hashable {
        var village: Int
        var depot: Int
    }
}
