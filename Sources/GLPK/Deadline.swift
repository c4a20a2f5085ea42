import CGLPKGuard

/// The wall-clock budget of one solve call, measured on a monotonic clock.
///
/// GLPK's `tm_lim` restarts at every stage, so the solver hands each stage
/// only what is left of this one budget (``stageLimit()``), and the
/// branch-and-cut callback compares ``end`` with the same clock
/// (`crg_now`, `CLOCK_MONOTONIC`).
struct Deadline {
    /// `crg_now()` when the call began.
    let start: Double
    /// `crg_now()` value at which the call must stop, or `nil` for no limit.
    let end: Double?

    /// Starts the clock now; `limit` `nil` means unlimited.
    init(_ limit: Duration?) {
        let now = crg_now()
        start = now
        end = limit.map { now + $0.inSeconds }
    }

    /// Time since the call began.
    var elapsed: Duration { .seconds(crg_now() - start) }

    /// `tm_lim` for the next GLPK stage: the remaining time in milliseconds,
    /// rounded up and at least 1, or `Int32.max` (GLPK's "no limit") when
    /// there is no deadline; `nil` once the deadline has passed.
    func stageLimit() -> Int32? {
        guard let end else { return Int32.max }
        let remaining = end - crg_now()
        guard remaining > 0 else { return nil }
        return Int32(Swift.min(Swift.max((remaining * 1000).rounded(.up), 1), Double(Int32.max - 1)))
    }
}
