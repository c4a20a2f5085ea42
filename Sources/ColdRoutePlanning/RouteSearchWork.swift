import ColdRouteModel
import ColdRouteRouting

/// Why a stage of the pipeline stopped: its own work budget, the user's time limit, or a stop request.
///
/// Only ``timeLimit`` and ``interrupted`` depend on the clock; a run whose stages all stop on
/// ``completed``, ``iterationLimit`` or ``noImprovement`` is reproducible with its seed.
public enum StageStop: String, Hashable, Sendable, Codable {
    /// The stage ran to its end (a siting solve proven optimal within its gap).
    case completed
    /// The iteration budget (`--route-iterations`) was used up.
    case iterationLimit
    /// The search went its fixed number of iterations without improving.
    case noImprovement
    /// The user's time limit (`--time-limit`, `--route-time`) cut the stage short.
    case timeLimit
    /// A stop request (Ctrl-C) cut the stage short.
    case interrupted

    /// Whether a clock or a signal (not a work budget) decided.
    public var isCutShort: Bool { self == .timeLimit || self == .interrupted }

    /// How bad a stop is for reproducibility: the worst of several depots' stops is the stage's.
    var severity: Int {
        switch self {
        case .completed: 0
        case .noImprovement: 1
        case .iterationLimit: 2
        case .timeLimit: 3
        case .interrupted: 4
        }
    }
}

/// What the route searches of one plan did: per depot, iterations done, the budget and what stopped it.
public struct RouteSearchWork: Hashable, Sendable, Codable {
    public struct Depot: Hashable, Sendable, Codable {
        public var depot: ColdRouteModel.Depot.ID
        public var iterations: Int
        /// The iteration budget (`nil`: none; the search stopped on no improvement or the clock).
        public var iterationBudget: Int?
        public var stoppedBy: StageStop
    }

    public var depots: [Depot] = []

    public init(depots: [Depot] = []) { self.depots = depots }

    /// Iterations done over all depots.
    public var iterations: Int { depots.reduce(0) { $0 + $1.iterations } }
    /// The budget over all depots, when every depot had one.
    public var iterationBudget: Int? {
        depots.allSatisfy { $0.iterationBudget != nil } ? depots.reduce(0) { $0 + ($1.iterationBudget ?? 0) } : nil
    }
    /// The worst stop over the depots (``StageStop/completed`` when no depot was searched).
    public var stoppedBy: StageStop { depots.map(\.stoppedBy).max { $0.severity < $1.severity } ?? .completed }
}

/// The route search's stopping rule that also says which of its parts fired: a stop request, the
/// clock (`seconds`, counted from the first call), the iteration budget (stops on call
/// `iterations + 1`, as ``MaxIterations``) and ``NoImprovement``. All parts are consulted on every
/// call, so the search's course is the same as with ``FirstOf`` of the same criteria.
struct RecordingStop: StoppingCriterion {
    final class Record: @unchecked Sendable { var reason: StageStop = .completed }

    let record = Record()
    private var clock: MaxRuntime?
    private var budget: MaxIterations?
    private var stale: NoImprovement
    private let isRequested: () -> Bool

    init(seconds: Double?, iterations: Int?, noImprovement: Int, isRequested: @escaping () -> Bool) {
        clock = seconds.map { MaxRuntime(seconds: $0) }
        budget = iterations.map { MaxIterations($0) }
        stale = NoImprovement(noImprovement)
        self.isRequested = isRequested
    }

    mutating func shouldStop(bestCost: Double) -> Bool {
        let requested = isRequested()
        let late = clock?.shouldStop(bestCost: bestCost) ?? false
        let spent = budget?.shouldStop(bestCost: bestCost) ?? false
        let flat = stale.shouldStop(bestCost: bestCost)
        if requested { record.reason = .interrupted }
        else if late { record.reason = .timeLimit }
        else if spent { record.reason = .iterationLimit }
        else if flat { record.reason = .noImprovement }
        else { record.reason = .completed }
        return requested || late || spent || flat
    }

    /// Cuts the local search under way short on a stop request or a passed deadline (never on
    /// the work budget, so clock-free runs are unchanged). Without this the planner's searches
    /// could only stop between iterations, and one education of a large depot took many seconds
    /// after Ctrl-C (issue 11's hang).
    func isInterrupted() -> Bool { isRequested() || (clock?.isInterrupted() ?? false) }
}
