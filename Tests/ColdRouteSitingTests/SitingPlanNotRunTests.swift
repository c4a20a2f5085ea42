import ColdRouteModel
import ColdRouteSiting
import Testing

/// The plans of networks a stop request kept from being planned: ``SitingPlan/notRun(network:message:)``
/// (no plan) and ``SitingPlan/unplanned(network:options:message:)`` (an empty plan the checker accepts).
@Suite struct SitingPlanNotRunTests {
    static let demo = try! Fixtures.network("networks/demo-county.json")

    @Test func notRunHasNoPlanButCountsTheSupply() {
        let plan = SitingPlan.notRun(network: Self.demo, message: "stopped")
        #expect(plan.status == .noSolution && plan.interrupted && plan.objective == nil)
        #expect(plan.coverage.villagesTotal == Self.demo.villages.count { $0.totalSupply.value > 0 })
        #expect(abs(plan.coverage.supplyTotal.value - Self.demo.villages.reduce(0.0) { $0 + $1.totalSupply.value }) < 1e-6)
    }

    /// Existing depots stay open (D1, D2), a forced site opens (D3), a forced-closed existing depot
    /// does not (D2 when closed); nothing is assigned and every kilogram is uncovered as interrupted.
    @Test(arguments: [
        (SitingOptions(), ["D1", "D2"]),
        (SitingOptions(forceOpen: ["D3"], forceClosed: ["D2"]), ["D1", "D3"]),
        (SitingOptions(existingMayClose: true), []),
    ])
    func unplannedOpensWhatMustBeOpenAndPassesTheChecker(options: SitingOptions, open: [String]) {
        let network = Self.demo
        let plan = SitingPlan.unplanned(network: network, options: options, message: "stopped")
        #expect(plan.status == .feasible && plan.interrupted)
        #expect(plan.openDepots.map(\.id.rawValue) == open)
        #expect(plan.assignments.isEmpty && plan.coverage.supplyCovered.value == 0)
        #expect(plan.uncovered.allSatisfy { $0.reason.cause == .interrupted })
        #expect(SitingPlanChecker.check(plan, network: network, travel: TravelModel(network: network), options: options).isEmpty)
    }

    /// An empty plan cannot meet a low-income target: then there is no plan.
    @Test func unplannedUnderALowIncomeTargetIsNoPlan() {
        let plan = SitingPlan.unplanned(network: Self.demo, options: SitingOptions(minLowIncomeCoverage: 0.5), message: "stopped")
        #expect(plan.status == .noSolution && plan.objective == nil)
    }
}
