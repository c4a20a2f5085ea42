/// What is known about the problem after a solve.
public enum SolveStatus: Sendable, Hashable {
    /// The solution is proven optimal (for a MIP: within GLPK's objective
    /// tolerance `tol_obj = 1e-7`, relative).
    case optimal
    /// A feasible solution whose optimality is not proven: the search stopped
    /// at the requested gap, the deadline or a stop request.
    case feasible
    /// No feasible solution exists (proven).
    case infeasible
    /// The objective is unbounded. For a MIP this means its LP relaxation is
    /// unbounded; the MIP itself is then unbounded or integer-infeasible.
    case unbounded
    /// The search stopped before any feasible solution was found.
    case noSolution

    /// Whether ``Solution/values`` holds a solution (optimal or feasible).
    public var hasSolution: Bool { self == .optimal || self == .feasible }
}

/// Why the solver stopped.
public enum StopReason: Sendable, Hashable {
    /// It ran to completion (optimal, infeasible or unbounded proven).
    case solved
    /// The relative gap reached ``SolveOptions/relativeGap``.
    case gapReached
    /// The wall-clock deadline from ``SolveOptions/timeLimit`` passed.
    case timeLimit
    /// ``SolveOptions/shouldStop`` asked to stop.
    case terminated
}
