import ColdRouteModel
import ColdRouteSiting

/// The rounds under one wall-clock deadline.
extension IntegratedPlanner {
    /// What a budgeted run gives: the siting plan to report, and the routed result when the siting
    /// had a plan.
    public struct Outcome: Sendable {
        /// The kept round's siting plan, or the first round's when it has none (infeasible options,
        /// no plan in time), with its status and message.
        public var siting: SitingPlan
        public var routed: Result?
    }

    /// Runs `rounds` rounds (at least one), all finished by `deadline` (`nil`: no limit; then each
    /// siting solve is unlimited and routing gets `routeTime` in all, or no clock at all when
    /// `routeTime` is `nil`: the iteration budgets alone stop the searches).
    ///
    /// **Budget.** The siting instance is compiled once, inside the budget. Each round then gets an
    /// equal share of what is left (`left / roundsLeft`); within it the routes get
    /// `min(routeTime / rounds, 30 % of the share)`, the dispatch model a small reserve (3 % of the
    /// share, at least 0.2 s) and the siting solve the rest. With `routeIterations` the routes are
    /// not held to 30 %: they may take what the siting left of the round's share (less the dispatch
    /// reserve), so the deadline cuts them only when it really binds, and ``Result/routeWork`` says so. A stage that overruns only shrinks the
    /// stages after it: the route search is given at most what is left before the deadline less a
    /// dispatch reserve of 5 % of that (at least 0.2 s), not its planned share. Each
    /// round does some work however short its share (building the model, first routes), so a later
    /// round plans with what is left less the largest overrun of an earlier one, and starts only
    /// when that is at least a second.
    ///
    /// `sitingProgress` gets every round's siting search progress.
    ///
    /// **Stopping.** Once `stop` is set no new round starts. A round cut short in its siting or
    /// routes still competes when it is the first (routes for whatever siting was found); later
    /// cut-short rounds are dropped, and the best complete day so far is returned, marked
    /// ``Result/interrupted``.
    /// With `stopsBeforeFirstPlan` a stop also cuts short the building of a round's siting model
    /// (about a second on 2,000 villages); if that happens in round 1 the outcome has no plan
    /// (``SitingPlan/notRun(network:message:)``, nothing routed). Regional planning leaves it off:
    /// every region needs a plan for the merged one.
    public static func plan(
        network: CountyNetwork, travel: TravelModel, options: SitingOptions, rounds: Int, routeTime: Duration?,
        seed: UInt64, routeIterations: Int? = nil, deadline: ContinuousClock.Instant?,
        sitingProgress: SitingPlanner.Progress? = nil, progress: Progress? = nil, stop: StopSignal? = nil,
        instance: SitingInstance? = nil, stopsBeforeFirstPlan: Bool = false
    ) throws -> Outcome {
        let clock = ContinuousClock()
        let rounds = max(1, rounds)
        let base = instance ?? SitingInstance(network: network, travel: travel)
        var instance = base
        var best: Result?
        var first: SitingPlan?
        var costs: [Yuan] = []
        var roundsStoppedBy = StageStop.completed
        // The most a round ran past its planned end so far: later rounds plan that much less.
        var overrun = Duration.zero
        for round in 1...rounds {
            if round > 1, stop?.isStopped == true { break }
            let roundStart = clock.now   // building the siting model counts against its limit
            var roundOptions = options
            var routeLimit = routeTime.map { $0 / rounds }
            var plannedEnd: ContinuousClock.Instant?
            var dispatch = Duration.zero
            if let deadline {
                let left = deadline - clock.now
                if round > 1, left - overrun < .seconds(1) {
                    roundsStoppedBy = .timeLimit
                    break
                }
                let share = (left - overrun) / (rounds - round + 1)
                plannedEnd = clock.now + share
                let routeShare = min(routeLimit ?? share * 0.3, share * 0.3)
                dispatch = max(.milliseconds(200), share * 0.03)
                roundOptions.timeLimit = max(.zero, share - routeShare - dispatch)
                if routeIterations == nil { routeLimit = routeShare }
            } else {
                roundOptions.timeLimit = nil
            }
            // Building the model polls the stop only when the caller accepts a day without a plan.
            guard let model = try SitingModel.built(
                instance: instance, options: roundOptions,
                shouldContinue: { !(stopsBeforeFirstPlan && stop?.isStopped == true) })
            else {
                if first == nil {
                    first = SitingPlan.notRun(network: network, message: "interrupted before any plan was found")
                }
                break
            }
            let siting = try SitingPlanner.solve(model, progress: sitingProgress, stop: stop, startedAt: roundStart)
            if first == nil { first = siting }
            guard siting.objective != nil else { break }
            if round > 1, stop?.isStopped == true { break }
            if let deadline {
                // What the siting left, less the dispatch reserve: the routes may not take more.
                var left = deadline - clock.now - max(.milliseconds(200), (deadline - clock.now) * 0.05)
                if routeIterations != nil, let plannedEnd { left = min(left, plannedEnd - clock.now - dispatch) }
                routeLimit = max(.zero, min(routeLimit ?? left, left))
            }
            var work = RouteSearchWork()
            let pickup = try PickupPlanner.plan(
                network: network, travel: travel, siting: siting, timeLimit: routeLimit, seed: seed,
                iterations: routeIterations, stop: stop, work: &work)
            if round > 1, pickup.interrupted {
                roundsStoppedBy = .interrupted
                break
            }
            let express = try ExpressPlanner.plan(network: network, travel: travel, siting: siting, pickup: pickup)
            costs.append(express.cost.total)
            progress?(round, express.cost.total, siting.openDepots.map(\.id))
            if best == nil || express.cost.total < best!.express.cost.total {
                best = Result(siting: siting, pickup: pickup, express: express, round: round, dayCosts: [], routeWork: work)
            }
            if let plannedEnd { overrun = max(overrun, clock.now - plannedEnd) }
            if round < rounds { instance = repriced(base, by: pickup) }
        }
        best?.dayCosts = costs
        best?.roundsStoppedBy = stop?.isStopped == true ? .interrupted : roundsStoppedBy
        if stop?.isStopped == true, best != nil {
            best!.interrupted = true
            best!.siting.interrupted = true
        }
        return Outcome(siting: best?.siting ?? first!, routed: best)
    }
}
