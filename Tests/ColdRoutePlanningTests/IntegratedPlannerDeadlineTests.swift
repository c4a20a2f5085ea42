import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Testing

/// Rounds under one deadline: later rounds are skipped once the deadline is near.
@Suite struct IntegratedPlannerDeadlineTests {
    @Test func roundsStopAtTheDeadline() throws {
        let network = RegionalPlannerTests.county
        let travel = TravelModel(network: network)
        let outcome = try IntegratedPlanner.plan(
            network: network, travel: travel, options: SitingOptions(), rounds: 3, routeTime: .seconds(3), seed: 1,
            routeIterations: 100, deadline: .now)
        let routed = try #require(outcome.routed)
        #expect(routed.dayCosts.count == 1)
        #expect(outcome.siting.status == .optimal || outcome.siting.status == .feasible)
        #expect(PickupPlanChecker.check(routed.pickup, network: network, travel: travel, siting: outcome.siting).isEmpty)
    }
}
