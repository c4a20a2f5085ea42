import ColdRouteModel
import ColdRouteSiting

/// The one planning pipeline: `plan`, `compare` (each scenario) and any other caller get their
/// plans here, under a ``PlanRequest``, as one ``PlanResult``.
///
/// **Stages.** The travel model is built once. A network of more than
/// ``RegionalDecomposition/threshold`` villages (or ``PlanRequest/regions`` > 1) is planned in
/// regions by ``RegionalPlanner``, otherwise whole by ``IntegratedPlanner`` (siting ↔ routing
/// rounds, keeping the cheapest day; with ``PlanRequest/rounds`` ≥ 2 one round followed by the
/// location-routing search, `Planner+Search.swift`) — or, without routes, by one siting solve. Then the three
/// independent checkers (``SitingPlanChecker``, ``PickupPlanChecker``, ``ExpressPlanChecker``),
/// which share no code with the searches, give their verdicts, and the day cost and the coverage
/// triple (``PlanCoverage``: reachable, assigned, collected) are computed. Before the checks, the
/// siting's assignments are trimmed to what the final routes collect (``CollectedAssignment``):
/// what no route fetches is reachable but not assigned, with the routes' reason.
///
/// **Clocks.** ``PlanRequest/timeLimit`` is one deadline for the whole call: the planning stages
/// stop early enough to leave ``finishingReserve(villages:)`` for the checks. With no time limit
/// and no route time, nothing is timed: the route searches stop on their iteration budgets and
/// the siting on its gap, so the result is the same on any machine under any load. Whatever
/// stopped each stage is in ``PlanResult/work``.
///
/// Never prints: progress goes to the callbacks in ``Progress``. Throws only on solver misuse or
/// failure (``SitingError``, GLPK errors); infeasible options, a time limit or a stop request
/// are results.
public enum Planner {
    /// Progress callbacks (all optional), called on the planning thread.
    public struct Progress: Sendable {
        /// The siting search (whole-network planning only).
        public var siting: SitingPlanner.Progress?
        /// A siting ↔ routing round finished (whole-network planning only).
        public var round: IntegratedPlanner.Progress?
        /// Planning in regions starts: the number of regions.
        public var regionsStarted: (@Sendable (Int) -> Void)?
        /// A region was planned.
        public var region: RegionalPlanner.Progress?
        /// The location-routing search evaluated a day (whole-network planning only).
        public var search: LocationRoutingSearch.Progress?

        public init(siting: SitingPlanner.Progress? = nil, round: IntegratedPlanner.Progress? = nil,
                    regionsStarted: (@Sendable (Int) -> Void)? = nil, region: RegionalPlanner.Progress? = nil) {
            self.siting = siting
            self.round = round
            self.regionsStarted = regionsStarted
            self.region = region
        }
    }

    /// Plans `network` (which must be valid) under `request`. `travel`, when given, must be a
    /// travel model of `network`: the road model (callers that already built one save building it
    /// again) or one over an imported matrix (``TravelModel/init(network:matrix:)``), which regional
    /// planning keeps for every region (``TravelModel/restricted(to:)``).
    public static func plan(
        network: CountyNetwork, request: PlanRequest, progress: Progress = Progress(), stop: StopSignal? = nil,
        travel: TravelModel? = nil
    ) throws -> PlanResult {
        let clock = ContinuousClock(), started = clock.now
        let travel = travel ?? TravelModel(network: network)
        let deadline = request.timeLimit.map { started + $0 - min(finishingReserve(villages: network.villages.count), $0 * 0.12) }
        let regionCount = max(1, request.regions ?? RegionalDecomposition.suggestedCount(for: network))
        var options = request.options
        options.timeLimit = nil
        let rounds = max(1, request.rounds)

        var siting: SitingPlan, pickup: PickupPlan?, express: ExpressPlan?
        var instance: SitingInstance?
        var regions: [RegionalPlanner.RegionSummary] = []
        var routeWork: RouteSearchWork?, roundsStoppedBy = StageStop.completed
        var roundCosts: [Yuan] = [], roundKept: Int?
        var search: LocationRoutingSearch.Summary?
        if regionCount > 1 {
            let decomposition = RegionalDecomposition(network: network, travel: travel, count: regionCount)
            progress.regionsStarted?(decomposition.regions.count)
            let result = try RegionalPlanner.plan(
                network: network, travel: travel, decomposition: decomposition, options: options,
                routes: request.routes, rounds: rounds, routeTime: request.routeTime, seed: request.seed,
                routeIterations: request.routeIterations, deadline: deadline, progress: progress.region, stop: stop)
            (siting, pickup, express, regions) = (result.siting, result.pickup, result.express, result.regions)
            if pickup != nil { routeWork = result.routeWork }
            roundsStoppedBy = result.roundsStoppedBy
        } else if let base = SitingInstance.compiled(
            network: network, travel: travel, shouldContinue: { stop?.isStopped != true })
        {
            instance = base
            if request.routes {
                let searching = searches(request)
                // With the search to follow, round 1 gets at most `roundOneShare` of the time: on a
                // 3,000-village county its siting would otherwise run ~90 s for a gap of 1-5 % that
                // no route notices, leaving nothing for the fleet calibration and the search.
                let roundOne = searching ? deadline.map { clock.now + ($0 - clock.now) * roundOneShare } : deadline
                let outcome = try IntegratedPlanner.plan(
                    network: network, travel: travel, options: options, rounds: searching ? 1 : rounds,
                    routeTime: request.routeTime, seed: request.seed, routeIterations: request.routeIterations,
                    deadline: roundOne,
                    sitingProgress: progress.siting, progress: progress.round, stop: stop, instance: base,
                    stopsBeforeFirstPlan: true)
                siting = outcome.siting
                if let first = outcome.routed {
                    // One coverage, one truth: the fleet rows calibrated by the routes
                    // (IntegratedPlanner+FleetCalibration.swift); later stages plan on that instance.
                    let (routed, calibrated) = try IntegratedPlanner.calibrated(
                        first, instance: base, network: network, travel: travel, options: options,
                        routeTime: request.routeTime, seed: request.seed, routeIterations: request.routeIterations,
                        deadline: deadline, stop: stop)
                    siting = routed.siting
                    (pickup, express) = (routed.pickup, routed.express)
                    routeWork = routed.routeWork
                    roundsStoppedBy = routed.roundsStoppedBy
                    roundCosts = routed.dayCosts
                    roundKept = routed.round
                    if searching, let result = try improve(
                        routed, network: network, travel: travel, options: options, request: request,
                        deadline: deadline, progress: progress.search, stop: stop, instance: calibrated)
                    {
                        search = result.summary
                        if result.best.cost < routed.express.cost.total {
                            (siting, pickup, express) = (result.best.siting, result.best.pickup, result.best.express)
                            routeWork = result.best.routeWork
                        } else if result.interrupted {
                            siting.interrupted = true
                        }
                    }
                }
            } else {
                options.timeLimit = deadline.map { max(.zero, $0 - clock.now) }
                if let model = try SitingModel.built(
                    instance: base, options: options, shouldContinue: { stop?.isStopped != true })
                {
                    siting = try SitingPlanner.solve(model, progress: progress.siting, stop: stop, startedAt: started)
                } else {
                    siting = SitingPlan.notRun(network: network, message: "interrupted before any plan was found")
                }
            }
        } else {
            // Stopped while the network was being compiled: no plan, at once (issue 11, "No hangs").
            siting = SitingPlan.notRun(network: network, message: "interrupted before any plan was found")
        }
        // One coverage, one truth: what the final routes do not collect is not called assigned
        // (CollectedAssignment.swift); the dispatch is planned again on the trimmed siting.
        if let routes = pickup, express != nil,
           let trimmed = CollectedAssignment.trimmed(siting: siting, pickup: routes, network: network, options: request.options)
        {
            (siting, pickup) = (trimmed.siting, trimmed.pickup)
            express = try ExpressPlanner.plan(network: network, travel: travel, siting: trimmed.siting, pickup: trimmed.pickup)
        }
        let planned = clock.now

        var checks = PlanResult.Checks()
        checks.siting = SitingPlanChecker.check(siting, network: network, travel: travel, options: request.options)
            .map(\.description)
        if let pickup {
            checks.routes = PickupPlanChecker.check(pickup, network: network, travel: travel, siting: siting)
            if let express {
                checks.dispatch = ExpressPlanChecker.check(express, network: network, travel: travel, pickup: pickup)
            }
        }
        let coverage = PlanCoverage(
            network: network, instance: instance ?? reachabilityInstance(network: network, travel: travel, open: siting.openDepots),
            siting: siting, pickup: pickup)
        let interrupted = siting.interrupted || pickup?.interrupted == true
        let work = PlanResult.Work(
            roundsAsked: request.routes ? (regionCount == 1 && searches(request) ? 1 : rounds) : 1, roundsPlanned: request.routes ? roundCosts.count : 1,
            roundKept: roundKept, roundsStoppedBy: interrupted && roundsStoppedBy == .timeLimit ? .interrupted : roundsStoppedBy,
            sitingStoppedBy: sitingStop(siting), routes: routeWork, regions: regionCount, search: search)
        let finished = clock.now
        return PlanResult(
            network: network.name, siting: siting, pickup: pickup, express: express,
            dayCost: siting.objective == nil ? nil : (express?.cost ?? siting.cost), coverage: coverage, checks: checks,
            work: work, regions: regionCount > 1 ? regions : [], roundCosts: roundCosts, interrupted: interrupted,
            timings: PlanResult.Timings(
                planning: (planned - started).seconds, checks: (finished - planned).seconds,
                total: (finished - started).seconds))
    }

    /// What stopped a siting solve: proven optimal within its gap (or infeasible: a finished
    /// answer), a stop request, or the clock.
    static func sitingStop(_ plan: SitingPlan) -> StageStop {
        if plan.interrupted { return .interrupted }
        switch plan.status {
        case .optimal, .infeasible: return .completed
        case .feasible, .noSolution: return .timeLimit
        }
    }

    /// The siting instance of `network` with only its `open` depots (the others become road
    /// junctions, vehicle types based at them have no vehicle): its verdicts say what the open
    /// depots can reach. Used after regional planning, where no whole-network instance is built.
    static func reachabilityInstance(network: CountyNetwork, travel: TravelModel, open: [SitingPlan.OpenDepot]) -> SitingInstance {
        let ids = Set(open.map(\.id))
        var sub = network
        sub.depots = network.depots.filter { ids.contains($0.id) }
        sub.junctions = network.junctions + network.depots.filter { !ids.contains($0.id) }.map {
            Junction(id: Junction.ID($0.id.rawValue), name: $0.name, location: $0.location)
        }
        for t in sub.vehicleTypes.indices {
            if let home = sub.vehicleTypes[t].homeDepot, !ids.contains(home) {
                sub.vehicleTypes[t].count = 0
                sub.vehicleTypes[t].homeDepot = nil
            }
        }
        return SitingInstance(network: sub, travel: travel.restricted(to: sub))
    }

    /// Share of the time limit (after the finishing reserve) that round 1 may take when the fleet
    /// calibration and the location-routing search follow it.
    public static let roundOneShare = 0.45

    /// Time kept after the planning stages for the independent checks and the output (plan.json,
    /// routes, GeoJSON, driver sheets), at most 12 % of the time limit: half a second plus 3 ms per
    /// village. Measured on the 3,000-village county under load average 18-20 (release build):
    /// checks 2.4 s and writing the output folder 15 s, so 0.15 ms per village (the earlier
    /// reserve, checks only) let `plan --time-limit 120` end after 140 s.
    public static func finishingReserve(villages: Int) -> Duration {
        .milliseconds(500 + Int64(villages) * 3)
    }
}
