import CGLPKGuard

/// Stopping a simplex solve that has no callback (issue 11, "No hangs").
///
/// `glp_simplex` and the part of `glp_intopt` before branch-and-cut (presolve, the root LP) call
/// no user code, but they print progress through the term hook. While a stop poll is installed,
/// the C guard asks it at every chunk of output and, on a stop, jumps out of GLPK as it does for
/// an error (`crg_set_stop_poll` in `CGLPKGuard.h`): the thread's GLPK environment is freed and
/// the call throws ``StopRequested``, which ``Solver/solve(_:options:)`` turns into an outcome
/// (no solution, ``StopReason/terminated``). How often it is asked: every
/// ``GLPKProblem/progressLineInterval`` ms in our own simplex calls, every 5 s in `glp_intopt`'s
/// root LP (GLPK's default, not settable there); presolve and scaling print only between their
/// steps (seconds on a model of 300,000 columns).
///
/// Slicing the simplex instead (`it_lim`, then resuming from the basis) was tried and rejected:
/// a resumed `glp_simplex` restarts its pricing weights, so it ends on another optimal basis
/// (other duals, sometimes other primal values) — runs without a stop would change — and with
/// the presolver on GLPK keeps no basis after a limit at all (docs/robustness.md, 1g).
extension GLPKSession {
    /// Thrown by ``guarded(_:_:)`` when the stop poll ended a GLPK call.
    struct StopRequested: Error {}

    /// Runs `body` with `shouldStop` as the thread's stop poll (none if `nil`), cleared afterwards.
    func withStopPoll<T>(_ shouldStop: (@Sendable () -> Bool)?, _ body: () throws -> T) rethrows -> T {
        guard let shouldStop else { return try body() }
        let box = StopPollBox(shouldStop)
        return try withExtendedLifetime(box) {
            crg_set_stop_poll(StopPollBox.entry, Unmanaged.passUnretained(box).toOpaque())
            defer { crg_set_stop_poll(nil, nil) }
            return try body()
        }
    }
}

/// Carries the Swift closure through the C poll's `context` pointer.
private final class StopPollBox {
    let shouldStop: @Sendable () -> Bool

    init(_ shouldStop: @escaping @Sendable () -> Bool) { self.shouldStop = shouldStop }

    /// The C entry point: calls the closure, which must not call GLPK.
    static let entry: crg_stop_poll = { context in
        guard let context else { return 0 }
        return Unmanaged<StopPollBox>.fromOpaque(context).takeUnretainedValue().shouldStop() ? 1 : 0
    }
}
