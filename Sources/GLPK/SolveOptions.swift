/// Settings for one call of ``Solver/solve(_:options:)``.
public struct SolveOptions: Sendable {
    /// A real wall-clock limit for the whole solve, or `nil` for none.
    ///
    /// GLPK's own `tm_lim` is not a wall-clock bound (the root LP and the
    /// tree search each get the full limit), so the solver keeps one deadline
    /// for the call: every stage gets the remaining time as `tm_lim`, and the
    /// branch-and-cut callback checks a monotonic clock at every node and
    /// terminates the search once the deadline has passed. Two stages cannot
    /// be interrupted: GLPK's presolvers check no clock, and a single node LP
    /// runs until its own `tm_lim`; on large models the overrun is one of
    /// those. Must not be negative.
    public var timeLimit: Duration?

    /// Relative MIP gap at which the search stops (`glp_iocp.mip_gap`).
    ///
    /// The gap is `|incumbent - bound| / (|incumbent| + DBL_EPSILON)`.
    /// Must be finite and `>= 0`; `0` searches until optimality is proven.
    public var relativeGap: Double

    /// Whether to use GLPK's presolver (LP and MIP).
    ///
    /// With presolve off, a MIP's root relaxation is solved by `glp_simplex`
    /// before `glp_intopt`. A ``startingSolution`` turns the MIP presolver
    /// off, because the presolved tree numbers columns differently and the
    /// start could not be handed to it.
    public var presolve: Bool

    /// An integer-feasible assignment (one value per variable) offered to
    /// branch-and-cut as the first incumbent; ignored for pure LPs.
    ///
    /// It is checked in Swift first (length, bounds, integrality, every
    /// constraint, tolerance 1e-6); integer values are rounded, then it is
    /// passed to `glp_ios_heur_sol` at the first `GLP_IHEUR` callback.
    /// ``Solution/acceptedStartingSolution`` tells whether GLPK took it.
    public var startingSolution: [Double]?

    /// The shortest time between two periodic progress reports.
    public var progressInterval: Duration

    /// Called on the solving thread during branch-and-cut: at most about
    /// once per ``progressInterval`` and on each new incumbent.
    ///
    /// The closure must not call into this module (that throws
    /// `.reentrantCall`); it should return quickly, since the search waits.
    public var progress: (@Sendable (MIPProgress) -> Void)?

    /// Polled at every branch-and-cut callback; returning `true` stops the
    /// search with ``StopReason/terminated``. Use it to wire cancellation.
    ///
    /// Also polled at every line GLPK prints before branch-and-cut: in a
    /// simplex solve (LPs, and the root relaxation without presolve) every
    /// 0.2 s, in `glp_intopt`'s own presolve and root LP every 5 s at most
    /// (GLPK prints no more often there). A MIP is therefore solved on a
    /// thread of its own while the calling thread waits and polls every
    /// 20 ms until branch-and-cut begins (`SolveThread`), so it may be called
    /// from two threads. A stop before branch-and-cut ends the solve with
    /// ``SolveStatus/noSolution`` and ``StopReason/terminated`` (a starting
    /// solution is not kept; the caller still holds it). Must not call GLPK.
    public var shouldStop: (@Sendable () -> Bool)?

    /// Cutting planes GLPK generates during branch-and-cut (none by default).
    public var cuts: CutFamilies = []

    /// Branching variable selection (GLPK's default: Driebeck–Tomlin).
    public var branching: BranchingRule = .driebeckTomlin

    /// Node selection (GLPK's default: best local bound).
    public var backtracking: BacktrackingRule = .bestBound

    /// Bound tightening at the nodes (GLPK's default: at every node).
    public var nodePreprocessing: NodePreprocessing = .allNodes

    /// Extra primal heuristics (none by default; GLPK's simple rounding always runs).
    public var heuristics: PrimalHeuristics = []

    /// Time limit of the proximity search heuristic (GLPK's default: 60 s). It also counts
    /// against ``timeLimit``. Must be positive.
    public var proximitySearchTimeLimit: Duration = .seconds(60)

    /// Creates options; the defaults are no time limit, gap 1e-6, presolve on.
    public init(
        timeLimit: Duration? = nil,
        relativeGap: Double = 1e-6,
        presolve: Bool = true,
        startingSolution: [Double]? = nil,
        progressInterval: Duration = .milliseconds(500),
        progress: (@Sendable (MIPProgress) -> Void)? = nil,
        shouldStop: (@Sendable () -> Bool)? = nil
    ) {
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.presolve = presolve
        self.startingSolution = startingSolution
        self.progressInterval = progressInterval
        self.progress = progress
        self.shouldStop = shouldStop
    }

    /// Checks the ranges documented on each property.
    ///
    /// - Throws: ``GLPKError`` of kind `.invalidOptions`.
    func validate() throws {
        if let timeLimit, timeLimit < .zero {
            throw GLPKError.invalidOptions("timeLimit is negative (\(timeLimit))")
        }
        guard relativeGap.isFinite, relativeGap >= 0 else {
            throw GLPKError.invalidOptions("relativeGap must be finite and >= 0, not \(relativeGap)")
        }
        guard proximitySearchTimeLimit > .zero else {
            throw GLPKError.invalidOptions(
                "proximitySearchTimeLimit must be positive (\(proximitySearchTimeLimit))")
        }
        guard progressInterval >= .zero else {
            throw GLPKError.invalidOptions("progressInterval is negative (\(progressInterval))")
        }
    }
}

extension Duration {
    /// The duration in seconds as a `Double`.
    var inSeconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }
}
