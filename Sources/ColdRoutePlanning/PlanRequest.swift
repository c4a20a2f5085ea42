import ColdRouteModel
import ColdRouteSiting

/// What to plan and under which limits: the one input of ``Planner`` besides the network.
///
/// `plan` builds it from its flags and `compare` from each scenario's `[solver]` table, so both
/// run the same pipeline (siting ↔ routing rounds, regions, one deadline) on the same request.
///
/// **Clocks.** ``timeLimit`` (the user's `--time-limit`) bounds the whole run; ``routeTime`` (the
/// user's `--route-time`) bounds the route searches in all. They are the only clocks: with
/// ``routeIterations`` set and both `nil`, every search stops on its work budget alone (iterations,
/// no improvement, a siting solve to its gap), and the result depends only on the network, the
/// request and the seed. ``PlanResult/work`` records which of the two stopped each stage.
public struct PlanRequest: Hashable, Sendable {
    /// Siting options (limits, targets, forced depots). Their `timeLimit` is ignored: ``timeLimit`` rules.
    public var options: SitingOptions
    /// Plan pickup routes and dispatch after siting (`false`: siting only).
    public var routes = true
    /// Siting ↔ routing rounds (at least 1).
    public var rounds = 2
    /// Number of regions (`nil`: ``RegionalDecomposition/suggestedCount(for:)``; 1: plan whole).
    public var regions: Int?
    /// Random seed of the route search (region `r` uses `seed + r`).
    public var seed: UInt64 = 1
    /// Iteration budget of each depot's route search.
    public var routeIterations: Int?
    /// Wall-clock limit for the whole run, from the call to ``Planner/plan(network:request:progress:stop:)``
    /// to its result, checks included (`nil`: none).
    public var timeLimit: Duration?
    /// Wall-clock limit for the route searches in all, per region (`nil`: none besides ``timeLimit``).
    public var routeTime: Duration?
    /// Day evaluations of the location-routing search after round 1 (whole-network planning with
    /// routes and ``rounds`` ≥ 2; see `Planner+Search.swift`): `nil` = until ``timeLimit`` when
    /// there is one and no ``routeIterations``, else no search; 0 = no search (then ``rounds``
    /// rounds as before).
    public var searchMoves: Int?

    public init(
        options: SitingOptions = SitingOptions(), routes: Bool = true, rounds: Int = 2, regions: Int? = nil,
        seed: UInt64 = 1, routeIterations: Int? = nil, timeLimit: Duration? = nil, routeTime: Duration? = nil
    ) {
        self.options = options
        self.routes = routes
        self.rounds = rounds
        self.regions = regions
        self.seed = seed
        self.routeIterations = routeIterations
        self.timeLimit = timeLimit
        self.routeTime = routeTime
    }

    /// The default route-search time when the user gives no iteration budget: without one, a
    /// search would otherwise run until 5,000 iterations without improvement.
    public static let defaultRouteTime = Duration.seconds(10)

    /// The default whole-run limit when the user gives neither a time limit nor an iteration budget.
    public static let defaultTimeLimit = Duration.seconds(60)

    /// Whether the run is reproducible by construction: no clock can cut a search short.
    public var isClockFree: Bool { timeLimit == nil && routeTime == nil && (routeIterations != nil || !routes) }
}
