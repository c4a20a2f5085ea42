/// Decides when the search stops; called once per iteration with the best feasible cost.
public protocol StoppingCriterion {
    /// Whether to stop now. O(1) for the criteria below.
    mutating func shouldStop(bestCost: Double) -> Bool
    /// Whether to abandon the iteration under way (a wall-clock deadline passed, a stop was
    /// requested). Polled inside the local search without counting as an iteration. O(1).
    func isInterrupted() -> Bool
}

extension StoppingCriterion {
    /// Criteria that count iterations never interrupt one.
    public func isInterrupted() -> Bool { false }
}

/// Stops after a wall-clock budget (monotonic clock), counted from the first call.
public struct MaxRuntime: StoppingCriterion {
    public let seconds: Double
    private var deadline: ContinuousClock.Instant?
    public init(seconds: Double) { self.seconds = seconds }
    public mutating func shouldStop(bestCost: Double) -> Bool {
        let now = ContinuousClock.now
        if deadline == nil { deadline = now.advanced(by: .nanoseconds(Int64(seconds * 1e9))) }
        return now >= deadline!
    }
    public func isInterrupted() -> Bool { deadline.map { ContinuousClock.now >= $0 } ?? false }
}

/// Stops after a number of iterations (calls).
public struct MaxIterations: StoppingCriterion {
    public let iterations: Int
    private var done = 0
    public init(_ iterations: Int) { self.iterations = iterations }
    public mutating func shouldStop(bestCost: Double) -> Bool {
        done += 1
        return done > iterations
    }
}

/// Stops after `iterations` calls in a row without a better best cost.
public struct NoImprovement: StoppingCriterion {
    public let iterations: Int
    private var best = Double.infinity
    private var since = 0
    public init(_ iterations: Int) { self.iterations = iterations }
    public mutating func shouldStop(bestCost: Double) -> Bool {
        if bestCost < best { best = bestCost; since = 0 } else { since += 1 }
        return since >= iterations
    }
}

/// Stops as soon as either criterion says so (both are always consulted).
public struct FirstOf<A: StoppingCriterion, B: StoppingCriterion>: StoppingCriterion {
    public var a: A
    public var b: B
    public init(_ a: A, _ b: B) { self.a = a; self.b = b }
    public mutating func shouldStop(bestCost: Double) -> Bool {
        let x = a.shouldStop(bestCost: bestCost)
        let y = b.shouldStop(bestCost: bestCost)
        return x || y
    }
    public func isInterrupted() -> Bool { a.isInterrupted() || b.isInterrupted() }
}

/// Stops when `isRequested` returns `true`: how a caller's cancellation (Ctrl-C, a deadline) reaches
/// the search. The search still returns its best solution so far, and it always educates at least
/// one solution first, so even a request made before the search starts gives routes.
public struct StopRequested: StoppingCriterion {
    private let isRequested: () -> Bool
    public init(_ isRequested: @escaping () -> Bool) { self.isRequested = isRequested }
    public mutating func shouldStop(bestCost: Double) -> Bool { isRequested() }
    public func isInterrupted() -> Bool { isRequested() }
}
