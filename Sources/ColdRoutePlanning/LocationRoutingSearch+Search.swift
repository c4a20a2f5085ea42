import ColdRouteModel
import ColdRouteSiting

extension LocationRoutingSearch {
    /// The search's mutable state: evaluated open sets, route-cost estimates, the route pool.
    struct Search {
        let network: CountyNetwork
        let travel: TravelModel
        let options: SitingOptions
        let budget: Budget
        let seed: UInt64
        let deadline: ContinuousClock.Instant?
        let progress: Progress?
        let stop: StopSignal?
        let rules: OpenSetRules
        let base: SitingInstance
        let clock = ContinuousClock()

        var estimates: RouteCostEstimates
        var pool: RoutePool
        /// Day cost of every open set evaluated (`nil`: the siting had no plan for it).
        var evaluated: [[Bool]: Yuan?] = [:]
        var expanded: Set<[Bool]> = []
        var best: Day?
        var moves = 0
        /// Free siting solves on repriced arcs proposed so far (at most three after the first).
        var proposals = 0
        var improvements: [String] = []
        var stoppedByClock = false
        /// Wall time of the slowest depot-move evaluation so far, to keep enough for the finish.
        var slowest = Duration.zero
        var slowestReroute = Duration.zero
        /// Recombination choices already routed (the same pool gives the same choice).
        var recombined: [(open: [Bool], depotOf: [Int: Int])] = []
        /// Relocation steers already routed (village → depot for every village on a route).
        var relocations: Set<[Int: Int]> = []

        init(network: CountyNetwork, travel: TravelModel, options: SitingOptions, budget: Budget, seed: UInt64,
             deadline: ContinuousClock.Instant?, progress: Progress?, stop: StopSignal?, instance: SitingInstance? = nil)
        {
            self.network = network
            self.travel = travel
            self.options = options
            self.budget = budget
            self.seed = seed
            self.deadline = deadline
            self.progress = progress
            self.stop = stop
            rules = OpenSetRules(network: network, options: options)
            base = instance ?? SitingInstance(network: network, travel: travel)
            estimates = RouteCostEstimates(network: network)
            pool = RoutePool(network: network, travel: travel)
        }

        var moveBudget: Int? { budget.moves ?? (deadline == nil ? 60 : nil) }

        /// Time left before the deadline (a day when there is none).
        var left: Duration { deadline.map { $0 - clock.now } ?? .seconds(86_400) }

        var clockStopped: Bool { stop?.isStopped == true || (deadline.map { clock.now >= $0 } ?? false) }

        mutating func run(initial: SitingPlan?, days: [Day] = []) throws -> Outcome {
            let firstCost: Yuan
            if !days.isEmpty {
                // 1'. The caller's routed days: learn from all, start from the cheapest.
                for day in days {
                    estimates.learn(day)
                    pool.add(day)
                    record(day, open: rules.openSet(of: day.siting), label: nil)
                }
                firstCost = best!.cost
            } else {
                // 1. The siting MIP's plan, routed as the first round of the rounds loop would.
                var first = options
                if deadline != nil { first.timeLimit = min(options.timeLimit ?? left, left * 0.25) }
                let siting = try initial ?? SitingPlanner.solve(try SitingModel(instance: base, options: first), stop: stop)
                guard siting.objective != nil else { return Outcome(siting: siting, routed: nil) }
                guard let day = try route(siting, iterations: budget.routeIterations, routeTime: budget.routeTime, seed: seed)
                else { return Outcome(siting: siting, routed: nil) }
                firstCost = day.cost
                record(day, open: rules.openSet(of: siting), label: nil)
            }

            // 2. Depot moves, best-first, while the budget and the clock allow.
            //    Multi-depot routing first: of the moves it is the one that gains most (docs/location-routing.md).
            try routeAcrossDepots(round: 0)
            if !clockStopped { try proposeFromSiting() }
            try relocateWhileImproving()
            try searchMoves()

            // 3. Until the budget or the clock ends it: recombine the pool with depot choice, and
            //    re-route the best open set with a larger budget and another seed.
            //    Stagnation also ends it: `stagnationLimit` rounds in a row without a new best day.
            var round: UInt64 = 1, stale = 0
            while !stopRequested, stale < LocationRoutingSearch.stagnationLimit {
                let before = best!.cost
                try routeAcrossDepots(round: round)
                try relocateWhileImproving()
                try recombine()
                guard try reroute(round) else { break }
                round += 1
                stale = best!.cost < before - Yuan(1e-6) ? 0 : stale + 1
            }
            if clockStopped, moveBudget.map({ moves < $0 }) ?? false { stoppedByClock = true }

            var result = Result(best: best!, firstDayCost: firstCost, movesEvaluated: moves, moveBudget: moveBudget,
                                improvements: improvements, pooledRoutes: pool.count, stoppedByClock: stoppedByClock)
            if stop?.isStopped == true {
                result.interrupted = true
                result.best.siting.interrupted = true
            }
            return Outcome(siting: result.best.siting, routed: result)
        }

        var stopRequested: Bool { stop?.isStopped == true }

        /// Whether another day evaluation fits: budget left, and time for it plus the finish.
        mutating func mayEvaluate() -> Bool {
            if let b = moveBudget, moves >= b { return false }
            if clockStopped { return false }
            if deadline != nil, left < slowest * 2 + .milliseconds(300) { stoppedByClock = true; return false }
            return true
        }

        /// Best-first over open sets (see the type's documentation).
        mutating func searchMoves() throws {
            while mayEvaluate() {
                let frontier = evaluated.compactMap { set, cost in cost.map { (set, $0) } }
                    .filter { !expanded.contains($0.0) }
                    .min { ($0.1, $0.0.lexicographicKey) < ($1.1, $1.0.lexicographicKey) }
                guard let (current, cost) = frontier else { return }
                let ranked = rules.neighbours(of: current)
                    .filter { evaluated[$0] == nil }
                    .map { ($0, estimates.estimate(open: $0, instance: base)) }
                    .sorted { ($0.1, $0.0.lexicographicKey) < ($1.1, $1.0.lexicographicKey) }
                var improved = false
                for (candidate, _) in ranked {
                    guard mayEvaluate() else { return }
                    moves += 1
                    let bestBefore = best!.cost
                    // The candidate's villages go to the depots one multi-depot route search over
                    // its depots gives them (a new depot has no route costs to price its arcs yet).
                    let md = try multiDepotSteer(candidate, siting: best!.siting, iterations: budget.probeIterations,
                                                 limit: deadline.map { _ in min(budget.routeTime, left * 0.1) }, seed: seed,
                                                 start: seeds(of: best!))
                    let instance = md.map { estimates.repriced(base, steer: $0.steer) }
                    if let day = try evaluate(candidate, instance: instance, seeds: md?.seeds ?? seeds(of: best!)),
                       day.cost < cost - Yuan(1e-6) {
                        improved = true
                        if day.cost < bestBefore - Yuan(1e-6) {
                            try relocateWhileImproving()
                            if proposals < 3 {
                                proposals += 1
                                try proposeFromSiting()
                            }
                        }
                        break
                    }
                }
                if !improved { expanded.insert(current) }
            }
        }

        /// Relocation moves (`LocationRoutingSearch+Relocate.swift`) on the best day while they give a better one.
        mutating func relocateWhileImproving() throws {
            while let before = best?.cost, try relocate(), best!.cost < before - Yuan(1e-6) {}
        }

        /// Evaluates the open set the siting MIP picks on the current repriced arcs, if it is new.
        mutating func proposeFromSiting() throws {
            guard mayEvaluate() else { return }
            var free = options
            free.relativeGap = max(options.relativeGap, 0.005)
            free.timeLimit = deadline.map { _ in min(left * 0.15, .seconds(15)) }
            let siting = try SitingPlanner.solve(try SitingModel(instance: estimates.repriced(base), options: free), stop: stop)
            guard siting.objective != nil else { return }
            let open = rules.openSet(of: siting)
            guard evaluated[open] == nil else { return }
            moves += 1
            if let day = try route(siting, iterations: budget.probeIterations, routeTime: budget.routeTime, seed: seed,
                                   seeds: best.map(seeds(of:)) ?? []) {
                record(day, open: open, label: "siting on route costs")
            } else {
                evaluated[open] = .some(nil)
            }
        }

        /// Routes the open set `open` as one day: siting with exactly these depots open on the
        /// repriced arcs, then routes and dispatch. `nil` when the siting has no plan.
        /// `seeds`: routes each depot's route search starts from (``PickupPlanner/SeedRoute``).
        mutating func evaluate(_ open: [Bool], instance: SitingInstance? = nil, iterations: Int? = nil,
                               label: String = "depot move", seeds: [PickupPlanner.SeedRoute] = []) throws -> Day?
        {
            let started = clock.now
            defer { slowest = max(slowest, clock.now - started) }
            var fixed = options
            fixed.forceOpen = Set(network.depots.indices.filter { open[$0] }.map { network.depots[$0].id })
            fixed.forceClosed = Set(network.depots.indices.filter { !open[$0] }.map { network.depots[$0].id })
            // An assignment within 0.5 % of the best is enough to route; the gap stop keeps it
            // deterministic, the time cap keeps one hard assignment from eating the search.
            fixed.relativeGap = max(options.relativeGap, 0.005)
            fixed.timeLimit = deadline.map { _ in min(left * 0.25, .seconds(10)) }
            let siting = try SitingPlanner.solve(
                try SitingModel(instance: instance ?? estimates.repriced(base), options: fixed), stop: stop)
            guard siting.objective != nil,
                  let day = try route(siting, iterations: iterations ?? budget.probeIterations, routeTime: budget.routeTime, seed: seed,
                                      seeds: seeds)
            else {
                if evaluated[open] == nil { evaluated[open] = .some(nil) }
                return nil
            }
            record(day, open: open, label: label)
            return day
        }

        /// Routes and dispatches a siting plan; learns from its routes.
        mutating func route(_ siting: SitingPlan, iterations: Int?, routeTime: Duration, seed: UInt64,
                            seeds: [PickupPlanner.SeedRoute] = []) throws -> Day? {
            // The dispatch model needs a moment after the routes.
            let reserve = deadline == nil ? .zero : max(.milliseconds(100), left * 0.05)
            let limit = max(.milliseconds(1), min(routeTime, left - reserve))
            var work = RouteSearchWork()
            let pickup = try PickupPlanner.plan(network: network, travel: travel, siting: siting, timeLimit: limit,
                                                seed: seed, iterations: iterations, stop: stop, work: &work, seeds: seeds)
            let express = try ExpressPlanner.plan(network: network, travel: travel, siting: siting, pickup: pickup)
            let day = Day(siting: siting, pickup: pickup, express: express, routeWork: work)
            estimates.learn(day)
            pool.add(day)
            return day
        }

        /// Records an evaluated day: its set's cost (the cheapest seen for it) and the best day.
        mutating func record(_ day: Day, open: [Bool], label: String?) {
            if let old = evaluated[open], let cost = old, cost <= day.cost {} else { evaluated[open] = day.cost }
            let isBest = best == nil || day.cost < best!.cost - Yuan(1e-6)
            if isBest {
                if let label, let old = best {
                    improvements.append("\(label): \(Self.money(old.cost)) → \(Self.money(day.cost))")
                }
                best = day
            }
            progress?(moves, day.cost, day.siting.openDepots.map(\.id), isBest)
        }

        static func money(_ yuan: Yuan) -> String { "\((yuan.value * 100).rounded() / 100)" }
    }
}

extension [Bool] {
    /// A total order on open sets for deterministic tie-breaking.
    var lexicographicKey: String { String(map { $0 ? "1" : "0" }) }
}
