import ColdRouteModel
import ColdRouteSiting
import Foundation

/// One coverage, one truth: the siting's fleet rows calibrated by what routes really collect.
///
/// **Why.** The siting budgets vehicle type `t` by full-load return trips: an arc needs
/// `m_kjt = (2·t_ij + service_i)/capacity_t` vehicle-minutes per kg and the type has `n_t·H_t`
/// (vehicles × shift). Real vehicles load only inside the villages' pickup windows (about five
/// hours on a generated county, against a ten-hour shift), carry part loads, drive between
/// villages, unload between trips, and a tricycle cannot take a village's visit that a truck of
/// the same depot takes whole. On the 3,000-village county the routes of the depots that left
/// assigned produce behind collected about a fifth to a third of what the estimate allowed their
/// trucks, so the siting assigned kilograms no route could fetch (56 % collected).
///
/// **Calibration.** From a routed day, the *fleet-short* depots are those whose routes left more
/// than ``shortShare`` of their assigned kilograms uncollected. For each vehicle type `t`, over
/// those depots: the siting promised `P_t = Σ_assignments kg · m_ijt` fleet-minutes of type `t`
/// (in its own estimate, at the current scale) and the routes of type `t` collected kilograms worth
/// `A_t = Σ_stops kg · m_ijt`. Every arc of `t` then gets its minutes per kg multiplied by
/// `min(maxScale, max(1, margin · P_t / A_t))` (margin 1.15; ``SitingInstance/withFleetScale(_:)``).
/// Where the type's fleet row binds (the 3,000-village county), the siting then assigns about what
/// the routes fetched; where it does not (the demo county, whose shortfall is one depot's three
/// vehicles) the scale grows a little and changes nothing. Scales only grow (a later pass tightens
/// what an earlier one left short), and types with nothing assigned at a fleet-short depot keep
/// theirs; a type whose routes collected nothing there is budgeted at 1/``maxFleetScale``. (A first
/// version scaled by vehicles allotted × shift over the minutes they achieved; one small depot
/// short by 370 kg with three vehicles then scaled the demo county's trucks by ~18 and left 37 %
/// of its supply unassigned.) Then the same open depots are assigned again on the calibrated
/// instance (the siting MIP with every depot fixed) and routed: the siting promises only what the
/// fleet can collect, and what it leaves out is reachable but not assigned, explained as
/// "every vehicle that could bring it in time is fully used … routes show a vehicle collects 1/x
/// of the full-load estimate".
///
/// **Budget.** At most ``maxPasses`` passes, each only while a quarter of the time left covers
/// the previous pass (or without a deadline). The calibrated instance is what later stages (the
/// location-routing search) price and assign with, so they keep the promise too.
extension IntegratedPlanner {
    /// Share of a depot's assigned kilograms left uncollected above which it counts as fleet-short.
    static let shortShare = 0.02
    /// Head-room on the calibrated scale: aim a little below what the routes achieved, since the
    /// shared vehicles are allotted again for the new assignment.
    static let calibrationMargin = 1.15
    /// Largest scale of any type: a type whose routes collected nothing at the fleet-short depots
    /// where it was assigned is budgeted at 1/20 of its full-load estimate rather than shut out.
    static let maxFleetScale = 20.0
    /// Calibration passes after the first routed day.
    static let maxPasses = 3

    /// The calibrated scale per vehicle type for `instance` (absolute, as
    /// ``SitingInstance/withFleetScale(_:)`` takes it), or `nil` when no depot of `siting` is
    /// fleet-short on `pickup`'s routes (or nothing would change).
    static func calibratedFleetScale(instance: SitingInstance, siting: SitingPlan, pickup: PickupPlan) -> [Double]? {
        let network = instance.network
        let depotIndex = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, $0) })
        let villageIndex = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let typeIndex = Dictionary(uniqueKeysWithValues: network.vehicleTypes.enumerated().map { ($1.id, $0) })
        let open = siting.openDepots.compactMap { depotIndex[$0.id] }

        var assigned = [Int: Double](), collected = [Int: Double]()
        for a in siting.assignments { if let j = depotIndex[a.depot] { assigned[j, default: 0] += a.kilograms.value } }
        for r in pickup.routes { if let j = depotIndex[r.depot] { collected[j, default: 0] += r.load.value } }
        let short = Set(open.filter { j in
            let a = assigned[j] ?? 0
            return a > 0 && a - (collected[j] ?? 0) > max(1, shortShare * a)
        })
        guard !short.isEmpty else { return nil }

        // Round-trip minutes of a village–depot pair (2·t_ij + service_i), from the compiled arcs.
        var roundTrip = [IndexPair: Double]()
        for arc in instance.arcs {
            let i = instance.items[arc.item].village
            roundTrip[IndexPair(village: i, depot: arc.depot)] = 2 * arc.travel.time.value + network.villages[i].serviceTime.value
        }
        let types = network.vehicleTypes.indices
        // Per type, at the fleet-short depots: the fleet-minutes the siting promised (its
        // assignments) and those of what the routes of that type collected, both in the estimate.
        var promised = [Double](repeating: 0, count: types.count)
        var achieved = [Double](repeating: 0, count: types.count)
        func minutes(_ i: Int, _ j: Int, _ t: Int) -> Double? {
            let capacity = network.vehicleTypes[t].capacity.value
            guard capacity > 0, let m = roundTrip[IndexPair(village: i, depot: j)] else { return nil }
            return m / capacity * instance.fleetScale(of: t)
        }
        for a in siting.assignments {
            guard let j = depotIndex[a.depot], short.contains(j), let t = typeIndex[a.vehicleType],
                  let i = villageIndex[a.village], let m = minutes(i, j, t) else { continue }
            promised[t] += m * a.kilograms.value
        }
        for route in pickup.routes {
            guard let j = depotIndex[route.depot], short.contains(j), let t = typeIndex[route.vehicleType] else { continue }
            for stop in route.stops {
                guard let i = villageIndex[stop.village], let m = minutes(i, j, t) else { continue }
                achieved[t] += m * stop.kilograms.value
            }
        }
        var changed = false
        let scale = types.map { t -> Double in
            let current = instance.fleetScale(of: t)
            guard promised[t] > 0 else { return current }
            let factor = achieved[t] > 0 ? calibrationMargin * promised[t] / achieved[t] : maxFleetScale
            let next = min(maxFleetScale, current * max(1, factor))
            if next > current * (1 + 1e-9) { changed = true }
            return max(current, next)
        }
        return changed ? scale : nil
    }

    /// `result` (a routed day of `instance`) calibrated: up to ``maxPasses`` times, while some
    /// depot is fleet-short, the fleet scale is recalibrated and the same open depots are assigned
    /// again on the calibrated instance and routed. Returns the last day planned and the instance
    /// it was planned on (`result` and `instance` unchanged when no depot is fleet-short). The
    /// calibrated day replaces the uncalibrated one whatever its cost, since that one broke the
    /// fleet's promise; its ``Result/round`` and ``Result/dayCosts`` stay those of the rounds.
    static func calibrated(
        _ result: Result, instance: SitingInstance, network: CountyNetwork, travel: TravelModel, options: SitingOptions,
        routeTime: Duration?, seed: UInt64, routeIterations: Int?, deadline: ContinuousClock.Instant?, stop: StopSignal?
    ) throws -> (result: Result, instance: SitingInstance) {
        let clock = ContinuousClock()
        var day = result, instance = instance
        var lastPass = Duration.zero
        for _ in 0..<maxPasses {
            if stop?.isStopped == true || day.interrupted { break }
            if let deadline {
                let left = deadline - clock.now
                if left < .seconds(1) || left * 0.25 < lastPass { break }
            }
            guard let scale = calibratedFleetScale(instance: instance, siting: day.siting, pickup: day.pickup) else { break }
            let started = clock.now
            let calibrated = instance.withFleetScale(scale)
            var fixed = options
            let open = Set(day.siting.openDepots.map(\.id))
            fixed.forceOpen = Set(network.depots.map(\.id).filter { open.contains($0) })
            fixed.forceClosed = Set(network.depots.map(\.id).filter { !open.contains($0) })
            fixed.relativeGap = max(options.relativeGap, 0.005)
            fixed.timeLimit = deadline.map { min(($0 - clock.now) * 0.25, .seconds(15)) }
            let siting = try SitingPlanner.solve(try SitingModel(instance: calibrated, options: fixed), stop: stop)
            guard siting.objective != nil, stop?.isStopped != true else { break }
            var routeLimit = routeTime
            if let deadline {
                let left = deadline - clock.now
                routeLimit = max(.milliseconds(1), min(routeLimit ?? left, left - max(.milliseconds(200), left * 0.05)))
            }
            var work = RouteSearchWork()
            let pickup = try PickupPlanner.plan(network: network, travel: travel, siting: siting, timeLimit: routeLimit,
                                                seed: seed, iterations: routeIterations, stop: stop, work: &work)
            if pickup.interrupted { break }
            let express = try ExpressPlanner.plan(network: network, travel: travel, siting: siting, pickup: pickup)
            day = Result(siting: siting, pickup: pickup, express: express, round: day.round,
                         dayCosts: day.dayCosts, routeWork: work,
                         roundsStoppedBy: day.roundsStoppedBy)
            instance = calibrated
            lastPass = clock.now - started
        }
        return (day, instance)
    }

    /// A village–depot pair as network indices.
    private struct IndexPair: Hashable {
        var village: Int
        var depot: Int
    }
}
