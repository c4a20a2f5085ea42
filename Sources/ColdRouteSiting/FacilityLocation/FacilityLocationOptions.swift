import GLPK

/// What the solver reports while it runs; the library never prints, callers may.
public struct FacilityLocationProgress: Sendable {
    public enum Stage: String, Sendable {
        case lagrangian, localSearch, fixing, branchAndCut, done
    }

    public var stage: Stage
    /// Best solution value so far (`.infinity` if none) and best proved lower bound.
    /// (During branch-and-cut these are the values handed to GLPK; its own appear in `message`.)
    public var incumbent: Double
    public var bound: Double
    public var elapsed: Double
    public var message: String
}

/// Settings for ``FacilityLocationSolver``.
public struct FacilityLocationOptions: Sendable {
    /// Each customer served by exactly one facility (binary `x_ij`).
    public var singleSource = false
    /// Wall-clock limit in seconds for the whole solve (every stage gets the remaining time). It is
    /// the only clock: what each stage computes is set by ``maxSubgradientIterations`` and the local
    /// search's neighbourhoods; the limit may only cut that short (``FacilityLocationStatistics/stoppedEarly``).
    public var timeLimit: Double = 300
    /// Polled with the time limit between units of work (subgradient iterations, local-search moves,
    /// GLPK branch-and-cut callbacks); `true` ends the solve with the best solution so far.
    public var shouldStop: (@Sendable () -> Bool)?
    /// The gap is closed when `objective - bound ≤ max(relativeGap · |objective|, absoluteGap)`.
    public var relativeGap = 1e-6
    public var absoluteGap = 1e-6
    /// Upper limit of subgradient iterations (the method also stops when the step becomes tiny).
    public var maxSubgradientIterations = 3000
    /// Run GLPK branch-and-cut after the Lagrangian phase; `false` returns the heuristic result.
    public var branchAndCut = true
    /// GLPK cutting planes for the branch-and-cut stage (see ``StrongFormulation``). Mixed-integer
    /// rounding and cover cuts (on the capacity and variable-upper-bound rows) closed capa_10000 in
    /// 14 s and capb_6000 in 109 s, which GLPK without cuts left open after 120 s.
    public var cuts: CutFamilies = [.mixedIntegerRounding, .cover]
    /// Called on the solving thread at stage changes and improvements.
    public var progress: (@Sendable (FacilityLocationProgress) -> Void)?

    public init(singleSource: Bool = false, timeLimit: Double = 300) {
        self.singleSource = singleSource
        self.timeLimit = timeLimit
    }
}
