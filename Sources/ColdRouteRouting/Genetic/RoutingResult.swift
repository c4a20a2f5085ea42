/// What a search returns: the best solution found, whether it is feasible (per the
/// independent ``RoutingChecker``), search statistics and the pool of good routes.
public struct RoutingResult: Sendable {
    /// Best feasible solution found, or the least-penalised one when none was feasible.
    public var solution: RoutingSolution
    /// Checker findings on `solution` (empty when feasible).
    public var violations: [RoutingViolation]
    public var isFeasible: Bool { violations.isEmpty }
    /// Objective of `solution`: route costs plus prizes of optional clients left out.
    public var cost: Double
    public var iterations: Int
    public var seconds: Double
    /// Distinct feasible routes from near-best solutions, for set-partitioning recombination.
    public var routePool: [PooledRoute]
}
