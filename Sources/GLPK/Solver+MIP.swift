import CGLPK
import CGLPKGuard

extension Solver {
    /// Solves a model with integer variables by branch-and-cut (`glp_intopt`).
    ///
    /// Stages, each given the remaining time as `tm_lim`:
    /// 1. without GLPK's MIP presolver (presolve off, or a starting solution
    ///    given): scale, crash a basis and solve the root relaxation with
    ///    `glp_simplex`, as `glp_intopt` then requires;
    /// 2. `glp_intopt` with the C callback, which enforces the wall-clock
    ///    deadline, offers the starting solution and feeds the observer.
    ///
    /// `GLP_EMIPGAP`, `GLP_ETMLIM` and `GLP_ESTOP` are outcomes (feasible or
    /// no solution); `GLP_ENOPFS` means infeasible and `GLP_ENODFS` is settled
    /// by ``classifyRelaxation(_:deadline:)``.
    static func solveMIP(
        _ problem: GLPKProblem, options: SolveOptions, start: [Double]?, deadline: Deadline,
        thread: SolveThread?
    ) throws -> Outcome {
        let presolve = options.presolve && start == nil
        var relaxationBound: Double?
        if !presolve {
            guard let limit = deadline.stageLimit() else {
                return Outcome(status: .noSolution, stopReason: .timeLimit)
            }
            try problem.prepareLP()
            let code = try problem.simplex(presolve: false, timeLimit: limit)
            switch code {
            case .success: break
            case .timeLimit, .iterationLimit: return Outcome(status: .noSolution, stopReason: .timeLimit)
            default: throw failure(code, "solving the root LP relaxation (glp_simplex)", problem.session)
            }
            let root = try problem.basicSolution()
            switch root.status {
            case GLP_OPT: relaxationBound = root.objective
            case GLP_NOFEAS: return Outcome(status: .infeasible, stopReason: .solved)
            case GLP_UNBND: return Outcome(status: .unbounded, stopReason: .solved)
            default: return Outcome(status: .noSolution, stopReason: .solved)
            }
        }
        guard let limit = deadline.stageLimit() else {
            return Outcome(status: .noSolution, stopReason: .timeLimit, bound: relaxationBound)
        }

        let observer = MIPObserver(options, thread: thread)
        var control = crg_mip_control()
        control.t_start = deadline.start
        control.has_deadline = deadline.end == nil ? 0 : 1
        control.deadline = deadline.end ?? 0
        control.report_interval = options.progressInterval.inSeconds
        control.last_report = deadline.start
        if observer.isNeeded {
            control.observer = MIPObserver.entry
            control.context = Unmanaged.passUnretained(observer).toOpaque()
        }
        let code = try withExtendedLifetime(observer) {
            try (start ?? []).withUnsafeBufferPointer { x in
                control.start_x = start == nil ? nil : x.baseAddress
                control.start_n = Int32(Swift.max(x.count - 1, 0))
                return try problem.intopt(
                    presolve: presolve, timeLimit: limit, options: options, control: &control)
            }
        }

        let stopReason: StopReason
        switch code {
        case .success: stopReason = .solved
        case .gapReached: stopReason = .gapReached
        case .timeLimit: stopReason = .timeLimit
        case .stopped: stopReason = control.deadline_hit != 0 ? .timeLimit : .terminated
        case .noPrimalFeasible: return Outcome(status: .infeasible, stopReason: .solved)
        case .noDualFeasible: return try classifyRelaxation(problem, deadline: deadline)
        default: throw failure(code, "branch-and-cut (glp_intopt)", problem.session)
        }
        let searchBound = control.last.has_bound != 0 ? control.last.bound : relaxationBound
        var outcome = try mipOutcome(
            problem.mipSolution(), stopReason: stopReason, searchBound: searchBound,
            maximize: problem.maximize)
        outcome.acceptedStartingSolution = control.start_result == 1
        return outcome
    }

    /// Maps GLPK's MIP status to an outcome.
    ///
    /// The global bound is the better of the search's best node bound and
    /// the incumbent itself (an incumbent is a candidate too), so it never
    /// lies beyond the objective. A solution whose gap to that bound is
    /// within GLPK's pruning tolerance (`tol_obj·(1 + |objective|)`, `tol_obj
    /// = 1e-7`) is proven optimal whatever stopped the search; this matters
    /// because `glp_intopt` returns `GLP_EMIPGAP` even for a zero gap.
    static func mipOutcome(
        _ mip: GLPKProblem.MIPSolution, stopReason: StopReason, searchBound: Double?, maximize: Bool
    ) -> Outcome {
        switch mip.status {
        case GLP_OPT, GLP_FEAS:
            let objective = mip.objective
            var bound = searchBound ?? (mip.status == GLP_OPT ? objective : nil)
            if mip.status == GLP_OPT { bound = objective }
            if let b = bound { bound = maximize ? Swift.max(b, objective) : Swift.min(b, objective) }
            let proven = mip.status == GLP_OPT
                || bound.map { abs(objective - $0) <= 1e-7 * (1 + abs(objective)) } ?? false
            var outcome = Outcome(status: proven ? .optimal : .feasible, stopReason: stopReason,
                                  objective: objective, bound: proven ? objective : bound)
            outcome.values = mip.values
            return outcome
        case GLP_NOFEAS:
            return Outcome(status: .infeasible, stopReason: stopReason)
        default:  // GLP_UNDEF: stopped before an incumbent
            return Outcome(status: .noSolution, stopReason: stopReason, bound: searchBound)
        }
    }
}
