import ColdRouteModel
import ColdRouteRouting
import ColdRouteSiting
import Foundation

/// Plans the daily pickup routes of every open depot of a siting plan.
///
/// Each depot is a separate routing problem (``PickupInstance``) solved by hybrid genetic search
/// (Vidal 2022, see `docs/routing.md`) and then improved by GLPK set-partitioning recombination of
/// the route pool (``RouteRecombiner``). The time budget is shared between depots in proportion
/// to their pickups; 80 % goes to the search and 20 % to recombination. The same seed gives the
/// same routes whenever the searches stop on an iteration limit (`iterations`, or 5,000 without
/// improvement) rather than on the clock.
///
/// A ``StopSignal`` stops the search of the depot in progress (``StopRequested``) and shortens
/// every later depot's to its first educated solution, with no recombination and no slow repair
/// (an infeasible construction keeps its feasible part; ``RouteRepair``): each depot still gets
/// checked routes, and what they leave out is listed as unserved as usual. Depots whose turn comes
/// more than ``stopGrace`` after the stop (or after routing started, if later) get no routes,
/// except the first: their pickups are listed as unserved, "interrupted" (issue 11: a
/// 2,000-village county's 60 depots took seconds to build and route after a Ctrl-C). The plan is
/// then marked ``PickupPlan/interrupted``.
public enum PickupPlanner {
    /// How long after a stop request depots still get routes (see above).
    public static let stopGrace: Duration = .milliseconds(300)

    /// Routing progress: depot just planned, depots done, depots in all.
    public typealias Progress = @Sendable (_ depot: Depot.ID, _ done: Int, _ total: Int) -> Void

    public static func plan(
        network: CountyNetwork, travel: TravelModel, siting: SitingPlan, timeLimit: Duration?, seed: UInt64,
        iterations: Int? = nil, progress: Progress? = nil, stop: StopSignal? = nil
    ) throws -> PickupPlan {
        var work = RouteSearchWork()
        return try plan(network: network, travel: travel, siting: siting, timeLimit: timeLimit, seed: seed,
                        iterations: iterations, progress: progress, stop: stop, work: &work)
    }

    /// A route to start a depot's search from: network depot and vehicle type indices, and its
    /// trips as network village indices in visiting order (e.g. a multi-depot search's routes, or
    /// an earlier day's). Only what fits the depot's routing problem is used (see ``seedSolution(_:instance:)``).
    public struct SeedRoute: Sendable, Hashable {
        public var depot: Int
        public var vehicleType: Int
        public var trips: [[Int]]

        public init(depot: Int, vehicleType: Int, trips: [[Int]]) {
            self.depot = depot
            self.vehicleType = vehicleType
            self.trips = trips
        }
    }

    /// As above, and records in `work` what each depot's search did and what stopped it.
    /// `seeds`: routes each depot's hybrid genetic search starts from besides its constructed
    /// ones (``HybridGeneticSearch/solve(stop:initial:using:)``), so a depot's routes are never
    /// worse than its seeded routes when those are feasible for its pickups.
    public static func plan(
        network: CountyNetwork, travel: TravelModel, siting: SitingPlan, timeLimit: Duration?, seed: UInt64,
        iterations: Int? = nil, progress: Progress? = nil, stop: StopSignal? = nil, work: inout RouteSearchWork,
        seeds: [SeedRoute] = []
    ) throws -> PickupPlan {
        let clock = ContinuousClock(), started = clock.now
        let depotIndex = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, $0) })
        let open = siting.openDepots.compactMap { depotIndex[$0.id] }
        let counts = vehicleCounts(network: network, siting: siting, open: open)
        let byDepot = Dictionary(grouping: siting.assignments, by: \.depot)

        let villageIndex = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        var instances: [PickupInstance] = []
        var routes: [PickupPlan.Route] = [], unserved: [PickupPlan.Unserved] = []
        /// The pickups of depot `j`, listed as unserved with `reason`, one entry per village.
        func unserve(_ j: Int, _ assignments: [SitingPlan.Assignment], reason: UnservedReason) {
            for (village, list) in Dictionary(grouping: assignments, by: \.village).sorted(by: { $0.key < $1.key }) {
                unserved.append(PickupPlan.Unserved(
                    village: village, depot: network.depots[j].id,
                    kilograms: list.reduce(.zero) { $0 + $1.kilograms }, reason: reason))
            }
        }
        // The grace counts from the stop or from the start of routing, whichever is later.
        let pastGrace = { stop?.stoppedAt.map { clock.now - max($0, started) > stopGrace } ?? false }
        for (n, j) in open.enumerated() {
            let assignments = byDepot[network.depots[j].id] ?? []
            if !instances.isEmpty, pastGrace() {   // at least one depot gets routes
                unserve(j, assignments, reason: .interrupted)
            } else if let instance = try PickupInstance(
                network: network, travel: travel, depot: j, assignments: assignments, vehicleCounts: counts[n],
                villageIndex: villageIndex)
            {
                instances.append(instance)
            } else {
                unserve(j, assignments, reason: .noVehicleAtDepot)
            }
        }
        var rng = Xoshiro256(seed: seed)
        for (n, instance) in instances.enumerated() {
            if n > 0, pastGrace() {
                unserve(instance.depot, byDepot[network.depots[instance.depot].id] ?? [], reason: .interrupted)
                progress?(network.depots[instance.depot].id, n + 1, instances.count)
                continue
            }
            let share = timeLimit.map { limit in
                let remaining = limit - (clock.now - started)
                let pickupsLeft = instances[n...].reduce(0) { $0 + $1.visits.count }
                return remaining * (Double(instance.visits.count) / Double(max(1, pickupsLeft)))
            }
            let search = HybridGeneticSearch(instance: instance.instance)
            let criterion = RecordingStop(seconds: share.map { $0.seconds * 0.8 }, iterations: iterations,
                                          noImprovement: 5_000) { stop?.isStopped ?? false }
            let start = seedSolution(seeds.filter { $0.depot == instance.depot }, instance: instance)
            let result = search.solve(stop: criterion, initial: start.isEmpty ? [] : [start], using: &rng)
            work.depots.append(RouteSearchWork.Depot(
                depot: network.depots[instance.depot].id, iterations: result.iterations, iterationBudget: iterations,
                stoppedBy: criterion.record.reason))
            // The search returns its least-penalised solution when it found no feasible one; repair it.
            let solution = result.isFeasible
                ? try RouteRecombiner.improve(result, instance: instance.instance, timeLimit: share.map { $0 * 0.2 }, stop: stop)
                : RouteRepair.repair(result.solution, instance: instance.instance) { stop?.isStopped ?? false }
            let converted = PickupPlanReader(network: network, instance: instance, solution: solution)
            routes += converted.routes
            unserved += converted.unserved
            progress?(network.depots[instance.depot].id, n + 1, instances.count)
        }
        var cost = CostBreakdown()
        for r in routes { cost.add(r.cost) }
        return PickupPlan(routes: routes, unserved: unserved, cost: cost, seconds: (clock.now - started).seconds, seed: seed,
                          interrupted: stop?.isStopped ?? false)
    }

    /// Vehicles per open depot and network vehicle type: home-based types stay home; shared types
    /// give one vehicle to each depot the siting plan has work for (while they last), and the rest
    /// in proportion to the plan's fleet time at each depot (largest remainder).
    static func vehicleCounts(network: CountyNetwork, siting: SitingPlan, open: [Int]) -> [[Int]] {
        var counts = [[Int]](repeating: [Int](repeating: 0, count: network.vehicleTypes.count), count: open.count)
        let villageIndex = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        for (t, type) in network.vehicleTypes.enumerated() where type.count > 0 {
            if let home = type.homeDepot {
                if let n = open.firstIndex(where: { network.depots[$0].id == home }) { counts[n][t] = type.count }
                continue
            }
            var byDepot = [Depot.ID: Double]()
            for a in siting.assignments where a.vehicleType == type.id {
                let service = villageIndex[a.village].map { network.villages[$0].serviceTime.value } ?? 0
                byDepot[a.depot, default: 0] += (2 * a.travelTime.value + service) * a.kilograms.value / max(1, type.capacity.value)
            }
            var weight = open.map { byDepot[network.depots[$0].id] ?? 0 }
            if weight.allSatisfy({ $0 == 0 }) {
                weight = open.map { j in siting.openDepots.first { $0.id == network.depots[j].id }?.load.value ?? 0 }
            }
            let total = weight.reduce(0, +)
            guard total > 0 else { continue }
            // One vehicle for each depot with work first (heaviest first), then the rest in proportion.
            var given = [Int](repeating: 0, count: open.count)
            for n in weight.indices.filter({ weight[$0] > 0 }).sorted(by: { weight[$0] > weight[$1] }).prefix(type.count) {
                given[n] = 1
            }
            let spare = type.count - given.reduce(0, +)
            let exact = weight.map { $0 / total * Double(type.count) }
            let extra = exact.indices.map { max(0, exact[$0] - Double(given[$0])) }
            let extraTotal = extra.reduce(0, +)
            if spare > 0, extraTotal > 0 {
                let wanted = extra.map { $0 / extraTotal * Double(spare) }
                var add = wanted.map { Int($0.rounded(.down)) }
                let order = wanted.indices.sorted { (wanted[$0] - Double(add[$0]), -$0) > (wanted[$1] - Double(add[$1]), -$1) }
                for n in order.prefix(spare - add.reduce(0, +)) { add[n] += 1 }
                for n in given.indices { given[n] += add[n] }
            }
            for n in open.indices { counts[n][t] = given[n] }
        }
        return counts
    }
}
