import ColdRouteModel
@testable import ColdRoutePlanning
import ColdRouteSiting
import Testing

/// A county planned region by region: the merged plan passes the same independent checkers as a
/// whole plan, respects the fleet totals, and reports no global bound.
@Suite struct RegionalPlannerTests {
    static let county = try! NetworkGenerator(villages: 300, depots: 12, agencies: 3).generate(seed: 2)

    func planned(regions: Int, routes: Bool = true, deadline: ContinuousClock.Instant? = nil, options: SitingOptions = .init())
        throws -> (CountyNetwork, TravelModel, RegionalPlanner.Result)
    {
        let network = Self.county
        let travel = TravelModel(network: network)
        let split = RegionalDecomposition(network: network, travel: travel, count: regions)
        let result = try RegionalPlanner.plan(
            network: network, travel: travel, decomposition: split, options: options, routes: routes, rounds: 1,
            routeTime: .seconds(2), seed: 1, routeIterations: 200,
            deadline: deadline ?? ContinuousClock.now + .seconds(30))
        return (network, travel, result)
    }

    @Test func mergedPlanPassesEveryChecker() throws {
        let (network, travel, result) = try planned(regions: 3)
        let siting = result.siting
        #expect(result.regions.count == 3)
        #expect(siting.status == .feasible)
        #expect(siting.bound == nil && siting.gap == nil)
        #expect(siting.message?.contains("3 regions") == true)
        #expect(SitingPlanChecker.check(siting, network: network, travel: travel).isEmpty)
        let pickup = try #require(result.pickup), express = try #require(result.express)
        #expect(PickupPlanChecker.check(pickup, network: network, travel: travel, siting: siting).isEmpty)
        #expect(ExpressPlanChecker.check(express, network: network, travel: travel, pickup: pickup).isEmpty)
        // Coverage adds up over the whole network; every vehicle type within its county-wide count.
        #expect(siting.coverage.villagesTotal == network.villages.filter { $0.totalSupply.value > 0 }.count)
        for type in network.vehicleTypes {
            #expect(pickup.routes.count { $0.vehicleType == type.id } <= type.count)
            if let use = siting.fleet.first(where: { $0.vehicleType == type.id }) {
                #expect(use.minutesAvailable.value == Double(type.count) * type.maxShift.value)
            }
        }
        // Regional objectives add up to the merged one.
        let sum = result.regions.reduce(0.0) { $0 + ($1.objective?.value ?? 0) }
        #expect(abs(sum - siting.objective!.value) <= 1e-6 * sum)
    }

    @Test func globalLimitsAreSplitNotExceeded() throws {
        let options = SitingOptions(maxNewDepots: 3, budgetPerDay: Yuan(5_000))
        let (network, travel, result) = try planned(regions: 3, routes: false, options: options)
        #expect(result.pickup == nil)
        #expect(SitingPlanChecker.check(result.siting, network: network, travel: travel, options: options).isEmpty)
        #expect(result.siting.openDepots.count { $0.status == .candidate } <= 3)
    }

    /// Two new sites forced open in one region, with a county-wide limit of two: that region gets
    /// both (a split by supply alone would give it one and make it infeasible), the others none.
    @Test func forcedNewDepotsKeepTheirRegionFeasible() throws {
        let network = Self.county
        let travel = TravelModel(network: network)
        let split = RegionalDecomposition(network: network, travel: travel, count: 3)
        let region = try #require(split.regions.first { r in r.depots.count { network.depots[$0].status == .candidate } >= 2 })
        let forced = region.depots.filter { network.depots[$0].status == .candidate }.prefix(2).map { network.depots[$0].id }
        let cost = forced.reduce(0.0) { total, id in total + network.depots.first { $0.id == id }!.openingCostPerDay.value }
        let options = SitingOptions(maxNewDepots: 2, budgetPerDay: Yuan(cost), forceOpen: Set(forced))
        let regional = RegionalPlanner.regionalOptions(options, network: network, decomposition: split)
        #expect(regional.map { $0.maxNewDepots ?? -1 }.reduce(0, +) == 2)
        #expect(abs(regional.map { $0.budgetPerDay?.value ?? 0 }.reduce(0, +) - cost) < 1e-6)
        let result = try RegionalPlanner.plan(
            network: network, travel: travel, decomposition: split, options: options, routes: false, rounds: 1,
            routeTime: .seconds(1), seed: 1, deadline: ContinuousClock.now + .seconds(30))
        #expect(result.siting.objective != nil)
        #expect(SitingPlanChecker.check(result.siting, network: network, travel: travel, options: options).isEmpty)
    }

    /// A deadline already past still gives a checked plan: every region returns its first
    /// heuristic siting (not proven optimal) and routes from the search's first solutions.
    @Test func pastDeadlineStillGivesACheckedPlan() throws {
        let (network, travel, result) = try planned(regions: 2, deadline: .now)
        #expect(result.siting.status == .feasible)
        #expect(SitingPlanChecker.check(result.siting, network: network, travel: travel).isEmpty)
        let pickup = try #require(result.pickup)
        #expect(PickupPlanChecker.check(pickup, network: network, travel: travel, siting: result.siting).isEmpty)
    }

    /// A stop after the first region: the regions not started get an empty plan, all their supply
    /// uncovered as "interrupted", and the merged plan is whole, marked interrupted and checked.
    @Test func regionsNotStartedAfterAStopAreLeftEmpty() throws {
        let network = Self.county
        let travel = TravelModel(network: network)
        let split = RegionalDecomposition(network: network, travel: travel, count: 3)
        let stop = StopSignal()
        let result = try RegionalPlanner.plan(
            network: network, travel: travel, decomposition: split, options: .init(), routes: true, rounds: 1,
            routeTime: .seconds(2), seed: 1, routeIterations: 200, deadline: .now + .seconds(30),
            progress: { _, done, _ in if done == 1 { stop.stop() } }, stop: stop)
        #expect(result.regions.map { $0.unplanned == true } == [false, true, true])
        let siting = result.siting
        #expect(siting.interrupted && siting.status == .feasible)
        #expect(SitingPlanChecker.check(siting, network: network, travel: travel).isEmpty)
        let pickup = try #require(result.pickup), express = try #require(result.express)
        #expect(PickupPlanChecker.check(pickup, network: network, travel: travel, siting: siting).isEmpty)
        #expect(ExpressPlanChecker.check(express, network: network, travel: travel, pickup: pickup).isEmpty)
        // Exactly the villages of the regions not started are uncovered for that reason, with all their supply.
        let later = Set(split.regions.dropFirst().flatMap(\.villages).map { network.villages[$0].id })
        let interrupted = siting.uncovered.filter { $0.reason.cause == .interrupted }
        #expect(Set(interrupted.map(\.village)) == later.filter { id in network.villages.first { $0.id == id }!.totalSupply.value > 0 })
        let laterSupply = network.villages.filter { later.contains($0.id) }.reduce(0.0) { $0 + $1.totalSupply.value }
        #expect(abs(interrupted.reduce(0.0) { $0 + $1.kilograms.value } - laterSupply) < 1e-6 * laterSupply)
        #expect(!siting.assignments.contains { later.contains($0.village) })
    }

    /// A stop before the first region: no plan at all, as for a whole network stopped while compiled.
    @Test func aStopBeforeTheFirstRegionGivesNoPlan() throws {
        let network = Self.county
        let travel = TravelModel(network: network)
        let stop = StopSignal()
        stop.stop()
        let result = try RegionalPlanner.plan(
            network: network, travel: travel, decomposition: RegionalDecomposition(network: network, travel: travel, count: 2),
            options: .init(), routes: true, rounds: 1, routeTime: nil, seed: 1, routeIterations: 100, deadline: nil, stop: stop)
        #expect(result.siting.status == .noSolution && result.siting.interrupted)
        #expect(result.pickup == nil && result.regions.isEmpty)
    }
}
