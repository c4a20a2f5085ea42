/// How a facility-location solve ended.
public enum FacilityLocationStatus: String, Sendable, Equatable, Codable {
    /// The gap between ``FacilityLocationSolution/objective`` and ``FacilityLocationSolution/bound`` is
    /// closed: within the requested relative gap (default 1e-6) or absolute gap (default 1e-6).
    case optimal
    /// A solution was found but the time limit stopped the proof; the bound is still valid.
    case feasible
    /// Proved infeasible (total capacity or allowed pairs cannot cover the demand).
    case infeasible
    /// The time limit was reached before any solution was found.
    case timeout
}

/// One share of a customer's demand: `fraction` of it is served from `facility`.
public struct FacilityLocationAllocation: Sendable, Equatable, Codable {
    public var facility: Int
    public var fraction: Double

    public init(facility: Int, fraction: Double) {
        self.facility = facility
        self.fraction = fraction
    }
}

/// Counters that tell how the result was reached (for logs and benchmark tables).
public struct FacilityLocationStatistics: Sendable, Equatable {
    /// Best Lagrangian lower bound (demand constraints relaxed).
    public var lagrangianBound: Double = -.infinity
    /// Subgradient iterations spent.
    public var lagrangianIterations = 0
    /// Objective of the best solution found before branch-and-cut (`.infinity` if none).
    public var heuristicObjective: Double = .infinity
    /// Facilities fixed open / closed by Lagrangian-bound tests before branch-and-cut.
    public var fixedOpen = 0
    public var fixedClosed = 0
    /// Whether GLPK branch-and-cut ran (it is skipped when the Lagrangian phase closes the gap).
    public var usedBranchAndCut = false
    /// Seconds spent in the Lagrangian + heuristic phase, and in branch-and-cut.
    public var lagrangianSeconds = 0.0
    public var branchAndCutSeconds = 0.0
    /// Whether the time limit or ``FacilityLocationOptions/shouldStop`` ended a stage before its
    /// work was done (without it, the same instance and options give the same solution every run).
    public var stoppedEarly = false

    public init() {}
}

/// The value-like result of ``FacilityLocationSolver/solve(_:options:)``.
///
/// `objective` is the cost of ``open`` with ``allocations`` (`.infinity` without a solution);
/// `bound` is a proved lower bound on the optimum (`.infinity` when proved infeasible).
public struct FacilityLocationSolution: Sendable, Equatable {
    public var status: FacilityLocationStatus
    public var objective: Double
    public var bound: Double
    /// Open facilities, ascending 0-based indices.
    public var open: [Int]
    /// `allocations[i]`: how customer `i`'s demand is split (one entry when single-sourced).
    public var allocations: [[FacilityLocationAllocation]]
    /// Wall-clock seconds of the whole solve.
    public var seconds: Double
    public var statistics: FacilityLocationStatistics

    /// `(objective - bound) / max(|objective|, 1)`, or `.infinity` without a solution.
    public var relativeGap: Double {
        guard objective.isFinite else { return .infinity }
        return max(0, objective - bound) / max(abs(objective), 1)
    }
}
