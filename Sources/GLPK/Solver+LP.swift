import CGLPK

extension Solver {
    /// Solves a model without integer variables with `glp_simplex`.
    ///
    /// Return codes are outcomes: `GLP_ETMLIM`/`GLP_EITLIM` stop with the
    /// current basic solution (``SolveStatus/feasible`` if primal feasible),
    /// the presolver's `GLP_ENOPFS` means infeasible, and its `GLP_ENODFS`
    /// (unbounded *or* infeasible) is settled by re-solving without presolve.
    static func solveLP(_ problem: GLPKProblem, options: SolveOptions, deadline: Deadline) throws
        -> Outcome
    {
        guard let limit = deadline.stageLimit() else {
            return Outcome(status: .noSolution, stopReason: .timeLimit)
        }
        try problem.prepareLP()
        let code = try problem.simplex(presolve: options.presolve, timeLimit: limit)
        switch code {
        case .success:
            return try basicOutcome(problem.basicSolution(), stopReason: .solved)
        case .timeLimit, .iterationLimit:
            return try basicOutcome(problem.basicSolution(), stopReason: .timeLimit)
        case .noPrimalFeasible:
            return Outcome(status: .infeasible, stopReason: .solved)
        case .noDualFeasible:
            return try classifyRelaxation(problem, deadline: deadline)
        default:
            throw failure(code, "solving the LP (glp_simplex)", problem.session)
        }
    }

    /// Maps a basic solution to an outcome; duals only for an optimum.
    static func basicOutcome(_ basic: GLPKProblem.BasicSolution, stopReason: StopReason) -> Outcome {
        switch basic.status {
        case GLP_OPT:
            var outcome = Outcome(status: .optimal, stopReason: stopReason,
                                  objective: basic.objective, bound: basic.objective)
            outcome.values = basic.values
            outcome.duals = basic.rowDuals
            outcome.reducedCosts = basic.reducedCosts
            return outcome
        case GLP_FEAS:
            var outcome = Outcome(status: .feasible, stopReason: stopReason, objective: basic.objective)
            outcome.values = basic.values
            return outcome
        case GLP_NOFEAS:
            return Outcome(status: .infeasible, stopReason: stopReason)
        case GLP_UNBND:
            return Outcome(status: .unbounded, stopReason: stopReason)
        default:  // GLP_INFEAS, GLP_UNDEF: stopped before a feasible basis
            return Outcome(status: .noSolution, stopReason: stopReason)
        }
    }

    /// Tells "infeasible" from "unbounded" after a presolver reported
    /// `GLP_ENODFS`, by solving the (relaxed) LP again without presolve.
    static func classifyRelaxation(_ problem: GLPKProblem, deadline: Deadline) throws -> Outcome {
        guard let limit = deadline.stageLimit() else {
            return Outcome(status: .noSolution, stopReason: .timeLimit)
        }
        try problem.prepareLP()
        let code = try problem.simplex(presolve: false, timeLimit: limit)
        switch code {
        case .success:
            let status = try problem.basicSolution().status
            return Outcome(status: status == GLP_NOFEAS ? .infeasible : .unbounded, stopReason: .solved)
        case .timeLimit, .iterationLimit:
            return Outcome(status: .noSolution, stopReason: .timeLimit)
        default:
            throw failure(code, "classifying the LP relaxation (glp_simplex)", problem.session)
        }
    }
}
