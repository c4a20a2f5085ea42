import ColdRouteModel
import ColdRouteSiting

/// Plans a large network region by region (``RegionalDecomposition``) and merges the regional plans
/// into one plan of the whole network: one siting plan, one set of pickup routes, and one dispatch
/// to the express agencies solved over all depots at once.
///
/// **Per region** (in turn, on the calling thread): the region's sub-network gets the region's
/// share of the time left, in proportion to its villages (less the largest overrun of an earlier
/// region), and is planned like a county:
/// ``IntegratedPlanner`` (siting ↔ routing rounds, `routeTime` for each region's routes, within
/// ``regionRoundShare`` of its share, then the fleet calibration of
/// `IntegratedPlanner+FleetCalibration.swift` within the rest: the region's siting promises what
/// its routes collect) or, without routes, ``SitingPlanner``. Region `r` searches routes with seed `seed + r`.
///
/// **Global limits are split, never exceeded.** Shared vehicle types (no home depot) are split
/// between regions in proportion to supply (``RegionalDecomposition/fleetShares(network:)``), so the
/// merged routes never use more vehicles than the county has; the new-depot limit is split the same
/// way (largest remainder) and the budget in proportion; a low-income coverage target is asked of
/// every region (which implies it for the whole); forced sites go to their region. These are
/// restrictions: a whole-network plan could move vehicles, new depots or budget between regions.
///
/// **Merging.** Open depots, assignments, uncovered supply, fleet use, costs and coverage add up
/// over the regions (they partition villages and depots). Agencies are shared: each region's own
/// dispatch only ranks its rounds; the reported dispatch (``ExpressPlanner``) is solved once for all
/// routes, with each agency's capacity counted once.
///
/// **Bounds.** A region's bound holds for that region alone. Their sum is no bound for the whole
/// network, where a village could be served across a region border, so the merged plan reports no
/// bound and no gap (status ``SitingPlan/Status/feasible`` at best); the regional gaps are in
/// ``Result/regions`` and in the plan's message.
public enum RegionalPlanner {
    /// Progress: a region just planned, regions done, regions in all.
    public typealias Progress = @Sendable (_ region: RegionSummary, _ done: Int, _ total: Int) -> Void

    /// How one region went.
    public struct RegionSummary: Sendable, Hashable, Codable {
        public var villages: Int
        public var depots: Int
        public var status: SitingPlan.Status
        public var objective: Yuan?
        public var bound: Yuan?
        public var gap: Double?
        public var seconds: Double
        /// `true` for a region a stop request kept from being planned (its plan is empty); absent otherwise.
        public var unplanned: Bool?
    }

    public struct Result: Sendable {
        public var siting: SitingPlan
        public var pickup: PickupPlan?
        public var express: ExpressPlan?
        public var regions: [RegionSummary]
        /// Every region's route searches (depots in region order).
        public var routeWork = RouteSearchWork()
        /// The worst of the regions' round stops.
        public var roundsStoppedBy = StageStop.completed
    }

    /// Plans every region of `decomposition` by `deadline` (`nil`: no limit; the global dispatch is
    /// planned inside it). With `routes` false only the siting is planned. Once `stop` is set, the
    /// region being planned returns the best plan its search has at once, the regions not started
    /// get ``SitingPlan/unplanned(network:options:message:)`` (all their supply uncovered,
    /// "interrupted"), and the merged plans are marked interrupted. There is no merged plan when the
    /// stop came before the first region, or when a region had none: its search had found none yet
    /// (single-sourcing or a low-income target, which go to GLPK whole), or it was not started and has
    /// a low-income target that an empty plan cannot meet.
    public static func plan(
        network: CountyNetwork, travel: TravelModel, decomposition: RegionalDecomposition, options: SitingOptions,
        routes: Bool, rounds: Int, routeTime: Duration?, seed: UInt64, routeIterations: Int? = nil,
        deadline: ContinuousClock.Instant?, progress: Progress? = nil, stop: StopSignal? = nil
    ) throws -> Result {
        let clock = ContinuousClock()
        let regions = decomposition.regions
        let fleet = decomposition.fleetShares(network: network)
        let regional = regionalOptions(options, network: network, decomposition: decomposition)
        let total = network.villages.count
        var sitings: [SitingPlan] = [], pickups: [PickupPlan] = [], summaries: [RegionSummary] = []
        var villagesLeft = regions.reduce(0) { $0 + $1.villages.count }
        // The global dispatch at the end (one search per open depot over the whole network, then the
        // LP): 0.2 s + 0.2 ms per village, and at least 1 % of the time (measured: 2-3 s at 20,000).
        let budget = deadline.map { $0 - clock.now } ?? .zero
        let dispatchReserve: Duration = routes ? max(.milliseconds(200 + Int64(total / 5)), budget * 0.01) : .zero
        // The most any region ran past its deadline so far (a region does some work however short its
        // time): later regions aim that much earlier, so the last one's overrun is not the plan's.
        var overrun = Duration.zero
        var work = RouteSearchWork(), roundsStoppedBy = StageStop.completed
        /// Keeps region `r`'s siting and reports it.
        func finish(_ r: Int, _ siting: SitingPlan, seconds: Double, unplanned: Bool? = nil) {
            sitings.append(siting)
            let summary = RegionSummary(
                villages: regions[r].villages.count, depots: regions[r].depots.count, status: siting.status,
                objective: siting.objective, bound: siting.bound, gap: siting.gap, seconds: seconds, unplanned: unplanned)
            summaries.append(summary)
            progress?(summary, r + 1, regions.count)
        }
        for (r, region) in regions.enumerated() {
            if stop?.isStopped == true {
                // No region planned yet: no plan, at once, as a whole network stopped while being compiled.
                guard r > 0 else {
                    return Result(siting: .notRun(network: network, message: "interrupted before any plan was found"),
                                  pickup: nil, express: nil, regions: [])
                }
                // Regions not started get an empty plan (everything uncovered, "interrupted"), so the
                // merged plan of the regions already planned stays whole.
                let sub = decomposition.network(of: r, in: network, fleet: fleet[r])
                if routes {
                    pickups.append(PickupPlan(routes: [], unserved: [], cost: CostBreakdown(), seconds: 0, seed: seed &+ UInt64(r)))
                }
                finish(r, .unplanned(network: sub, options: regional[r], message: "interrupted before this region was planned"),
                       seconds: 0, unplanned: true)
                continue
            }
            let started = clock.now
            let share = Double(region.villages.count) / Double(max(1, villagesLeft))
            let regionDeadline = deadline.map {
                started + max(.zero, ($0 - started - dispatchReserve) * share - overrun)
            }
            villagesLeft -= region.villages.count
            let sub = decomposition.network(of: r, in: network, fleet: fleet[r])
            let subTravel = travel.restricted(to: sub)
            var subOptions = regional[r]
            var siting: SitingPlan
            if routes {
                // The rounds take `regionRoundShare` of the region's time, the fleet calibration
                // (IntegratedPlanner+FleetCalibration.swift) what they leave.
                let base = SitingInstance(network: sub, travel: subTravel)
                let roundsEnd = regionDeadline.map { started + ($0 - started) * regionRoundShare }
                let outcome = try IntegratedPlanner.plan(
                    network: sub, travel: subTravel, options: subOptions, rounds: rounds,
                    routeTime: routeTime, seed: seed &+ UInt64(r), routeIterations: routeIterations,
                    deadline: roundsEnd, stop: stop, instance: base)
                siting = outcome.siting
                if let first = outcome.routed {
                    let routed = try IntegratedPlanner.calibrated(
                        first, instance: base, network: sub, travel: subTravel, options: subOptions, routeTime: routeTime,
                        seed: seed &+ UInt64(r), routeIterations: routeIterations, deadline: regionDeadline, stop: stop).result
                    siting = routed.siting
                    pickups.append(routed.pickup)
                    work.depots += routed.routeWork.depots
                    if routed.roundsStoppedBy.severity > roundsStoppedBy.severity { roundsStoppedBy = routed.roundsStoppedBy }
                }
            } else {
                subOptions.timeLimit = regionDeadline.map { max(.zero, $0 - clock.now) }
                siting = try SitingPlanner.plan(network: sub, travel: subTravel, options: subOptions, stop: stop)
            }
            if let regionDeadline { overrun = max(overrun, clock.now - regionDeadline) }
            finish(r, siting, seconds: (clock.now - started).seconds)
        }
        var siting = merged(sitings, network: network, summaries: summaries)
        siting.interrupted = stop?.isStopped ?? false
        guard routes, siting.objective != nil, pickups.count == regions.count else {
            return Result(siting: siting, pickup: nil, express: nil, regions: summaries, routeWork: work,
                          roundsStoppedBy: roundsStoppedBy)
        }
        var pickup = merged(pickups)
        pickup.interrupted = siting.interrupted
        let express = try ExpressPlanner.plan(network: network, travel: travel, siting: siting, pickup: pickup)
        return Result(siting: siting, pickup: pickup, express: express, regions: summaries, routeWork: work,
                      roundsStoppedBy: roundsStoppedBy)
    }

    /// Share of a region's time its siting ↔ routing rounds may take; the fleet calibration passes
    /// get the rest (with routes).
    public static let regionRoundShare = 0.55

    /// Each region's options: forced sites of its depots, its share of the new-depot limit and the
    /// budget, the same low-income share; no time limit (set per region). A region first gets what
    /// its forced-open new depots need (count and opening cost), then a share of the rest in
    /// proportion to supply, so the forced sites never make a region infeasible on their own.
    static func regionalOptions(_ options: SitingOptions, network: CountyNetwork, decomposition: RegionalDecomposition)
        -> [SitingOptions]
    {
        let regions = decomposition.regions
        let supply = regions.map { $0.villages.reduce(0.0) { $0 + network.villages[$1].totalSupply.value } }
        let weights = supply.reduce(0, +) > 0 ? supply : regions.map { _ in 1 }
        let forcedNew = regions.map { region in
            region.depots.filter { network.depots[$0].status == .candidate && options.forceOpen.contains(network.depots[$0].id) }
        }
        let forcedCount = forcedNew.map(\.count)
        let forcedCost = forcedNew.map { $0.reduce(0.0) { $0 + network.depots[$1].openingCostPerDay.value } }
        let newDepots = options.maxNewDepots.map {
            RegionalDecomposition.largestRemainder(max(0, $0 - forcedCount.reduce(0, +)), weights: weights)
        }
        let spare = options.budgetPerDay.map { max(0, $0.value - forcedCost.reduce(0, +)) }
        let weightTotal = weights.reduce(0, +)
        return regions.enumerated().map { r, region in
            var o = options
            let ids = Set(region.depots.map { network.depots[$0].id })
            o.forceOpen = options.forceOpen.intersection(ids)
            o.forceClosed = options.forceClosed.intersection(ids)
            o.maxNewDepots = newDepots.map { forcedCount[r] + $0[r] }
            o.budgetPerDay = spare.map { Yuan(forcedCost[r] + $0 * (weights[r] / weightTotal)) }
            o.timeLimit = nil
            return o
        }
    }
}
