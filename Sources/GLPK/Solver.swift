import CGLPK

/// Solves ``LinearModel``s with GLPK and writes them to LP and MPS files.
///
/// Every entry point is synchronous and self-contained: it validates the
/// model in Swift, creates a GLPK problem object, works with it and deletes
/// it, all on one thread, then frees that thread's GLPK environment. That
/// thread is the caller's, except for a MIP with a stop poll, which is
/// solved on a thread of its own while the caller waits (``SolveThread``).
/// No GLPK state survives a call, so calls on different threads run in
/// parallel safely. Do not hold a thread of Swift's cooperative pool for a
/// long solve; run it on a dedicated thread or dispatch queue instead.
///
/// Failures of GLPK itself (a `glp_error`, which would abort the process)
/// are caught by the C guard and thrown as ``GLPKError``; the thread stays
/// usable afterwards.
public enum Solver {
    /// The version of the linked GLPK library, e.g. "5.0".
    public static var glpkVersion: String { String(cString: glp_version()) }

    /// Solves `model`: by the simplex method if it has no integer variables,
    /// otherwise by branch-and-cut.
    ///
    /// Infeasible, unbounded and time-limited outcomes are results, reported
    /// in ``Solution/status`` and ``Solution/stopReason``.
    ///
    /// - Throws: ``GLPKError``: `.invalidModel`, `.invalidOptions` or
    ///   `.invalidStartingSolution` before GLPK is called; `.glpkError` or
    ///   `.solverFailure` if GLPK fails; `.reentrantCall` from a progress callback.
    public static func solve(_ model: LinearModel, options: SolveOptions = SolveOptions()) throws
        -> Solution
    {
        let deadline = Deadline(options.timeLimit)
        try options.validate()
        let stopped = Outcome(status: .noSolution, stopReason: .terminated)
        let compiled: CompiledModel
        do {
            compiled = try CompiledModel(model, purpose: .solve, shouldStop: options.shouldStop)
        } catch is GLPKSession.StopRequested {
            return stopped.solution(elapsed: deadline.elapsed, log: "Stopped on request before solving\n")
        }
        let start = try startingPoint(for: model, compiled, options)
        if let reason = compiled.emptyIntegerDomain {
            return Outcome(status: .infeasible, stopReason: .solved)
                .solution(elapsed: deadline.elapsed, log: "Infeasible before solving: \(reason)\n")
        }
        let isMIP = compiled.integerCount > 0
        let solve: @Sendable (SolveThread?) throws -> Solution = { thread in
            try GLPKSession.run("solving '\(model.name)'") { session in
                let problem = try GLPKProblem.load(compiled, in: session)
                defer { problem.delete() }
                let outcome: Outcome
                do {
                    outcome = try session.withStopPoll(options.shouldStop) {
                        isMIP
                            ? try solveMIP(problem, options: options, start: start, deadline: deadline, thread: thread)
                            : try solveLP(problem, options: options, deadline: deadline)
                    }
                } catch is GLPKSession.StopRequested {
                    // A stop inside a simplex solve or before branch-and-cut (GLPKSession+Stop.swift).
                    outcome = stopped
                }
                return outcome.solution(elapsed: deadline.elapsed, log: session.logText)
            }
        }
        guard isMIP, let shouldStop = options.shouldStop else { return try solve(nil) }
        // GLPK's MIP presolve is silent for seconds on large models; see SolveThread.
        return try SolveThread.run(shouldStop: shouldStop, stopped: {
            stopped.solution(elapsed: deadline.elapsed, log: "Stopped on request before branch-and-cut\n")
        }, solve)
    }

    /// Checks ``SolveOptions/startingSolution`` and converts it to GLPK's
    /// 1-based layout with integers rounded and continuous values clamped to
    /// their bounds; `nil` when there is none.
    ///
    /// - Throws: `.invalidStartingSolution` for a wrong length or a value
    ///   that breaks a bound, integrality or constraint by more than 1e-6.
    static func startingPoint(
        for model: LinearModel, _ compiled: CompiledModel, _ options: SolveOptions
    ) throws -> [Double]? {
        guard let start = options.startingSolution else { return nil }
        if let violation = model.firstViolation(in: start, tolerance: 1e-6) {
            throw GLPKError(kind: .invalidStartingSolution, operation: "checking the starting solution",
                            message: "the starting solution \(violation)")
        }
        var x = [0.0]
        x.reserveCapacity(start.count + 1)
        for (j, value) in start.enumerated() {
            let bounds = compiled.columnBounds[j]
            var v = compiled.isInteger[j] ? value.rounded() : value
            if bounds.type == GLP_LO || bounds.type == GLP_DB || bounds.type == GLP_FX {
                v = Swift.max(v, bounds.lower)
            }
            if bounds.type == GLP_UP || bounds.type == GLP_DB || bounds.type == GLP_FX {
                v = Swift.min(v, bounds.upper)
            }
            x.append(v)
        }
        return x
    }

    /// A `.solverFailure` error for an unexpected GLPK return code.
    static func failure(_ code: ReturnCode, _ operation: String, _ session: GLPKSession) -> GLPKError {
        GLPKError(kind: .solverFailure, operation: operation, message: session.logTail(3),
                  returnCode: code)
    }
}
