import Dispatch
import Foundation
import Synchronization

/// A MIP solve on a thread of its own, so that a stop never waits for GLPK's silent stages
/// (issue 11, "No hangs").
///
/// GLPK's MIP presolve and scaling print nothing for seconds on a large model (1.5–6 s on the
/// single-source siting model of 2,000 villages, docs/robustness.md), so the term-hook stop poll
/// (`GLPKSession+Stop.swift`) gets no chance to run there. A stop anywhere before branch-and-cut
/// has one outcome however long it waits: no solution, ``StopReason/terminated``. So a MIP with a
/// stop poll is solved on a thread of its own while the caller waits, asking the poll every
/// ``pollInterval``:
///
/// - on a stop before branch-and-cut the caller returns that outcome at once. The thread is left
///   to end by itself: at GLPK's next progress line its own stop poll jumps out of GLPK, and its
///   session frees the thread's GLPK environment. It shares nothing with the caller but the
///   `Sendable` inputs it was given, and its answer is dropped;
/// - from the first branch-and-cut callback on, a stop goes through the callback, which keeps the
///   incumbent within one node; the caller waits for that answer without asking the poll again.
///
/// A solve that is not stopped computes exactly what it would on the caller's thread: the same
/// inputs, and GLPK keeps its state per thread.
final class SolveThread: Sendable {
    /// How often the waiting caller asks the stop poll before branch-and-cut.
    static let pollInterval = DispatchTimeInterval.milliseconds(20)
    /// Stack of the solving thread: GLPK's presolver and cut generators recurse.
    static let stackSize = 16 << 20

    private let branchAndCutStarted = Atomic<Bool>(false)
    private let answer = Mutex<Result<Solution, any Error>?>(nil)
    private let done = DispatchSemaphore(value: 0)

    private init() {}

    /// Marks that branch-and-cut has begun (called by ``MIPObserver`` at every callback).
    func enterBranchAndCut() {
        branchAndCutStarted.store(true, ordering: .releasing)
    }

    /// Runs `solve` on a new thread and waits for its answer, or for a stop before
    /// branch-and-cut, in which case it returns `stopped()` without waiting further.
    static func run(
        shouldStop: @Sendable () -> Bool, stopped: () -> Solution,
        _ solve: @escaping @Sendable (SolveThread) throws -> Solution
    ) throws -> Solution {
        let state = SolveThread()
        let thread = Thread {
            let result = Result { try solve(state) }
            state.answer.withLock { $0 = result }
            state.done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        while state.done.wait(timeout: .now() + pollInterval) == .timedOut {
            if state.branchAndCutStarted.load(ordering: .acquiring) {
                state.done.wait()
                break
            }
            if shouldStop() { return stopped() }
        }
        return try state.answer.withLock { $0! }.get()
    }
}
