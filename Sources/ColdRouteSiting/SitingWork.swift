/// The work a siting run did against its ``SitingWorkBudget``, and whether a clock cut it short.
///
/// Part of the plan (and of its JSON): without a binding time limit it is the same on every run.
/// When the time limit or a stop request ended a stage before its budget was spent, ``stoppedBy``
/// and ``stage`` say so and ``summary`` puts it in words, e.g. "stopped by the time limit in the
/// Lagrangian tree after 212 of 400 nodes".
public struct SitingWork: Hashable, Sendable, Codable {
    /// What ended a stage before its budget.
    public enum Cause: String, Hashable, Sendable, Codable {
        case timeLimit, stopRequest
    }

    /// The engine's stages, in the order they run.
    public enum Stage: String, Hashable, Sendable, Codable {
        /// The root volume algorithm with the Lagrangian heuristic and fixing.
        case lagrangian
        /// The drop/add/swap local search around the best set.
        case localSearch
        /// The LP price of one open set (``SitingOpenSetEvaluator``).
        case openSetLP
        /// Branch-and-bound over the depots with Lagrangian bounds (``SitingLagrangianTree``).
        case tree
        /// GLPK branch-and-cut (the reduced model, or the whole model for single-sourcing).
        case branchAndCut
    }

    public var lagrangianIterations = 0
    public var lagrangianIterationBudget = 0
    public var localSearchMoves = 0
    public var localSearchMoveBudget = 0
    public var treeNodes = 0
    public var treeNodeBudget = 0
    /// `nil` when every stage ran to its budget or closed the gap.
    public var stoppedBy: Cause?
    /// The stage that was cut short.
    public var stage: Stage?

    public init() {}

    init(budget: SitingWorkBudget) {
        lagrangianIterationBudget = budget.lagrangianIterations
        localSearchMoveBudget = budget.localSearchMoves
        treeNodeBudget = budget.treeNodes
    }

    /// Records that `cause` cut `stage` short (the first cut is the one that counts).
    mutating func cut(_ stage: Stage, by cause: Cause?) {
        guard stoppedBy == nil, let cause else { return }
        stoppedBy = cause
        self.stage = stage
    }

    /// The work of several runs together (regions of one network): counts and budgets add up; the
    /// first run a clock cut names the cause and stage.
    public static func combined(_ works: [SitingWork]) -> SitingWork {
        var total = SitingWork()
        for w in works {
            total.lagrangianIterations += w.lagrangianIterations
            total.lagrangianIterationBudget += w.lagrangianIterationBudget
            total.localSearchMoves += w.localSearchMoves
            total.localSearchMoveBudget += w.localSearchMoveBudget
            total.treeNodes += w.treeNodes
            total.treeNodeBudget += w.treeNodeBudget
            if let stage = w.stage { total.cut(stage, by: w.stoppedBy) }
        }
        return total
    }

    /// "stopped by the time limit in the Lagrangian tree after 212 of 400 nodes", or `nil` when no
    /// clock cut the run.
    public var summary: String? {
        guard let stoppedBy, let stage else { return nil }
        let by = stoppedBy == .timeLimit ? "stopped by the time limit" : "stopped on request"
        switch stage {
        case .lagrangian:
            return "\(by) in the Lagrangian phase after \(lagrangianIterations) of \(lagrangianIterationBudget) iterations"
        case .localSearch:
            return "\(by) in the local search after \(localSearchMoves) of \(localSearchMoveBudget) moves"
        case .openSetLP:
            return "\(by) while pricing the best depot set by LP"
        case .tree:
            return "\(by) in the Lagrangian tree after \(treeNodes) of \(treeNodeBudget) nodes"
        case .branchAndCut:
            return "\(by) in GLPK branch-and-cut"
        }
    }
}
