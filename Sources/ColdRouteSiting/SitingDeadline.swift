import ColdRouteModel

/// The only clock of a siting run: the caller's time limit, counted from `start`, and its stop
/// signal. The searches consult it between units of work (an iteration, a priced set, a tree node,
/// a branch-and-cut callback) to stop early; what they compute before it binds is decided by the
/// work budget alone (``SitingWorkBudget``).
struct SitingDeadline {
    let start: ContinuousClock.Instant
    let limit: Duration?
    let stop: StopSignal?

    var elapsed: Duration { ContinuousClock.now - start }

    /// Why the run must stop now, or `nil` while it may go on.
    var cause: SitingWork.Cause? {
        if stop?.isStopped == true { return .stopRequest }
        if let limit, ContinuousClock.now - start >= limit { return .timeLimit }
        return nil
    }

    var hasPassed: Bool { cause != nil }

    /// Whether `share` of the time limit has passed (never without a limit). Used only to end a
    /// stage that the time limit would otherwise cut with nothing left for the stages after it.
    func hasUsed(_ share: Double) -> Bool {
        guard let limit else { return false }
        return ContinuousClock.now - start >= limit * share
    }

    /// The time left (`nil`: no limit).
    var remaining: Duration? { limit.map { max(.zero, $0 - elapsed) } }
}
