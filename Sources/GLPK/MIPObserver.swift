import CGLPKGuard

/// Bridges the C branch-and-cut callback to the Swift closures of
/// ``SolveOptions``.
///
/// The C callback (`crg_mip_callback_entry`) does all GLPK work itself:
/// deadline, starting solution, reading the tree. It then calls
/// ``entry`` with a plain snapshot; nothing on this Swift path calls GLPK,
/// so GLPK's error `longjmp` can never cross these frames. The observer is
/// passed as an unretained pointer, valid for the duration of `glp_intopt`.
final class MIPObserver {
    private let progress: (@Sendable (MIPProgress) -> Void)?
    private let shouldStop: (@Sendable () -> Bool)?
    /// The thread the solve runs on, if a caller waits for it there (``SolveThread``).
    private let thread: SolveThread?

    /// Whether there is anything to call; if not, no observer is installed.
    var isNeeded: Bool { progress != nil || shouldStop != nil }

    init(_ options: SolveOptions, thread: SolveThread?) {
        progress = options.progress
        shouldStop = options.shouldStop
        self.thread = thread
    }

    /// Handles one callback; returns `true` to stop the search.
    func handle(_ event: crg_mip_event) -> Bool {
        thread?.enterBranchAndCut()
        if event.report_due != 0, let progress {
            progress(Self.snapshot(event))
        }
        return shouldStop?() ?? false
    }

    /// The public snapshot of a C event.
    static func snapshot(_ event: crg_mip_event) -> MIPProgress {
        let hasIncumbent = event.has_incumbent != 0
        return MIPProgress(
            incumbent: hasIncumbent ? event.incumbent : nil,
            bound: event.has_bound != 0 ? event.bound : nil,
            relativeGap: hasIncumbent && event.gap < Double.greatestFiniteMagnitude ? event.gap : nil,
            elapsed: .seconds(event.elapsed),
            nodes: Int(event.nodes_total),
            activeNodes: Int(event.nodes_active),
            isNewIncumbent: event.new_incumbent != 0)
    }

    /// The C-compatible trampoline; `context` is an unretained `MIPObserver`.
    static let entry: crg_mip_observer = { event, context in
        guard let event, let context else { return 0 }
        let observer = Unmanaged<MIPObserver>.fromOpaque(context).takeUnretainedValue()
        return observer.handle(event.pointee) ? 1 : 0
    }
}
