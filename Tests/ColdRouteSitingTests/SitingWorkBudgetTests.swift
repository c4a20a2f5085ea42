import ColdRouteModel
@testable import ColdRouteSiting
import Foundation
import Testing

/// The siting engine is scheduled by work (``SitingWorkBudget``), not by elapsed time: its plan
/// depends on the network, the options and the budget only — the same under load as on an idle
/// machine — and only the time limit or a stop request can cut it short, which the plan records
/// (``SitingWork``).
@Suite struct SitingWorkBudgetTests {
    /// The 120-village county of ``CountyLagrangianTests``: its gap stays open after the root phase,
    /// so the heuristic schedule, the local search and the exact stage all run.
    static func county() throws -> (CountyNetwork, TravelModel) {
        let network = try CountyGenerated.county(villages: 120, depots: 10, agencies: 2, seed: 3)
        return (network, TravelModel(network: network))
    }

    /// A plan without its wall-clock seconds (the one field that may differ between runs).
    static func comparable(_ plan: SitingPlan) -> SitingPlan {
        var plan = plan
        plan.solveSeconds = 0
        return plan
    }

    /// Solves with the Lagrangian tree in place of GLPK's branch-and-cut when `tree` (as for county
    /// models too large for GLPK).
    static func solve(_ network: CountyNetwork, _ travel: TravelModel, _ options: SitingOptions, tree: Bool,
                      stop: StopSignal? = nil) throws -> SitingPlan {
        let model = try SitingModel(instance: SitingInstance(network: network, travel: travel), options: options)
        guard tree else { return try SitingPlanner.solve(model, stop: stop) }
        return try SitingLagrangianSolve(model: model, progress: nil, stop: stop, glpkArcLimit: 0).run()
    }

    @Test("the same network and options give the same plan and work under a CPU hog", arguments: [false, true])
    func samePlanUnderLoad(tree: Bool) throws {
        let (network, travel) = try Self.county()
        // A small tree budget, so that the budget (not the gap) ends the tree: the case a clock used to decide.
        let options = SitingOptions(
            maxNewDepots: 3, timeLimit: .seconds(600), work: SitingWorkBudget(lagrangianIterations: 400, treeNodes: 6))
        let idle = try Self.solve(network, travel, options, tree: tree)
        let busy = try CPUHog.whileBusy { try Self.solve(network, travel, options, tree: tree) }
        #expect(idle.work?.stoppedBy == nil, "\(idle.message ?? "")")
        #expect(Self.comparable(idle) == Self.comparable(busy), "the plan changed under load")
        #expect(idle.work == busy.work)
        #expect(SitingPlanChecker.check(busy, network: network, travel: travel, options: options).isEmpty)
    }

    @Test("each stage keeps to its budget")
    func budgetsBoundTheWork() throws {
        let (network, travel) = try Self.county()
        let budget = SitingWorkBudget(lagrangianIterations: 25, localSearchMoves: 3, treeNodes: 2)
        let plan = try Self.solve(network, travel, SitingOptions(work: budget), tree: true)
        let work = try #require(plan.work)
        #expect(work.lagrangianIterations <= 25 && work.lagrangianIterationBudget == 25)
        #expect(work.localSearchMoves <= 3 && work.localSearchMoveBudget == 3)
        #expect(work.treeNodes <= 2 && work.treeNodeBudget == 2)
        #expect(work.stoppedBy == nil && work.stage == nil)
        #expect(plan.status == .optimal || plan.status == .feasible)
        #expect(SitingPlanChecker.check(plan, network: network, travel: travel, options: SitingOptions(work: budget)).isEmpty)
    }

    @Test("a binding time limit is recorded: stage, work done and the words for it")
    func timeLimitCutIsRecorded() throws {
        let (network, travel) = try Self.county()
        let options = SitingOptions(timeLimit: .milliseconds(1))
        let plan = try SitingPlanner.plan(network: network, travel: travel, options: options)
        let work = try #require(plan.work)
        #expect(work.stoppedBy == .timeLimit)
        #expect(work.stage == .lagrangian)
        #expect(work.lagrangianIterations < work.lagrangianIterationBudget)
        let message = try #require(plan.message)
        #expect(message.contains("stopped by the time limit in the Lagrangian phase after "
            + "\(work.lagrangianIterations) of \(work.lagrangianIterationBudget) iterations"), "\(message)")
        #expect(!plan.interrupted)
    }

    @Test("a stop request is recorded as such, and the plan is marked interrupted")
    func stopRequestIsRecorded() throws {
        let (network, travel) = try Self.county()
        let stop = StopSignal()
        stop.stop()
        let plan = try Self.solve(network, travel, SitingOptions(), tree: false, stop: stop)
        #expect(plan.work?.stoppedBy == .stopRequest)
        #expect(plan.work?.stage == .lagrangian)
        #expect(plan.interrupted)
        #expect(plan.message?.contains("stopped on request in the Lagrangian phase") == true, "\(plan.message ?? "")")
    }

    @Test("the work record is part of the plan's JSON and reads back")
    func workRoundTrips() throws {
        var work = SitingWork(budget: SitingWorkBudget(treeNodes: 9))
        work.treeNodes = 4
        work.cut(.tree, by: .timeLimit)
        work.cut(.branchAndCut, by: .stopRequest)   // the first cut is the one that counts
        #expect(work.summary == "stopped by the time limit in the Lagrangian tree after 4 of 9 nodes")
        let data = try JSONEncoder().encode(work)
        #expect(try JSONDecoder().decode(SitingWork.self, from: data) == work)

        var finished = SitingWork(budget: SitingWorkBudget(treeNodes: 5))
        finished.treeNodes = 5
        let regions = SitingWork.combined([finished, work])
        #expect(regions.treeNodes == 9 && regions.treeNodeBudget == 14)
        #expect(regions.stoppedBy == .timeLimit && regions.stage == .tree)
        #expect(SitingWork.combined([finished, finished]).summary == nil)
    }
}
