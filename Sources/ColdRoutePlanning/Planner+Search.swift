import ColdRouteModel
import ColdRouteSiting

/// The improvement phase of whole-network planning: the location-routing search
/// (``LocationRoutingSearch``) started from the first siting ↔ routing round.
///
/// **When.** With routes, on a network planned whole, when ``PlanRequest/rounds`` is 2 or more
/// (the default) and ``PlanRequest/searchMoves`` is not 0. `--rounds 1` keeps the single round.
/// The search replaces the old second round (siting re-solved on route-repriced arcs, keep the
/// cheaper): its first move is exactly that siting on repriced arcs, and after it come depot
/// close/open/swap moves evaluated by routing, the set-partitioning recombination of the route
/// pool that also chooses the depots, and re-routing of the best day with larger budgets.
///
/// **Clock.** Under a time limit the first round is planned as a one-round rounds loop under the
/// whole deadline (its siting stops on its gap, or at two thirds of the time on a hard instance;
/// its routes get at most `routeTime`), and the search gets what it leaves. Without ``PlanRequest/routeIterations`` the search runs to the deadline
/// (it uses the whole limit; it ends sooner only after ``LocationRoutingSearch/stagnationLimit``
/// recombination/re-routing rounds without a better day). With route iterations (a work budget),
/// or without a time limit, it does ``PlanRequest/searchMoves`` day evaluations
/// (``defaultClockFreeMoves`` when `nil`) and the time limit only caps it; without a clock the
/// result depends only on the network, the request and the seed.
///
/// **Never worse.** The search starts from round 1's routed day and returns the cheapest day it
/// saw, so the plan is never worse than round 1.
extension Planner {
    /// Day evaluations of the search when there is no time limit and no ``PlanRequest/searchMoves``.
    public static let defaultClockFreeMoves = 6

    /// Whether `request` asks for the search after round 1 (whole-network planning with routes).
    static func searches(_ request: PlanRequest) -> Bool {
        request.routes && request.rounds >= 2 && request.searchMoves != 0
    }

    /// Runs the search from round 1's routed day; returns its result (whose best day is never
    /// worse than `first`), or `nil` when there is no time left for it.
    static func improve(
        _ first: IntegratedPlanner.Result, network: CountyNetwork, travel: TravelModel, options: SitingOptions,
        request: PlanRequest, deadline: ContinuousClock.Instant?, progress: LocationRoutingSearch.Progress?,
        stop: StopSignal?
    ) throws -> LocationRoutingSearch.Result? {
        if stop?.isStopped == true || first.interrupted { return nil }
        if let deadline, deadline - ContinuousClock.now < .milliseconds(200) { return nil }
        let clockFree = deadline == nil && request.routeTime == nil && request.routeIterations != nil
        let budget = LocationRoutingSearch.Budget(
            moves: request.searchMoves ?? (deadline == nil || request.routeIterations != nil ? defaultClockFreeMoves : nil),
            routeIterations: request.routeIterations,
            routeTime: request.routeTime ?? (clockFree ? .seconds(86_400) : PlanRequest.defaultRouteTime))
        let day = LocationRoutingSearch.Day(siting: first.siting, pickup: first.pickup, express: first.express,
                                            routeWork: first.routeWork)
        let outcome = try LocationRoutingSearch.plan(
            network: network, travel: travel, options: options, budget: budget, seed: request.seed, deadline: deadline,
            initialDays: [day], progress: progress, stop: stop)
        return outcome.routed
    }
}
