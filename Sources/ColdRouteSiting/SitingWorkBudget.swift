/// How much search the siting engine does, counted in units of work — iterations, priced sets,
/// tree nodes — never in seconds, so that the same network and options give the same plan on any
/// machine under any load (see docs/siting-model.md, "Work, not time").
///
/// The caller's time limit (``SitingOptions/timeLimit``) and stop signal are the only clocks: they
/// may end a stage before its budget is spent, and the plan's ``SitingWork`` then says which stage
/// was cut and after how much of its budget. Without a binding time limit every stage either
/// closes the gap or spends exactly its budget, and the plan is the same on every run.
///
/// The defaults are sized for the 2,000-village, 60-depot county of the siting benchmark
/// (`docs/benchmarks.md`, "County siting"): on an unloaded 2-core machine the root phase takes
/// about a third of a 60-s run and the tree the rest, as the earlier time shares did; a loaded
/// machine gets less of the tree done within the same limit, and says so.
public struct SitingWorkBudget: Sendable, Hashable, Codable {
    /// Volume-algorithm iterations of the root Lagrangian phase, over all its restarts.
    public var lagrangianIterations: Int
    /// The heuristic's pricing of open sets during the root phase may cost at most this share of the
    /// relaxation's own work (both counted in arcs swept; see ``pricingArcWeight``).
    public var heuristicShare: Double
    /// Work units one arc of a priced open set counts (a transportation solve over an arc costs about
    /// this many knapsack sweeps over one; 40 was tuned on the 2,000-village county of the benchmark,
    /// where 4 let pricing swamp the relaxation — docs/siting-model.md, "Work, not time").
    public var pricingArcWeight: Double
    /// Open sets the drop/add/swap local search may price.
    public var localSearchMoves: Int
    /// Nodes of the Lagrangian tree (the exact stage of models too large for GLPK).
    public var treeNodes: Int
    /// Volume-algorithm iterations per tree node.
    public var iterationsPerTreeNode: Int

    public init(
        lagrangianIterations: Int = 3000, heuristicShare: Double = 1.0 / 3, pricingArcWeight: Double = 40,
        localSearchMoves: Int = 500, treeNodes: Int = 400, iterationsPerTreeNode: Int = 250
    ) {
        self.lagrangianIterations = lagrangianIterations
        self.heuristicShare = heuristicShare
        self.pricingArcWeight = pricingArcWeight
        self.localSearchMoves = localSearchMoves
        self.treeNodes = treeNodes
        self.iterationsPerTreeNode = iterationsPerTreeNode
    }
}
