import ColdRouteModel
import ColdRouteSiting
import Testing

/// The independent checker must catch each kind of broken plan.
@Suite struct SitingPlanCheckerTests {
    let network: CountyNetwork
    let travel: TravelModel
    let good: SitingPlan

    init() throws {
        network = try Fixtures.network("networks/tiny.json")
        travel = TravelModel(network: network)
        good = try SitingPlanner.plan(network: network, travel: travel)
    }

    func violations(_ plan: SitingPlan, _ options: SitingOptions = .init()) -> [String] {
        SitingPlanChecker.check(plan, network: network, travel: travel, options: options).map(\.description)
    }

    @Test func goodPlanPasses() {
        #expect(violations(good).isEmpty)
    }

    @Test func shelfLifeViolationIsCaught() throws {
        var plan = good
        // Claim V4 is served by D0, 65 minutes away with a 30-minute shelf life.
        let leg = try #require(travel.leg(from: .village(3), to: .depot(0)))
        plan.uncovered = []
        plan.assignments.append(SitingPlan.Assignment(
            village: "V4", product: "berry", depot: "D0", kilograms: Kilograms(50), travelTime: leg.time,
            distance: leg.distance, vehicleType: "truck", agency: "A1", arrival: Minutes(6 * 60) + leg.time))
        let found = violations(plan)
        #expect(found.contains { $0.contains("exceeds shelf life") })
    }

    @Test func closedDepotAndCapacityAreCaught() {
        var plan = good
        plan.openDepots.removeAll { $0.id == "D1" }
        #expect(violations(plan).contains { $0.contains("depot is not open") })

        var overfull = good
        let index = overfull.assignments.firstIndex { $0.village == "V3" }!
        overfull.assignments[index].kilograms = Kilograms(1400)
        let found = violations(overfull)
        #expect(found.contains { $0.contains("over capacity") })
        #expect(found.contains { $0.contains("≠ supply") })
    }

    @Test func falseCoverageClaimsAreCaught() {
        var plan = good
        plan.coverage.villagesCovered = 4
        plan.coverage.lowIncomeCovered = 75
        let found = violations(plan)
        #expect(found.contains { $0.contains("village coverage") })
        #expect(found.contains { $0.contains("low-income coverage") })
    }

    @Test func costsThatDoNotAddUpAreCaught() {
        var plan = good
        plan.cost.spoilage = Yuan(0)
        let found = violations(plan)
        #expect(found.contains { $0.contains("spoilage") })
        #expect(found.contains { $0.contains("not the objective") })
    }

    @Test func brokenLimitsAreCaught() {
        #expect(violations(good, SitingOptions(maxNewDepots: 0)).contains { $0.contains("exceed the limit") })
        #expect(violations(good, SitingOptions(forceClosed: ["D1"])).contains { $0.contains("forced-closed") })
        #expect(violations(good, SitingOptions(minLowIncomeCoverage: 0.8)).contains { $0.contains("below the target") })
    }

    @Test func lateArrivalIsCaught() {
        var plan = good
        let index = plan.assignments.firstIndex { $0.village == "V1" }!
        plan.assignments[index].arrival = Minutes(19 * 60)   // loading at 18:50, after the 18:00 window
        #expect(violations(plan).contains { $0.contains("outside the village's window") })
    }
}
