import ColdRouteModel
import ColdRouteSiting

/// Siting informed by routes: solve the siting MIP, plan the routes and the dispatch, reprice the
/// siting arcs with what the routes really cost, and solve again; keep the round whose whole day
/// (``ExpressPlan/cost``) is cheapest.
///
/// This is the sequential "location–allocation then routing, with route-based cost feedback"
/// scheme of the location-routing literature (Salhi & Rand 1989, "The effect of ignoring routes
/// when locating depots", EJOR 39; Prins et al. 2007, "Solving the capacitated location-routing
/// problem by a cooperative Lagrangean relaxation–granular tabu search heuristic", Transp. Sci. 41):
/// the siting's full-load direct-trip estimate of each village–depot pair is replaced, for the
/// pairs the routes served, by the route cost per kg they actually incurred (each route's fixed,
/// distance, driver and refrigeration cost shared over its stops by kilograms).
public enum IntegratedPlanner {
    /// One round's outcome, for the progress report.
    public typealias Progress = @Sendable (_ round: Int, _ dayCost: Yuan, _ depots: [Depot.ID]) -> Void

    public struct Result: Sendable {
        public var siting: SitingPlan
        public var pickup: PickupPlan
        public var express: ExpressPlan
        /// Which round (1-based) gave this plan, and the day cost of every round.
        public var round: Int
        public var dayCosts: [Yuan]
        /// Whether a ``StopSignal`` cut the run short (then `siting.interrupted` is set too): this
        /// is the best complete day found so far.
        public var interrupted = false
        /// What the kept round's route searches did and what stopped them.
        public var routeWork = RouteSearchWork()
        /// Why fewer rounds than asked were planned (``StageStop/completed`` when all were).
        public var roundsStoppedBy = StageStop.completed
    }

    /// Runs `rounds` rounds (at least one) within `timeLimit` overall; routing gets `routeTime`
    /// in all, shared equally between rounds. Returns `nil` when the siting has no plan (infeasible
    /// options or no plan in time): the caller reports the siting plan from ``SitingPlanner``.
    /// Once `stop` is set no new round starts (see the deadline version).
    public static func plan(
        network: CountyNetwork, travel: TravelModel, options: SitingOptions, rounds: Int, routeTime: Duration?,
        seed: UInt64, routeIterations: Int? = nil, progress: Progress? = nil, stop: StopSignal? = nil
    ) throws -> Result? {
        try plan(
            network: network, travel: travel, options: options, rounds: rounds, routeTime: routeTime, seed: seed,
            routeIterations: routeIterations, deadline: options.timeLimit.map { ContinuousClock.now + $0 },
            progress: progress, stop: stop
        ).routed
    }
}
