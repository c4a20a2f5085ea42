import ColdRouteModel
import ColdRouteSiting

/// A location-routing search over the set of open depots, each candidate set priced by its whole
/// routed day: the standard "locate, allocate, route, then move depots" heuristic of the
/// location-routing literature (Prins, Prodhon & Wolfler Calvo 2006, "Solving the capacitated
/// location-routing problem by a GRASP complemented by a learning process and a path relinking",
/// 4OR 4; Prodhon & Prins 2014, "A survey of recent research on location-routing problems", EJOR
/// 238), finished by a set-partitioning matheuristic over the route pool that also chooses the
/// depots (Contardo, Cordeau & Gendron 2014, "A GRASP + ILP-based metaheuristic for the capacitated
/// location-routing problem", J. Heuristics 20).
///
/// **A day.** For an open set `Y`, the siting model is solved with exactly `Y` open (every other
/// depot forced closed), on arc costs repriced by what routes have cost so far
/// (``RouteCostEstimates``); its assignment is routed (``PickupPlanner``, an iteration budget per
/// depot) and dispatched (``ExpressPlanner``). The day cost is ``ExpressPlan/cost`` total, the same
/// figure `plan` reports. Every day is a complete plan the three checkers accept.
///
/// **Search.** Start from the siting MIP's own plan (routed with the caller's route budget: the first
/// round of the old rounds loop). Then best-first over open sets: take the cheapest evaluated set not
/// yet expanded; rank its neighbours (close one, open one, swap one, within the new-depot limit, the
/// budget and the forced and existing sites) by a route-based estimate (each supply item at its
/// cheapest repriced open depot, plus opening costs); evaluate them in that order until one is
/// cheaper than the set expanded (first improvement), or all were tried (the set is then
/// expanded). Every new best also proposes the siting MIP's free choice on the repriced arcs.
/// Every route seen goes to a pool keyed by depot.
///
/// **Finish.** ``DepotRouteRecombiner`` solves a set-partitioning MIP over the pool that chooses
/// depots and routes together, started from the incumbent; its depots and village–depot pairs are
/// routed as one more day. Then the best open set is re-routed with a larger iteration budget. The
/// cheapest day seen is returned, so the result is never worse than the first.
///
/// **Budgets and clocks.** Work is counted in day evaluations (`moves`) and routing iterations;
/// with the same seed and budgets the search is deterministic. The caller's `deadline` and `stop`
/// are the only clocks: they may cut the search short (``Result/stoppedByClock``), and the best day
/// so far is returned.
public enum LocationRoutingSearch {
    /// Recombination + re-routing rounds in a row without a new best day after which the search
    /// ends on its own (before its move budget or the deadline).
    public static let stagnationLimit = 12

    /// Work budgets: what decides the search's path when the clock does not cut it short.
    public struct Budget: Sendable, Hashable {
        /// Open sets evaluated by routing after the first (`nil`: until the deadline, or 60 without one).
        public var moves: Int?
        /// Routing iterations per depot for the first day and the final re-routing (`nil`: the
        /// routing engine's default stop, 5,000 iterations without improvement, within `routeTime`).
        public var routeIterations: Int?
        /// Routing iterations per depot when a neighbouring open set is evaluated.
        public var probeIterations: Int
        /// Cap on one day's routing time (search and recombination of all depots), whichever
        /// stop comes first; the final re-routing may use all the time left before the deadline.
        public var routeTime: Duration

        public init(moves: Int? = nil, routeIterations: Int? = nil, probeIterations: Int? = nil,
                    routeTime: Duration = .seconds(10))
        {
            self.moves = moves
            self.routeIterations = routeIterations
            self.probeIterations = probeIterations ?? routeIterations.map { max(50, min($0, 1_000)) } ?? 1_000
            self.routeTime = routeTime
        }
    }

    /// A routed day.
    public struct Day: Sendable {
        public var siting: SitingPlan
        public var pickup: PickupPlan
        public var express: ExpressPlan
        /// What the route searches of this day did (per depot: iterations, budget, stop).
        public var routeWork = RouteSearchWork()
        public var cost: Yuan { express.cost.total }

        public init(siting: SitingPlan, pickup: PickupPlan, express: ExpressPlan, routeWork: RouteSearchWork = RouteSearchWork()) {
            self.siting = siting
            self.pickup = pickup
            self.express = express
            self.routeWork = routeWork
        }
    }

    /// What the search did, for ``PlanResult/Work``: the first day's cost and the best, the day
    /// evaluations done and budgeted, the improvements, the pool size, and what stopped it
    /// (``StageStop/completed`` on its move budget, ``StageStop/timeLimit`` on the deadline).
    public struct Summary: Hashable, Sendable, Codable {
        public var firstDayCost: Yuan
        public var bestDayCost: Yuan
        public var movesEvaluated: Int
        public var moveBudget: Int?
        public var improvements: [String]
        public var pooledRoutes: Int
        public var stoppedBy: StageStop
    }

    /// The best day and what the search did to find it.
    public struct Result: Sendable {
        public var best: Day
        /// The first day (the siting MIP's plan, routed): the result is never worse.
        public var firstDayCost: Yuan
        /// Open sets evaluated after the first, and the budget for them (`nil`: the clock).
        public var movesEvaluated: Int
        public var moveBudget: Int?
        /// Improvements found: by a depot move, by the recombination MIP, by the final re-routing.
        public var improvements: [String]
        /// Routes in the pool at the end.
        public var pooledRoutes: Int
        /// Whether the deadline or the stop signal ended the search before its work budget.
        public var stoppedByClock = false
        /// Whether the stop signal was set (then the siting plan is marked interrupted too).
        public var interrupted = false

        public var summary: Summary {
            Summary(firstDayCost: firstDayCost, bestDayCost: best.cost, movesEvaluated: movesEvaluated,
                    moveBudget: moveBudget, improvements: improvements, pooledRoutes: pooledRoutes,
                    stoppedBy: interrupted ? .interrupted : stoppedByClock ? .timeLimit : .completed)
        }
    }

    /// The siting plan to report, and the routed result when the siting had a plan.
    public struct Outcome: Sendable {
        public var siting: SitingPlan
        public var routed: Result?
    }

    /// Progress: day cost and open depots of every evaluation, and whether it was a new best.
    public typealias Progress = @Sendable (_ evaluation: Int, _ dayCost: Yuan, _ depots: [Depot.ID], _ best: Bool) -> Void

    /// Runs the search (see the type's documentation). `options` are the user's siting options; the
    /// search respects their forced sites, new-depot limit and budget. Returns no routed result
    /// when the siting has no plan (infeasible options or no plan in time).
    ///
    /// `initial`: a siting plan for these options already solved by the caller (e.g. the rounds
    /// loop's first round), used as the first day instead of solving the siting again.
    /// `initialDays`: routed days the caller already has (e.g. the rounds loop's kept round, its
    /// routes included); when given, the search starts from the cheapest of them without routing
    /// again (and `initial` is ignored), learns from all of them, and is never worse than any.
    /// `instance`: the siting instance of `network` to assign on (e.g. one whose fleet time was
    /// calibrated by routes, ``SitingInstance/withFleetScale(_:)``); compiled afresh when `nil`.
    public static func plan(
        network: CountyNetwork, travel: TravelModel, options: SitingOptions, budget: Budget = Budget(), seed: UInt64,
        deadline: ContinuousClock.Instant?, initial: SitingPlan? = nil, initialDays: [Day] = [],
        progress: Progress? = nil, stop: StopSignal? = nil, instance: SitingInstance? = nil
    ) throws -> Outcome {
        var search = Search(network: network, travel: travel, options: options, budget: budget, seed: seed,
                            deadline: deadline, progress: progress, stop: stop, instance: instance)
        return try search.run(initial: initial, days: initialDays)
    }
}
