/// Hybrid genetic search (HGS) for the vehicle routing problem with time windows, capacities,
/// shift limits, shelf lives (max ride time to the end depot), a limited heterogeneous fleet and
/// optional clients.
///
/// T. Vidal, T.G. Crainic, M. Gendreau & C. Prins, Operations Research 60 (2012) 611–624 and
/// Computers & OR 40 (2013) 475–489; T. Vidal, "Hybrid genetic search for the CVRP: open-source
/// implementation and SWAP* neighborhood", Computers & OR 140 (2022) 105643; N.A. Wouda,
/// L. Lan & W. Kool, "PyVRP: a high-performance VRP solver package", INFORMS J. Computing (2024).
///
/// Each iteration selects two parents by binary tournament on biased fitness, recombines them
/// with ``SelectiveRouteExchange`` (better of two children after greedy repair), educates the
/// child with ``LocalSearch`` under adaptive penalties (``PenaltyManager``), repairs infeasible
/// children with boosted penalties with probability `repairProbability`, and inserts the
/// result into the ``Population``. After `restartAfter` iterations without improvement the
/// population is rebuilt. One iteration costs one local search, roughly O(n·g·passes).
public struct HybridGeneticSearch: Sendable {
    /// Tuning knobs; defaults follow PyVRP.
    public struct Parameters: Sendable {
        public var minimumPopulation = 25
        public var generationSize = 40
        public var eliteCount = 4
        public var closeCount = 5
        public var granularity = 40
        /// Longest segment moved by Or-opt and cross-exchange (2 = PyVRP's default operator set;
        /// 3 adds Or-opt of three clients and (3, m) exchanges, about 1.5× slower for no gain on Solomon).
        public var maxSegmentLength = 2
        public var repairProbability = 0.8
        public var repairBooster = 10.0
        public var restartAfter = 20_000
        public var routePoolCapacity = 20_000
        /// Routes join the pool from feasible solutions within this share of the best.
        public var routePoolTolerance = 0.03
        public init() {}
    }

    public let instance: RoutingInstance
    public var parameters: Parameters

    public init(instance: RoutingInstance, parameters: Parameters = Parameters()) {
        self.instance = instance
        self.parameters = parameters
    }

    /// Searches until `stop` says so and returns the best solution found. At least one solution
    /// is built whatever `stop` says; its education (local search) is cut short too when `stop`
    /// interrupts (a stop request or a passed deadline), so a Ctrl-C during the first education of a
    /// large instance ends the search within one client's moves instead of after a whole local
    /// search (issue 11: 9 depots of a 150-village county took 37 s after Ctrl-C in a debug build).
    /// The caller repairs an infeasible result (`RouteRepair`).
    ///
    /// `initial`: solutions to start from (routes as vehicle type and client nodes, a depot node
    /// between two trips), e.g. the routes of an earlier search over the same clients. Each is
    /// completed (clients it misses are inserted where they cost least, clients the instance does
    /// not have are dropped), educated and put in the first population before the constructed
    /// ones, so the result is never worse than a feasible start. Without it the search is the same
    /// as before, draw for draw.
    public func solve(stop: some StoppingCriterion, initial: [[(type: Int, visits: [Int])]] = [],
                      using rng: inout some RandomNumberGenerator) -> RoutingResult {
        var stop = stop
        let clock = ContinuousClock(), began = clock.now
        var penalties = PenaltyManager(instance: instance)
        let ls = LocalSearch(instance: instance, evaluator: penalties.evaluator,
                             neighbours: Neighbourhood.granular(instance, size: parameters.granularity),
                             maxSegmentLength: parameters.maxSegmentLength)
        // Interrupt the local search when the deadline passes or a stop is requested, the first
        // education included: the solution the local search holds is complete at every step.
        ls.isInterrupted = { stop.isInterrupted() }
        var popParameters = Population.Parameters()
        popParameters.minimumSize = parameters.minimumPopulation
        popParameters.generationSize = parameters.generationSize
        popParameters.eliteCount = parameters.eliteCount
        popParameters.closeCount = parameters.closeCount
        var population = Population(parameters: popParameters, clients: instance.clientNodes)
        var pool = RoutePool(capacity: parameters.routePoolCapacity, tolerance: parameters.routePoolTolerance)
        let crossover = SelectiveRouteExchange(instance: instance)
        var best: Individual? = nil
        var bestInfeasible: Individual? = nil
        var iterations = 0, sinceImprovement = 0

        func consider(_ ind: Individual) {
            if ind.isFeasible {
                pool.offer(ls, objective: ind.objective, best: best?.objective ?? .infinity)
                if best == nil || ind.objective < best!.objective - 1e-9 { best = ind; sinceImprovement = 0 }
            } else if bestInfeasible == nil || ind.penalisedCost(penalties.evaluator) < bestInfeasible!.penalisedCost(penalties.evaluator) {
                bestInfeasible = ind
            }
        }
        func educate(_ routes: [(type: Int, visits: [Int])]) {
            ls.evaluator = penalties.evaluator
            ls.load(routes)
            ls.run(using: &rng)
            let ind = Individual(from: ls)
            penalties.register(ind)
            population.add(ind, penalties.evaluator)
            consider(ind)
            if !ind.isFeasible && Double.random(in: 0..<1, using: &rng) < parameters.repairProbability {
                ls.evaluator = penalties.evaluator.boosted(by: parameters.repairBooster)
                ls.reprice()
                ls.run(using: &rng)
                ls.evaluator = penalties.evaluator
                ls.reprice()
                let repaired = Individual(from: ls)
                if repaired.isFeasible { population.add(repaired, penalties.evaluator); consider(repaired) }
            }
        }
        func seedPopulation() {
            for _ in 0..<parameters.minimumPopulation {
                // Always one educated solution, even when asked to stop at once (the criterion is
                // still consulted, so iteration counts are as before).
                if stop.shouldStop(bestCost: best?.objective ?? .infinity), best != nil || bestInfeasible != nil { return }
                educate(Construction.routes(instance, using: &rng))
            }
        }

        // Starting solutions do not count as iterations (the criterion is only polled for an interruption).
        for start in initial {
            if stop.isInterrupted(), best != nil || bestInfeasible != nil { break }
            let routes = completed(start, ls, penalties.evaluator, using: &rng)
            // The start itself too, before its education: under the penalties the local search may
            // leave a feasible start for a cheaper infeasible one whose repair costs more.
            let asGiven = Individual(from: ls)
            if asGiven.isFeasible { population.add(asGiven, penalties.evaluator); consider(asGiven) }
            educate(routes)
        }
        seedPopulation()
        while population.count > 0 && !stop.shouldStop(bestCost: best?.objective ?? .infinity) {
            iterations += 1
            sinceImprovement += 1
            if sinceImprovement > parameters.restartAfter {
                population.clear()
                if let b = best { population.add(b, penalties.evaluator) }
                sinceImprovement = 0
                seedPopulation()
                continue
            }
            let (a, b) = population.selectParents(penalties.evaluator, using: &rng)
            let (c1, c2) = crossover.children(a, b, using: &rng)
            educate(betterChild(c1, c2, ls, penalties.evaluator, using: &rng))
        }
        let chosen = best ?? bestInfeasible ?? Individual(from: ls)
        let solution = RoutingSolution(instance: instance, routes: chosen.routes.map { (vehicleType: $0.type, trips: instance.trips(of: $0.visits)) },
                                       unassigned: unassignedReasons(chosen))
        let elapsed = (clock.now - began).components
        let seconds = Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
        return RoutingResult(solution: solution, violations: RoutingChecker.violations(of: solution, in: instance),
                             cost: solution.cost(in: instance), iterations: iterations, seconds: seconds,
                             routePool: pool.routes)
    }

    /// `routes` restricted to this instance's clients and vehicle types (each client once), with
    /// the routable clients it misses inserted greedily (as a crossover child is). O(n · routes · length).
    private func completed(_ routes: [(type: Int, visits: [Int])], _ ls: LocalSearch, _ ev: CostEvaluator,
                           using rng: inout some RandomNumberGenerator) -> [(type: Int, visits: [Int])] {
        var seen = Set<Int>()
        let n = instance.depotCount + instance.clients.count
        let valid = routes.filter { $0.type >= 0 && $0.type < instance.vehicleTypes.count }.map { route in
            (type: route.type, visits: route.visits.filter { node in
                node >= 0 && node < n && (node < instance.depotCount || seen.insert(node).inserted)
            })
        }
        ls.evaluator = ev
        ls.load(valid)
        var missing = ls.routable.filter { ls.routeOf[$0] < 0 }
        missing.shuffle(using: &rng)
        for u in missing { _ = ls.insertIfWorthIt(u) }
        return ls.exportRoutes()
    }

    /// Greedily repairs both children and keeps the cheaper one. O(n · routes · length).
    private func betterChild(_ c1: [(type: Int, visits: [Int])], _ c2: [(type: Int, visits: [Int])], _ ls: LocalSearch,
                             _ ev: CostEvaluator, using rng: inout some RandomNumberGenerator) -> [(type: Int, visits: [Int])] {
        ls.evaluator = ev
        var options: [([(type: Int, visits: [Int])], Double)] = []
        for child in [c1, c2] {
            ls.load(child)
            var missing = ls.routable.filter { ls.routeOf[$0] < 0 }
            missing.shuffle(using: &rng)
            for u in missing { ls.insertIfWorthIt(u) }
            options.append((ls.exportRoutes(), ls.routes.reduce(0) { $0 + $1.cost }))
        }
        return options[0].1 <= options[1].1 ? options[0].0 : options[1].0
    }

    /// Reasons for the clients an individual leaves out. O(n).
    private func unassignedReasons(_ ind: Individual) -> [RoutingSolution.Unassigned] {
        instance.clientNodes.compactMap { node in
            guard ind.successor[node] == -2 else { return nil }
            if let r = instance.uncoverable[node] { return .init(node: node, reason: r) }
            return .init(node: node, reason: instance.required(node) ? .noFeasibleInsertion : .notProfitable)
        }
    }
}
