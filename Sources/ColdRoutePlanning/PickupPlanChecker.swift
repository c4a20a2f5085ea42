import ColdRouteModel
import ColdRouteSiting
import Foundation

/// Checks a ``PickupPlan`` against the network and its siting plan from first principles,
/// independently of the routing engine (whose own ``RoutingChecker`` works in integer units).
///
/// For every route (one vehicle's day): the vehicle type may be based at the depot, drives no
/// more trips than its `maxTrips`, and the fleet has as many vehicles as routes of the type. For
/// every trip: it leaves no earlier than the receiving hours open (the first trip) or than the
/// previous return plus the depot's unloading time (later trips); it returns within the
/// receiving hours; arrivals allow for the fastest travel between consecutive places; loading
/// starts within each village's pickup window; the trip's load never exceeds capacity; and each
/// product on board reaches the depot within its shelf life on the vehicle's temperature class,
/// counted from the stop's departure to its own trip's return. The day, first departure to last
/// return, fits the driver's shift. Across routes: every kilogram the siting plan sends to a
/// depot is either collected or listed as unserved, and no product is collected beyond what the
/// plan sends.
///
/// ``evaluate(_:network:travel:timeTolerance:)`` (in `PickupPlanChecker+Evaluation.swift`) runs the
/// same route checks on a plan made elsewhere, without a siting plan.
public enum PickupPlanChecker {
    /// A village's supply sent to a depot, joined by network indices (ids are free text).
    struct Pair: Hashable {
        var village: Int
        var depot: Int
    }

    public static func check(_ plan: PickupPlan, network: CountyNetwork, travel: TravelModel, siting: SitingPlan)
        -> [String]
    {
        let productIndex = Dictionary(uniqueKeysWithValues: network.products.enumerated().map { ($1.id, $0) })
        let villageIndex = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let depotIndex = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, $0) })
        func pair(_ village: Village.ID, _ depot: Depot.ID) -> Pair? {
            guard let i = villageIndex[village], let j = depotIndex[depot] else { return nil }
            return Pair(village: i, depot: j)
        }
        var sent = [Pair: [Int: Double]](), assigned = [Pair: Double](), collected = [Pair: Double]()
        var out: [String] = []
        for a in siting.assignments {
            guard let key = pair(a.village, a.depot), let p = productIndex[a.product] else {
                out.append("assignment \(a.village) → \(a.depot) (\(a.product)): unknown village, depot or product")
                continue
            }
            sent[key, default: [:]][p, default: 0] += a.kilograms.value
            assigned[key, default: 0] += a.kilograms.value
        }
        let rules = Rules(timeTolerance: 1e-6, kilogramTolerance: 0, standalone: false) { village, depot in
            pair(village, depot).flatMap { sent[$0].map { $0.keys.sorted() } } ?? []
        }
        out += routeViolations(plan, network: network, travel: travel, rules: rules).map(\.description)
        var onBoard = [Pair: [Int: Double]]()
        for route in plan.routes {
            for stop in route.stops {
                guard let key = pair(stop.village, route.depot) else { continue }
                collected[key, default: 0] += stop.kilograms.value
                for load in stop.products { onBoard[key, default: [:]][productIndex[load.product] ?? -1, default: 0] += load.kilograms.value }
            }
        }
        var unserved = [Pair: Double]()
        for u in plan.unserved {
            guard let key = pair(u.village, u.depot) else { out.append("unserved \(u.village) → \(u.depot): unknown village or depot"); continue }
            unserved[key, default: 0] += u.kilograms.value
        }
        func name(_ key: Pair) -> String { "\(network.villages[key.village].id) → \(network.depots[key.depot].id)" }
        for key in Set(assigned.keys).union(collected.keys).union(unserved.keys).sorted(by: { ($0.village, $0.depot) < ($1.village, $1.depot) }) {
            let a = assigned[key, default: 0], c = collected[key, default: 0], u = unserved[key, default: 0]
            if abs(a - c - u) > 1e-6 * max(1, a) { out.append("\(name(key)): collected \(c) + unserved \(u) ≠ assigned \(a) kg") }
            for (p, kg) in (onBoard[key] ?? [:]).sorted(by: { $0.key < $1.key }) {
                let limit = sent[key]?[p] ?? 0
                if kg > limit * (1 + 1e-6) + 1e-6 {
                    let product = network.products.indices.contains(p) ? network.products[p].id.rawValue : "an unknown product"
                    out.append("\(name(key)): \(kg) kg of \(product) collected, the siting plan sends \(limit) kg")
                }
            }
        }
        return out
    }

    /// How strictly to check, and which products each stop may carry.
    struct Rules {
        /// Slack in minutes for every time comparison (the resolution of the times checked).
        var timeTolerance: Double
        /// Slack in kilograms for capacity and supply (on top of a relative 1e-6).
        var kilogramTolerance: Double
        /// Checks that need no siting plan: loading time, express cut-off, daily supply.
        var standalone: Bool
        /// Product indices a village's stop on a route from a depot may carry; used for shelf life
        /// when a stop does not say what it carries.
        var products: (Village.ID, Depot.ID) -> [Int]
    }

    static func minutes(_ m: Minutes) -> String { m.value.rounded() == m.value && abs(m.value) < 1e15 ? "\(Int(saturating: m.value))" : String(format: "%.1f", m.value) }
    static func kg(_ k: Kilograms) -> String { k.value.rounded() == k.value && abs(k.value) < 1e15 ? "\(Int(saturating: k.value))" : String(format: "%.1f", k.value) }
}
