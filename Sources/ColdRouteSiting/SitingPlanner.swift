import ColdRouteModel
import GLPK

/// Plans depot siting for a network: compiles it, builds the MIP, solves it with GLPK and reads
/// the answer back as a ``SitingPlan``.
public enum SitingPlanner {
    /// Progress of the branch-and-cut search, forwarded from GLPK.
    public typealias Progress = @Sendable (MIPProgress) -> Void

    /// Plans siting for a valid `network`. Runs synchronously on the calling thread.
    ///
    /// Infeasible options and time limits are results (``SitingPlan/Status``), not errors;
    /// this throws only for contradictory options (``SitingError``) or a solver failure.
    /// When `stop` is set the search winds down and returns its best plan so far with
    /// ``SitingPlan/interrupted`` set (see ``solve(_:progress:stop:)``).
    public static func plan(
        network: CountyNetwork, travel: TravelModel, options: SitingOptions = .init(), progress: Progress? = nil,
        stop: StopSignal? = nil
    ) throws -> SitingPlan {
        let started = ContinuousClock.now   // compiling the instance counts against the time limit
        let instance = SitingInstance(network: network, travel: travel)
        let model = try SitingModel(instance: instance, options: options)
        return try solve(model, progress: progress, stop: stop, startedAt: started)
    }

    /// Solves an already built model: multi-sourced models without a low-income target by the
    /// Lagrangian engine (``SitingLagrangianSolve``: bounds, heuristic plans, fixing, then GLPK on the
    /// reduced model), the others by GLPK branch-and-cut on the whole model.
    ///
    /// What is computed is decided by work budgets (``SitingOptions/work``), never by elapsed time;
    /// the time limit and `stop` are the only clocks. Both are polled by every stage that can stop
    /// early: each volume-algorithm iteration, priced set, local-search move and tree node, and
    /// GLPK's branch-and-cut (``SolveOptions/shouldStop``). GLPK's simplex sees a stop only at its
    /// progress lines (every 0.2 s in our simplex calls), so the answer can take that long; a MIP's
    /// presolve and root LP are not waited for (the solve runs on a thread of its own, which a stop
    /// before branch-and-cut leaves behind). Once stopped, the plan is the best incumbent with
    /// its honest bound and gap (status `feasible`, or `optimal` if the gap closed anyway), or
    /// `noSolution` if none was found, with ``SitingPlan/interrupted`` set on a stop request; its
    /// ``SitingPlan/work`` names the stage cut short, and its message says so in words ("stopped by
    /// the time limit in the Lagrangian tree after 212 of 400 nodes").
    ///
    /// The model's time limit counts from `startedAt` (default: now), so a caller can count the
    /// building of the model against it.
    public static func solve(
        _ model: SitingModel, progress: Progress? = nil, stop: StopSignal? = nil,
        startedAt: ContinuousClock.Instant = .now
    ) throws -> SitingPlan {
        let instance = model.instance
        if let unreachable = unreachableTarget(model) {
            return emptyPlan(instance, status: .infeasible, seconds: 0, message: unreachable)
        }
        var plan = SitingLagrangianSolve.applies(to: model)
            ? try SitingLagrangianSolve(model: model, progress: progress, stop: stop, started: startedAt).run()
            : try solveDirect(model, progress: progress, stop: stop, startedAt: startedAt)
        if stop?.isStopped == true, plan.status != .optimal {
            plan.interrupted = true
            if plan.status == .noSolution { plan.message = "interrupted before any plan was found" }
        }
        if plan.status != .optimal, let summary = plan.work?.summary {
            plan.message = [plan.message, summary].compactMap { $0 }.joined(separator: "; ")
        }
        return plan
    }

    /// The whole MIP straight to GLPK branch-and-cut (single-sourcing and low-income targets, whose
    /// open-set problems are not linear programs; tests compare it with the Lagrangian engine).
    static func solveDirect(
        _ model: SitingModel, progress: Progress? = nil, stop: StopSignal? = nil, startedAt: ContinuousClock.Instant = .now
    ) throws -> SitingPlan {
        let instance = model.instance
        var solveOptions = SolveOptions()
        solveOptions.timeLimit = model.options.timeLimit.map { max(.zero, $0 - (ContinuousClock.now - startedAt)) }
        solveOptions.relativeGap = model.options.relativeGap
        solveOptions.progress = progress
        if let stop { solveOptions.shouldStop = { stop.isStopped } }
        let solution = try Solver.solve(model.model, options: solveOptions)
        let seconds = solution.elapsed.seconds
        var work = SitingWork()
        switch solution.stopReason {
        case .timeLimit: work.cut(.branchAndCut, by: .timeLimit)
        case .terminated: work.cut(.branchAndCut, by: .stopRequest)
        case .solved, .gapReached: break
        }
        var plan: SitingPlan
        switch solution.status {
        case .infeasible, .unbounded:
            plan = emptyPlan(instance, status: .infeasible, seconds: seconds, message:
                "no plan meets the limits together (new-depot limit, budget, forced sites, coverage target)")
        case .noSolution:
            plan = emptyPlan(instance, status: .noSolution, seconds: seconds, message:
                "the time limit ran out before any plan was found; allow more time")
        case .optimal, .feasible:
            plan = SitingPlanReader(model: model, solution: solution, seconds: seconds).plan
        }
        plan.work = work
        return plan
    }

    /// A low-income target above what any siting can reach, explained up front (the MIP would only
    /// say "infeasible").
    static func unreachableTarget(_ model: SitingModel) -> String? {
        guard let target = model.options.minLowIncomeCoverage else { return nil }
        let instance = model.instance
        let network = instance.network
        var reachable = Array(repeating: true, count: network.villages.count)
        var hasSupply = Array(repeating: false, count: network.villages.count)
        for (k, item) in instance.items.enumerated() {
            hasSupply[item.village] = true
            let servable = instance.verdicts[k].enumerated().contains { j, verdict in
                verdict.arc != nil && !model.options.forceClosed.contains(network.depots[j].id)
            }
            if !servable { reachable[item.village] = false }
        }
        let villages = network.villages.indices.filter { hasSupply[$0] }
        let total = villages.reduce(0) { $0 + network.villages[$1].lowIncomeHouseholds }
        let best = villages.filter { reachable[$0] }.reduce(0) { $0 + network.villages[$1].lowIncomeHouseholds }
        guard total > 0, Double(best) < target * Double(total) - 1e-9 else { return nil }
        return "the low-income target of \(percent(target)) cannot be met: even with every depot open, "
            + "only \(best) of \(total) low-income households (\(percent(Double(best) / Double(total)))) "
            + "live in villages whose produce can reach cold storage within its shelf life"
    }

    static func emptyPlan(_ instance: SitingInstance, status: SitingPlan.Status, seconds: Double, message: String)
        -> SitingPlan
    {
        let coverage = SitingPlanReader.coverage(instance: instance, uncoveredShare: instance.items.map { _ in 1 })
        return SitingPlan(
            network: instance.network.name, status: status, objective: nil, bound: nil, gap: nil,
            solveSeconds: seconds, message: message, openDepots: [], assignments: [], fleet: [], uncovered: [],
            cost: CostBreakdown(), coverage: coverage)
    }

    static func percent(_ share: Double) -> String {
        let tenths = (share * 1000).rounded() / 10
        return "\(tenths)%"
    }
}
