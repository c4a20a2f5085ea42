import Foundation

/// A request to stop planning early and return the best plan found so far (Ctrl-C, SIGTERM, a
/// caller's deadline).
///
/// One thread calls ``stop()``; the planners poll ``isStopped`` between units of work (an
/// iteration of a search, a branch-and-cut node) and then wind down: they start nothing new,
/// finish what they hold into a complete, checkable answer and mark it as interrupted. Once set,
/// the signal stays set. Polling is one lock round-trip, cheap enough for every iteration.
public final class StopSignal: @unchecked Sendable {
    // `@unchecked`: the only mutable state, `stopped`, is read and written under `lock`.
    private let lock = NSLock()
    private var stopped = false
    private var when: ContinuousClock.Instant?

    public init() {}

    /// Asks every planner that polls this signal to stop. Safe from any thread; idempotent.
    public func stop() {
        lock.lock()
        stopped = true
        if when == nil { when = ContinuousClock.now }
        lock.unlock()
    }

    /// When ``stop()`` was first called (`nil` before). Lets a planner finish what it holds for a
    /// short grace after the request and then give up the rest (issue 11: a first Ctrl-C ends
    /// any run within a second plus output time).
    public var stoppedAt: ContinuousClock.Instant? {
        lock.lock()
        defer { lock.unlock() }
        return when
    }

    /// Whether ``stop()`` has been called.
    public var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }
}
