import ColdRouteModel
import GLPK

/// The facility-location engine's method applied to the county model (see docs/siting-model.md,
/// "Solving"): Lagrangian bounds and heuristic plans, fixing of depots by the bound, then an exact
/// search — GLPK branch-and-cut on the reduced model, or a Lagrangian tree for models too large
/// for GLPK.
///
/// 1. ``SitingLagrangian`` (cover and fleet rows relaxed) by the volume algorithm, restarted while it
///    gains, for at most ``SitingWorkBudget/lagrangianIterations`` iterations in all; every fifth
///    iteration the rounded LP estimate `ȳ` and the relaxed choice of depots (trimmed to the new-depot
///    limit and budget) are priced fast by ``SitingPricedAssignment`` while that pricing has cost at
///    most ``SitingWorkBudget/heuristicShare`` of the relaxation's work (both counted in arcs swept);
///    a drop/add/swap local search ranked by the depot values `v_j` (at most
///    ``SitingWorkBudget/localSearchMoves`` priced sets) improves the best set, which (for models
///    GLPK takes) is then priced by ``SitingOpenSetEvaluator``'s LP.
/// 2. Lagrangian probing against the best plan `UB`: a free depot is fixed closed when the bound with
///    it open exceeds `UB − ε`, open when the bound with it closed does (`ε = 1e-9·max(1, |UB|)`).
/// 3. If the gap is still open: with at most ``glpkArcLimit`` arcs left, ``SitingModel`` reduced by
///    the fixings (fixed depots lose their link rows, closed ones their arcs) goes to GLPK with the
///    best plan as its starting solution; larger models go to ``SitingLagrangianTree``
///    (branch-and-bound over the depots with Lagrangian bounds, at most
///    ``SitingWorkBudget/treeNodes`` nodes).
///
/// Every stage is scheduled by work, never by elapsed time: without a binding time limit the same
/// model gives the same plan on any machine. The deadline (``SitingDeadline``: the time limit and the
/// ``StopSignal``) is polled at every volume-algorithm iteration, priced set, local-search move and
/// tree node, before each LP, and in GLPK's branch-and-cut; once it has passed, no stage starts, the
/// best plan so far is returned, and ``SitingPlan/work`` records the stage it cut. A single LP
/// sees a stop only at its progress lines, every 0.2 s (see docs/siting-model.md, "Stopping early").
///
/// Honest bound: a plan violating a fixing costs more than `UB − ε`, so the reported bound is
/// `min(best bound of the restricted problem, smallest UB − ε at which something was fixed)`.
/// Used for multi-sourced models without a low-income target (their open-set problem is an LP).
struct SitingLagrangianSolve {
    let model: SitingModel
    let progress: SitingPlanner.Progress?
    /// Polled between units of work; once set, no new stage starts and the best plan so far is returned.
    var stop: StopSignal?
    /// When the time limit started counting (before the model was built, for a caller that counts it).
    var started = ContinuousClock.now

    /// The most arcs (of depots not fixed closed) for which the reduced model goes to GLPK; larger
    /// models go to the Lagrangian tree (``SitingLagrangianTree``). GLPK's root LP on a county-sized
    /// model (hundreds of thousands of arcs) takes minutes and cannot be stopped in time.
    var glpkArcLimit = 40_000
    /// The most arcs of an open set whose LP over every pair settles a tree leaf (a county-sized
    /// set's LP takes GLPK most of a minute; larger leaves are settled at their Lagrangian bound).
    var leafLPArcLimit = 40_000

    static func applies(to model: SitingModel) -> Bool {
        !model.options.singleSource && model.options.minLowIncomeCoverage == nil && !model.instance.items.isEmpty
            && !model.instance.arcs.isEmpty
    }

    // swiftlint:disable:next function_body_length cyclomatic_complexity
    func run() throws -> SitingPlan {
        let options = model.options, budget = options.work
        let deadline = SitingDeadline(start: started, limit: options.timeLimit, stop: stop)
        var work = SitingWork(budget: budget)
        let large = model.instance.arcs.count > glpkArcLimit
        // Under a time limit too short for the whole root budget, the root phase and the local
        // search end at this share of the limit, so the exact stage (GLPK or the tree) keeps the
        // rest; the plan then records the time limit as what cut them. Without a limit, or when the
        // budget is spent first, only work decides.
        let rootShare = large ? 0.45 : 0.8
        let network = model.instance.network
        let relaxation = SitingLagrangian(
            instance: model.instance, forced: SitingModel.depotStates(network: network, options: options, fixed: nil))
        let evaluator = SitingOpenSetEvaluator(model: model)
        var exactEvaluator = evaluator
        exactEvaluator.pairsPerItem = .max   // every pair: the set's true optimum
        var arcsOfDepot = [Int](repeating: 0, count: network.depots.count)
        for arc in model.instance.arcs { arcsOfDepot[arc.depot] += 1 }
        var incumbent: SitingOpenSetEvaluator.Result?
        var fixingFloor = Double.infinity
        var treeBound: Double?   // the Lagrangian tree's global bound, once it runs
        var ranking = relaxation.fixedCost
        func bound() -> Double { min(treeBound ?? relaxation.bestBound, fixingFloor) }
        func gapClosed() -> Bool {
            guard let ub = incumbent?.objective else { return false }
            return ub - bound() <= max(options.relativeGap * abs(ub), 1e-6)
        }
        var lastReport = Duration.zero
        func report(newIncumbent: Bool) {
            guard let progress else { return }
            let ub = incumbent?.objective, lb = bound()
            progress(MIPProgress(
                incumbent: ub, bound: lb.isFinite ? lb : nil,
                relativeGap: ub.map { abs($0 - lb) / (abs($0) + .ulpOfOne) }, elapsed: deadline.elapsed,
                nodes: work.treeNodes, activeNodes: 0, isNewIncumbent: newIncumbent))
        }
        /// Progress at most twice a second (the clock decides only when to tell, not what to do).
        func reportNow() {
            let now = deadline.elapsed
            if now - lastReport >= .milliseconds(500) { lastReport = now; report(newIncumbent: false) }
        }
        /// Whether `open` keeps the new-depot limit and the budget.
        func withinLimits(_ open: [Bool]) -> Bool {
            let new = open.indices.filter { open[$0] && network.depots[$0].status == .candidate }
            let cost = new.reduce(0.0) { $0 + network.depots[$1].openingCostPerDay.value }
            return (options.maxNewDepots.map { new.count <= $0 } ?? true)
                && (options.budgetPerDay.map { cost <= $0.value + 1e-9 } ?? true)
        }
        /// `open` with the forced depots set and, while a limit is broken, the worst-ranked free new
        /// depots closed; `nil` when the depots forced open already break a limit.
        func admissible(_ open: [Bool]) -> [Bool]? {
            var open = open
            for j in open.indices where relaxation.forced[j] != nil { open[j] = relaxation.forced[j]! }
            let newOpen = open.indices.filter { open[$0] && network.depots[$0].status == .candidate }
                .sorted { ranking[$0] > ranking[$1] || (ranking[$0] == ranking[$1] && $0 < $1) }
            var count = newOpen.count
            var cost = newOpen.reduce(0.0) { $0 + network.depots[$1].openingCostPerDay.value }
            for j in newOpen where relaxation.forced[j] == nil {
                let overCount = options.maxNewDepots.map { count > $0 } ?? false
                let overBudget = options.budgetPerDay.map { cost > $0.value + 1e-9 } ?? false
                guard overCount || overBudget else { break }
                open[j] = false; count -= 1; cost -= network.depots[j].openingCostPerDay.value
            }
            return withinLimits(open) ? open : nil
        }
        let priced = SitingPricedAssignment(model: model)
        var pricedSets = Set<[Bool]>()
        var pricingWork = 0.0   // arcs of the sets priced, weighted (see SitingWorkBudget.pricingArcWeight)
        /// Prices `proposal` fast (fleet time at the current multipliers, then repaired), once per set.
        @discardableResult
        func tryPriced(_ proposal: [Bool]) -> Bool {
            guard let open = admissible(proposal), pricedSets.insert(open).inserted else { return false }
            pricingWork += budget.pricingArcWeight * Double(open.indices.reduce(0) { $0 + (open[$1] ? arcsOfDepot[$1] : 0) })
            guard let result = priced.plan(open: open, prices: relaxation.minutePrices, shouldContinue: { !deadline.hasPassed }),
                  result.objective < (incumbent?.objective ?? .infinity) - 1e-9 * max(1, abs(result.objective))
            else { return false }
            incumbent = result
            report(newIncumbent: true)
            return true
        }
        /// Prices `open` by ``SitingOpenSetEvaluator``'s LP (over every pair when `exact`); returns its
        /// optimum — with `exact`, the open set's true optimum — or `nil` if the deadline came first.
        @discardableResult
        func priceByLP(_ open: [Bool], exact: Bool = false) -> Double? {
            var stopRequested: (@Sendable () -> Bool)?
            if let stop = deadline.stop { stopRequested = { stop.isStopped } }
            guard !deadline.hasPassed,
                  let result = (exact ? exactEvaluator : evaluator).evaluate(
                      open, timeLimit: deadline.remaining, shouldStop: stopRequested)
            else { return nil }
            if result.objective < (incumbent?.objective ?? .infinity) - 1e-9 * max(1, abs(result.objective)) {
                incumbent = result
                report(newIncumbent: true)
            }
            return result.objective
        }
        func fix(_ e: SitingLagrangian.Evaluation) {
            guard let ub = incumbent?.objective, e.bound.isFinite else { return }
            let slack = 1e-9 * max(1, abs(ub))
            guard e.bound <= ub - slack else { return }
            var changed = false
            for j in 0..<relaxation.depotCount where relaxation.forced[j] == nil {
                if relaxation.boundForcing(j, open: false, in: e) > ub - slack {
                    relaxation.forced[j] = true; changed = true
                } else if relaxation.boundForcing(j, open: true, in: e) > ub - slack {
                    relaxation.forced[j] = false; changed = true
                }
            }
            if changed { fixingFloor = min(fixingFloor, ub - slack) }
        }

        // 1–2. The volume algorithm with the heuristic and fixing, from the plan with every allowed
        // depot open (uncovered supply is priced at its value, so this is a fair first bound to aim
        // at). The heuristic's pricing is held to its share of the relaxation's work, both in arcs.
        let allAllowed = relaxation.forced.map { $0 != false }
        tryPriced(allAllowed)
        pricingWork = 0
        var relaxationWork = 0.0
        // The volume algorithm ends when its step factor has shrunk away; it restarts from the best
        // multipliers (a fresh averaged direction) while that still gains and iterations are left.
        var previous = -Double.infinity
        repeat {
            previous = relaxation.bestBound
            relaxation.restoreBest()
            work.lagrangianIterations += relaxation.optimize(
                maxIterations: budget.lagrangianIterations - work.lagrangianIterations,
                initialStepFactor: previous.isFinite ? 0.1 : 0.5,
                upperBound: { incumbent?.objective ?? .infinity }
            ) { e, it in
                relaxationWork += Double(arcsOfDepot.indices.reduce(0) {
                    $0 + (relaxation.forced[$1] != false ? arcsOfDepot[$1] : 0)
                })
                if it % 5 == 0, pricingWork <= budget.heuristicShare * relaxationWork {
                    tryPriced(relaxation.openEstimate.map { $0 >= 0.5 })
                    tryPriced(e.selected)
                }
                if it % 10 == 0 { fix(e) }
                reportNow()
                return !gapClosed() && !deadline.hasPassed && !deadline.hasUsed(rootShare)
            }
        } while !gapClosed() && !deadline.hasPassed && !deadline.hasUsed(rootShare)
            && work.lagrangianIterations < budget.lagrangianIterations
            && relaxation.bestBound - previous > 2e-5 * max(1, abs(relaxation.bestBound))
        if !gapClosed(), work.lagrangianIterations < budget.lagrangianIterations {
            work.cut(.lagrangian, by: deadline.cause ?? (deadline.hasUsed(rootShare) ? .timeLimit : nil))
        }
        relaxation.restoreBest()
        var atBest = relaxation.evaluate()
        ranking = atBest.depotValues
        // After a stop or a passed deadline, price one more set only if there is no plan yet: one
        // pricing of a 2,000-village county is many seconds in a debug build (issue 11, stop latency).
        if incumbent == nil || !deadline.hasPassed { tryPriced(atBest.selected) }
        fix(atBest)
        // Drop/add/swap local search around the best set (fast pricing), the most promising moves
        // first: single drops and adds among the six best-ranked candidates, then swaps among four.
        var improved = true
        while improved, !gapClosed(), work.localSearchMoves < budget.localSearchMoves, let best = incumbent {
            if deadline.hasPassed || deadline.hasUsed(rootShare) {
                work.cut(.localSearch, by: deadline.cause ?? .timeLimit)
                break
            }
            improved = false
            let open = model.open.map { best.values[$0.index] > 0.5 }
            let free = open.indices.filter { relaxation.forced[$0] == nil }
            let adds = Array(free.filter { !open[$0] }.sorted { ranking[$0] < ranking[$1] }.prefix(6))
            let drops = Array(free.filter { open[$0] }.sorted { ranking[$0] > ranking[$1] }.prefix(6))
            let moves = (drops + adds).map { [$0] } + drops.prefix(4).flatMap { d in adds.prefix(4).map { [d, $0] } }
            for move in moves where work.localSearchMoves < budget.localSearchMoves {
                if deadline.hasPassed || deadline.hasUsed(rootShare) { improved = true; break }   // cut: the round is unfinished
                var next = open
                for j in move { next[j].toggle() }
                work.localSearchMoves += 1
                if tryPriced(next) { improved = true; break }
            }
        }
        // The LP price of the best set; not for large models, where the LP takes long and the tree
        // does better with the time.
        if !large, let best = incumbent, !gapClosed(), !deadline.hasPassed {
            if let open = admissible(model.open.map { best.values[$0.index] > 0.5 }), priceByLP(open) == nil {
                work.cut(.openSetLP, by: deadline.cause)
            }
        }
        atBest = relaxation.evaluate()
        fix(atBest)
        report(newIncumbent: false)
        let useTree = model.instance.arcs.count { relaxation.forced[$0.depot] != false } > glpkArcLimit
        if !gapClosed() { work.cut(useTree ? .tree : .branchAndCut, by: deadline.cause) }

        // 3a. Too large for GLPK: Lagrangian branch-and-bound over the depots, to its node budget.
        if !gapClosed(), !deadline.hasPassed, useTree {
            let rootForced = relaxation.forced
            var tree = SitingLagrangianTree(
                relaxation: relaxation, relativeGap: options.relativeGap,
                admits: { forced in withinLimits(forced.map { $0 == true }) },
                incumbent: { incumbent?.objective ?? .infinity },
                heuristic: { tryPriced($0) },
                exact: { open in
                    model.instance.arcs.count { open[$0.depot] } <= leafLPArcLimit ? priceByLP(open, exact: true) : nil
                },
                shouldContinue: { !deadline.hasPassed },
                report: { globalBound, nodes in
                    treeBound = globalBound
                    work.treeNodes = nodes
                    reportNow()
                })
            tree.nodeLimit = budget.treeNodes
            tree.iterationsPerNode = budget.iterationsPerTreeNode
            treeBound = relaxation.bestBound
            let outcome = tree.run(from: .init(
                forced: rootForced, lambda: relaxation.bestLambda, mu: relaxation.bestMu, bound: relaxation.bestBound))
            treeBound = outcome.bound
            work.treeNodes = outcome.nodes
            if outcome.cutShort, !gapClosed() { work.cut(.tree, by: deadline.cause) }
            relaxation.forced = rootForced
        }

        // 3b. Otherwise GLPK branch-and-cut on the reduced model. Its bound holds for the restricted
        // problem, hence (like the Lagrangian one) for the whole problem below the fixing floor.
        var glpkBound = -Double.infinity
        if !gapClosed(), !useTree, !deadline.hasPassed {
            let reduced = try SitingModel(instance: model.instance, options: options, reducedBy: relaxation.forced)
            var solveOptions = SolveOptions()
            solveOptions.timeLimit = deadline.remaining
            solveOptions.relativeGap = options.relativeGap
            if let stop { solveOptions.shouldStop = { stop.isStopped } }
            if let incumbent, reduced.model.isFeasible(incumbent.values) {
                solveOptions.startingSolution = incumbent.values
            }
            let floor = fixingFloor, lagrangian = relaxation.bestBound, offset = deadline.elapsed
            if let progress {
                solveOptions.progress = { p in
                    let lb = min(max(lagrangian, p.bound ?? -.infinity), floor)
                    progress(MIPProgress(
                        incumbent: p.incumbent, bound: lb.isFinite ? lb : nil,
                        relativeGap: p.incumbent.map { abs($0 - lb) / (abs($0) + .ulpOfOne) },
                        elapsed: offset + p.elapsed, nodes: p.nodes, activeNodes: p.activeNodes,
                        isNewIncumbent: p.isNewIncumbent))
                }
            }
            let solution = try Solver.solve(reduced.model, options: solveOptions)
            if let objective = solution.objective, objective < (incumbent?.objective ?? .infinity) - 1e-9,
               solution.status == .optimal || solution.status == .feasible {
                incumbent = SitingOpenSetEvaluator.Result(values: solution.values, objective: objective)
            }
            switch solution.status {
            case .infeasible: glpkBound = fixingFloor
            case .optimal, .feasible, .noSolution: glpkBound = min(solution.bound ?? -.infinity, fixingFloor)
            case .unbounded: break
            }
            switch solution.stopReason {
            case .timeLimit: work.cut(.branchAndCut, by: .timeLimit)
            case .terminated: work.cut(.branchAndCut, by: .stopRequest)
            case .solved, .gapReached: break
            }
        }

        let seconds = deadline.elapsed.seconds
        guard let incumbent else {
            var plan = SitingPlanner.emptyPlan(model.instance, status: .noSolution, seconds: seconds, message:
                "the time limit ran out before any plan was found; allow more time")
            plan.work = work
            return plan
        }
        let lb = min(max(bound(), glpkBound), incumbent.objective)
        let gap = abs(incumbent.objective - lb) / (abs(incumbent.objective) + .ulpOfOne)
        let closed = incumbent.objective - lb <= max(options.relativeGap * abs(incumbent.objective), 1e-6)
        if closed { work.stoppedBy = nil; work.stage = nil }
        var plan = SitingPlanReader(model: model, values: incumbent.values, objective: incumbent.objective, bound: lb,
                                    gap: gap, optimal: closed, seconds: seconds).plan
        plan.work = work
        return plan
    }
}
