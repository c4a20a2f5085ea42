/// The result of ``Solver/solve(_:options:)``: status, objective, values.
///
/// A value type detached from GLPK: the problem object it came from has
/// already been deleted. Objective values are in the model's own sense and
/// include ``LinearModel/objectiveConstant``.
public struct Solution: Sendable {
    /// What is known about the problem.
    public let status: SolveStatus
    /// Why the solver stopped.
    public let stopReason: StopReason
    /// Objective of ``values``; `nil` when there is no solution.
    public let objective: Double?
    /// Best known bound on the optimum: for a MIP the best bound of the
    /// search (never worse than ``objective``), for an optimal LP its
    /// objective; `nil` when unknown.
    public let bound: Double?
    /// `|objective - bound| / (|objective| + DBL_EPSILON)` when both are known.
    public let relativeGap: Double?
    /// Primal values per variable index; empty when there is no solution.
    public let values: [Double]
    /// Row duals (shadow prices) of an optimal LP, per constraint index.
    public let duals: [Double]?
    /// Reduced costs of an optimal LP, per variable index.
    public let reducedCosts: [Double]?
    /// Whether GLPK took ``SolveOptions/startingSolution`` as an incumbent
    /// (`false` also when it was not better than one already found, or was
    /// never requested because the root relaxation was already integral).
    public let acceptedStartingSolution: Bool
    /// Wall-clock time of the whole call.
    public let elapsed: Duration
    /// GLPK's terminal output, captured instead of printed.
    public let log: String

    /// Creates a solution (public for tests and adapters).
    public init(
        status: SolveStatus, stopReason: StopReason, objective: Double?, bound: Double?,
        relativeGap: Double?, values: [Double], duals: [Double]? = nil,
        reducedCosts: [Double]? = nil, acceptedStartingSolution: Bool = false,
        elapsed: Duration, log: String
    ) {
        self.status = status
        self.stopReason = stopReason
        self.objective = objective
        self.bound = bound
        self.relativeGap = relativeGap
        self.values = values
        self.duals = duals
        self.reducedCosts = reducedCosts
        self.acceptedStartingSolution = acceptedStartingSolution
        self.elapsed = elapsed
        self.log = log
    }

    /// The value of `variable`.
    ///
    /// - Precondition: the solution has values (``SolveStatus/hasSolution``)
    ///   and `variable` belongs to the solved model.
    public subscript(_ variable: LinearModel.Variable) -> Double {
        precondition(!values.isEmpty, "no values: the solve ended with status \(status)")
        return values[variable.index]
    }

    /// The dual value (shadow price) of `constraint` in an optimal LP.
    ///
    /// - Precondition: ``duals`` is not `nil`.
    public func dual(_ constraint: LinearModel.Constraint) -> Double {
        guard let duals else { preconditionFailure("no duals: not an optimal LP (status \(status))") }
        return duals[constraint.index]
    }

    /// The relative gap between `objective` and `bound`, as GLPK computes it.
    static func gap(objective: Double, bound: Double) -> Double {
        abs(objective - bound) / (abs(objective) + Double.ulpOfOne)
    }
}
