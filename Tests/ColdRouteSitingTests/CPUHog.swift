import ColdRouteModel
import Foundation

/// Busy threads that load every core while a test runs (for "the same plan under load" tests):
/// each spins on integer arithmetic until ``stop()``, which waits for all of them to end.
final class CPUHog: Sendable {
    private let signal = StopSignal()
    private let finished = DispatchSemaphore(value: 0)
    private let count: Int

    /// Starts `threads` busy threads (default: two per core).
    init(threads: Int = 2 * ProcessInfo.processInfo.activeProcessorCount) {
        count = threads
        for _ in 0..<threads {
            let signal = signal, finished = finished
            let thread = Thread {
                var x: UInt64 = 1
                while !signal.isStopped {
                    for _ in 0..<100_000 { x = x &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407 }
                }
                if x == 0 { print("") }   // keeps the loop from being optimised away
                finished.signal()
            }
            thread.start()
        }
    }

    /// Ends the busy threads and waits for them.
    func stop() {
        signal.stop()
        for _ in 0..<count { finished.wait() }
    }

    /// Runs `body` with the hog running.
    static func whileBusy<T>(_ body: () throws -> T) rethrows -> T {
        let hog = CPUHog()
        defer { hog.stop() }
        return try body()
    }
}
