import Dispatch
import Foundation
import GLPK
import Testing

/// A MIP with a stop poll is solved on a thread of its own (SolveThread.swift), so a stop before
/// branch-and-cut does not wait for GLPK's silent presolve. Issue 11, "No hangs".
@Suite("Solving a MIP on a thread of its own")
struct SolveThreadTests {
    /// The solving thread's first stop poll (GLPK's first progress line, before branch-and-cut)
    /// blocks until the solve has returned; so the solve can return only if it does not wait for
    /// that thread. The caller's own polls say stop once the solving thread is blocked. Were the
    /// caller to wait, the blocked poll would give up after 60 s and answer "go on", as would every
    /// later poll of the solving thread, and the solve would end by its time limit, not stopped.
    @Test("a stop before branch-and-cut returns without waiting for GLPK", arguments: [true, false])
    func stopDoesNotWait(presolve: Bool) throws {
        let caller = pthread_self()
        let solverIsBlocked = Locked(false)
        let gate = DispatchSemaphore(value: 0)
        let stopped = try Solver.solve(Fixtures.hardCover(), options: SolveOptions(
            timeLimit: .seconds(5), presolve: presolve, shouldStop: {
                if pthread_equal(pthread_self(), caller) != 0 { return solverIsBlocked.current }
                // Only the first poll blocks; later ones (after 60 s) say go on.
                let first = solverIsBlocked.withValue { blocked in defer { blocked = true }; return !blocked }
                return first && gate.wait(timeout: .now() + 60) == .success
            }))
        gate.signal()   // the solving thread now stops at its poll and frees its GLPK environment
        #expect(solverIsBlocked.current)
        #expect(stopped.stopReason == .terminated)
        #expect(stopped.status == .noSolution)
        #expect(stopped.values.isEmpty)
        // The caller's thread never held a GLPK session; it solves as before.
        #expect(try Solver.solve(Fixtures.knapsack()).status == .optimal)
    }
}
