import ColdRouteModel
import ColdRouteSiting

/// The improvement phase of whole-network planning: the location-routing search
/// (``LocationRoutingSearch``) started from the first siting ↔ routing round.
///
/// **When.** With routes, on a network planned whole, when ``PlanRequest/rounds`` is 2 or more
/// (the default), and either ``PlanRequest/searchMoves`` asks for day evaluations or it is `nil`
/// and there is a time limit but no ``PlanRequest/routeIterations`` (then the search uses the
/// rest of the time). Otherwise (`--route-iterations` or no time limit, and no `--search-moves`)
/// the rounds loop runs as before, whose cost is a few seconds rather than a day evaluation per
/// move (about 20 s each on the demo county in a debug build). `--rounds 1` keeps the single round.
/// The search replaces the old second round (siting re-solved on route-repriced arcs, keep the
/// cheaper): its first move routes round 1's open depots as one multi-depot problem, its second
/// is exactly that siting on repriced arcs, and after them come depot close/open/swap moves
/// evaluated by routing, the set-partitioning recombination of the route
/// pool that also chooses the depots, and re-routing of the best day with larger budgets.
///
/// **Clock.** Under a time limit the first round is planned as a one-round rounds loop under the
/// whole deadline (its siting stops on its gap, or at two thirds of the time on a hard instance;
/// its routes get at most `routeTime`), and the search gets what it leaves. Without ``PlanRequest/routeIterations`` the search runs to the deadline
/// (it uses the whole limit; it ends sooner only after ``LocationRoutingSearch/stagnationLimit``
/// recombination/re-routing rounds without a better day). With ``PlanRequest/searchMoves`` it
/// does that many day evaluations and the time limit only caps it; without a clock the result
/// depends only on the network, the request and the seed.
///
/// **Never worse.** The search starts from round 1's routed day and returns the cheapest day it
/// saw, so the plan is never worse than round 1.
extension Planner {
    /// Whether `request` asks for the search after round 1 (whole-network planning with routes).
    static func searches(_ request: PlanRequest) -> Bool {
        guard request.routes && request.rounds >= 2 else { return false }
        if let moves = request.searchMoves { return moves > 0 }
        return request.timeLimit != nil && request.routeIterations == nil
    }

    /// Runs the search from round 1's routed day; returns its result (whose best day is never
    /// worse than `first`), or `nil` when there is no time left for it.
    static func improve(
        _ first: IntegratedPlanner.Result, network: CountyNetwork, travel: TravelModel, options: SitingOptions,
        request: PlanRequest, deadline: ContinuousClock.Instant?, progress: LocationRoutingSearch.Progress?,
        stop: StopSignal?, instance: SitingInstance? = nil
    ) throws -> LocationRoutingSearch.Result? {
        if stop?.isStopped == true || first.interrupted { return nil }
        if let deadline, deadline - ContinuousClock.now < .milliseconds(200) { return nil }
        let clockFree = deadline == nil && request.routeTime == nil && request.routeIterations != nil
        let budget = LocationRoutingSearch.Budget(
            moves: request.searchMoves,
            routeIterations: request.routeIterations,
            routeTime: request.routeTime ?? (clockFree ? .seconds(86_400) : PlanRequest.defaultRouteTime))
        let day = LocationRoutingSearch.Day(siting: first.siting, pickup: first.pickup, express: first.express,
                                            routeWork: first.routeWork)
        let outcome = try LocationRoutingSearch.plan(
            network: network, travel: travel, options: options, budget: budget, seed: request.seed, deadline: deadline,
            initialDays: [day], progress: progress, stop: stop, instance: instance)
        return outcome.routed
    }
}
