import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Foundation
import Testing

/// A ``StopSignal`` set while a generated county is being planned: the planners come back soon
/// with the best plan so far, marked interrupted, and it passes every independent checker.
@Suite struct InterruptionTests {
    /// 250 villages: large enough that neither the siting nor the routes finish in a few seconds
    /// of a debug build, small enough that routes for every depot (one educated solution each, what
    /// a stop leaves time for) take a few seconds.
    static let county = NetworkGenerator.county(villages: 250, depots: 12, agencies: 3, seed: 4)

    /// Sets `stop` from another thread after `delay`.
    static func stop(_ stop: StopSignal, after delay: Duration) {
        Thread.detachNewThread {
            Thread.sleep(forTimeInterval: delay.seconds)
            stop.stop()
        }
    }

    @Test func sitingStoppedAfterItsFirstPlanReturnsThatPlan() throws {
        let network = Self.county
        let travel = TravelModel(network: network)
        let stop = StopSignal()
        let clock = ContinuousClock(), started = clock.now
        // Stop at the first progress report with a plan in hand.
        let plan = try SitingPlanner.plan(network: network, travel: travel, progress: { p in
            if p.incumbent != nil { stop.stop() }
        }, stop: stop)
        #expect(clock.now - started < .seconds(20))
        #expect(plan.interrupted)
        #expect(plan.status == .feasible && plan.objective != nil && plan.gap != nil)
        #expect(SitingPlanChecker.check(plan, network: network, travel: travel, options: SitingOptions()).isEmpty)
    }

    @Test func routesStoppedFromAnotherThreadKeepTheFirstCompleteDay() throws {
        let network = Self.county
        let travel = TravelModel(network: network)
        var options = SitingOptions()
        options.relativeGap = 0.05   // a quick siting; the stop comes during the routes
        let stop = StopSignal()
        let clock = ContinuousClock(), started = clock.now
        Self.stop(stop, after: .seconds(2))
        let result = try #require(try IntegratedPlanner.plan(
            network: network, travel: travel, options: options, rounds: 3, routeTime: .seconds(600), seed: 1, stop: stop))
        let elapsed = clock.now - started
        // Without the stop the routes alone would search for minutes; the margin is for a loaded machine.
        #expect(elapsed < .seconds(30), "\(elapsed)")
        #expect(result.interrupted && result.siting.interrupted && result.round == 1)
        #expect(SitingPlanChecker.check(result.siting, network: network, travel: travel, options: options).isEmpty)
        #expect(PickupPlanChecker.check(result.pickup, network: network, travel: travel, siting: result.siting).isEmpty)
        #expect(ExpressPlanChecker.check(result.express, network: network, travel: travel, pickup: result.pickup).isEmpty)
    }

    @Test func routesAskedToStopBeforeTheyStartStillComeBackChecked() throws {
        let network = Self.county
        let travel = TravelModel(network: network)
        var options = SitingOptions()
        options.relativeGap = 0.05
        let siting = try SitingPlanner.plan(network: network, travel: travel, options: options)
        let stop = StopSignal()
        stop.stop()
        // No time bound here (the test above has one): the point is what comes back.
        let pickup = try PickupPlanner.plan(network: network, travel: travel, siting: siting, timeLimit: .seconds(600),
                                            seed: 1, stop: stop)
        #expect(pickup.interrupted && !pickup.routes.isEmpty)
        // Every assigned kilogram is on a route or listed as unserved, as for a finished plan.
        #expect(PickupPlanChecker.check(pickup, network: network, travel: travel, siting: siting).isEmpty)
    }
}

extension NetworkGenerator {
    /// A generated county (the sizes are valid, so this cannot fail).
    static func county(villages: Int, depots: Int, agencies: Int, seed: UInt64) -> CountyNetwork {
        // swiftlint:disable:next force_try
        try! NetworkGenerator(villages: villages, depots: depots, agencies: agencies).generate(seed: seed)
    }
}
