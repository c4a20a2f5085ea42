/// Branch-and-bound over the depots' open/closed choices with Lagrangian bounds, for county models
/// too large for GLPK's branch-and-cut (the last stage of ``SitingLagrangianSolve``).
///
/// The root is the Lagrangian phase already run. A node fixes some depots open or closed; its bound
/// is the best `L(λ, μ)` the volume algorithm (``SitingLagrangian/optimize``) reaches with those
/// depots forced, warm-started from the parent's multipliers, and never below the parent's bound
/// (a node's plans are a subset of its parent's). `L` is the bound of the linear relaxation with
/// the node's fixings, so this is LP-based branch-and-bound whose LPs are solved approximately from
/// below — every bound stays valid however far the multipliers are from optimal.
///
/// At each node:
/// 1. the volume algorithm runs until the node's bound reaches the pruning level
///    `UB − max(gap·|UB|, 1e-6)` or `iterationsPerNode` iterations are spent;
/// 2. pruned nodes are done; otherwise the relaxation's averaged depot choice `ȳ` (an estimate of
///    the node's LP solution), rounded, is priced as a plan (the caller's `heuristic`);
/// 3. free depots are fixed for the subtree by Lagrangian probing (``SitingLagrangian/boundForcing``);
///    a probed-away branch's bound joins the pruned floor;
/// 4. nodes whose depots forced open break the new-depot limit or the budget are dropped (the
///    relaxation leaves those rows out); the others branch on the free depot with `ȳ_j` closest
///    to ½, opening side first. A node with no free depot is a single open set: it is priced, and
///    settled by the caller's `exact` LP over every pair when that is small enough to solve, else
///    at its own Lagrangian bound.
///
/// Nodes are explored best-bound first, so the reported global bound — the smallest bound of an
/// open node or of a pruned one — rises as fast as the search allows. The search is scheduled by
/// work alone: it ends when every node is settled or after ``nodeLimit`` nodes, each given at most
/// ``iterationsPerNode`` iterations; ``shouldContinue`` (the caller's deadline) is polled before
/// each node and at each iteration and may end it sooner.
struct SitingLagrangianTree {
    struct Node {
        var forced: [Bool?]
        var lambda: [Double]
        var mu: [Double]
        var bound: Double
    }

    let relaxation: SitingLagrangian
    let relativeGap: Double
    var iterationsPerNode = 250
    /// The most nodes explored (each pop of the open list that gets a bound counts).
    var nodeLimit = Int.max
    /// `false` when a node's fixings break the new-depot limit or the budget (no plan below it).
    let admits: ([Bool?]) -> Bool
    /// The best plan's objective so far.
    let incumbent: () -> Double
    /// Prices an open set proposed by the relaxation (fast, may improve ``incumbent``).
    let heuristic: ([Bool]) -> Void
    /// The optimum of one fully fixed open set (an LP over all its pairs; may improve
    /// ``incumbent``), or `nil` when it is not solved (too large for the time, or out of time).
    let exact: ([Bool]) -> Double?
    /// `false` to stop (the deadline: time limit or stop request).
    let shouldContinue: () -> Bool
    /// Called with the global bound and the nodes explored whenever the bound may have changed.
    let report: (Double, Int) -> Void

    struct Outcome {
        /// The global bound (final when every node was pruned or settled).
        var bound: Double
        /// Nodes explored.
        var nodes: Int
        /// Whether ``shouldContinue`` ended the search before its node limit with nodes left.
        var cutShort: Bool
    }

    private func pruneLevel() -> Double {
        let ub = incumbent()
        return ub - max(relativeGap * abs(ub), 1e-6)
    }

    /// Explores from `root` for at most ``nodeLimit`` nodes, while ``shouldContinue`` allows.
    func run(from root: Node) -> Outcome {
        var open = [root]          // sorted by bound, highest first (popLast takes the lowest)
        var prunedFloor = Double.infinity
        var nodes = 0, cutShort = false
        func globalBound() -> Double { min(open.last?.bound ?? .infinity, prunedFloor) }
        func push(_ node: Node) {
            let at = open.firstIndex { $0.bound < node.bound } ?? open.count
            open.insert(node, at: at)
        }
        while let node = open.popLast() {
            if node.bound >= pruneLevel() { prunedFloor = min(prunedFloor, node.bound); continue }
            guard admits(node.forced) else { continue }
            guard nodes < nodeLimit else { push(node); break }
            guard shouldContinue() else { push(node); cutShort = true; break }
            nodes += 1
            var forced = node.forced
            relaxation.restart(forced: forced, lambda: node.lambda, mu: node.mu)
            relaxation.optimize(
                maxIterations: iterationsPerNode, initialStepFactor: 0.1, upperBound: incumbent
            ) { _, _ in
                guard shouldContinue() else { cutShort = true; return false }
                return max(node.bound, relaxation.bestBound) < pruneLevel()
            }
            let bound = max(node.bound, relaxation.bestBound)
            let estimate = relaxation.openEstimate
            if bound >= pruneLevel() {
                prunedFloor = min(prunedFloor, bound)
                report(globalBound(), nodes)
                continue
            }
            guard forced.contains(where: { $0 == nil }) else {
                // One open set: the LP over all its pairs is its optimum, which settles it; without
                // that LP (too large, or out of time) the node's Lagrangian bound does.
                heuristic(forced.map { $0 == true })
                let value = exact(forced.map { $0 == true })
                prunedFloor = min(prunedFloor, max(bound, value ?? bound))
                report(globalBound(), nodes)
                continue
            }
            relaxation.restoreBest()
            let atBest = relaxation.evaluate()
            heuristic(estimate.indices.map { forced[$0] ?? (estimate[$0] >= 0.5) })
            heuristic(atBest.selected)
            // Probing: a depot whose other state cannot beat the incumbent is fixed for the subtree.
            let level = pruneLevel()
            for j in forced.indices where forced[j] == nil {
                let closedBound = relaxation.boundForcing(j, open: false, in: atBest)
                let openBound = relaxation.boundForcing(j, open: true, in: atBest)
                if closedBound >= level {
                    forced[j] = true; prunedFloor = min(prunedFloor, closedBound)
                } else if openBound >= level {
                    forced[j] = false; prunedFloor = min(prunedFloor, openBound)
                }
            }
            let child = Node(forced: forced, lambda: relaxation.bestLambda, mu: relaxation.bestMu, bound: bound)
            let free = forced.indices.filter { forced[$0] == nil }
            if let j = free.min(by: { abs(estimate[$0] - 0.5) < abs(estimate[$1] - 0.5) }) {
                var closed = child, opened = child
                closed.forced[j] = false
                opened.forced[j] = true
                push(closed)
                push(opened)
            } else {
                push(child)   // every depot probed: one open set, settled next
            }
            report(globalBound(), nodes)
        }
        return Outcome(bound: globalBound(), nodes: nodes, cutShort: cutShort)
    }
}
