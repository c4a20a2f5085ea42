import ColdRouteModel
import ColdRouteSiting
import Testing

/// Each reason for leaving supply uncovered, provoked on a variant of the tiny network.
@Suite struct UncoveredExplainerTests {
    func plan(_ options: SitingOptions = .init(), _ change: (inout CountyNetwork) -> Void) throws -> SitingPlan {
        var network = try Fixtures.network("networks/tiny.json")
        change(&network)
        let travel = TravelModel(network: network)
        let plan = try SitingPlanner.plan(network: network, travel: travel, options: options)
        #expect(SitingPlanChecker.check(plan, network: network, travel: travel, options: options).isEmpty)
        return plan
    }

    @Test func fullDepot() throws {
        // D0 takes 300 of V1 + V2's 400 kg; the rest has no other depot within 30 minutes.
        let plan = try plan { $0.depots[0].capacityPerDay = Kilograms(300) }
        let left = try #require(plan.uncovered.first { $0.village == "V1" || $0.village == "V2" })
        #expect(abs(plan.uncovered.filter { $0.village != "V4" }.reduce(0) { $0 + $1.kilograms.value } - 100) < 1e-6)
        #expect(left.reason.description.contains("the open depots within shelf life (D0) are full"), "\(left.reason)")
    }

    @Test func fleetUsedUp() throws {
        // One truck with a 10-minute shift: V1 (4 vehicle-minutes), V2 (8) and V3 (8) cannot all be fetched.
        let plan = try plan {
            $0.vehicleTypes[0].count = 1
            $0.vehicleTypes[0].maxShift = Minutes(10)
        }
        let truck = try #require(plan.fleet.first)
        #expect(abs(truck.minutesUsed.value - 10) < 1e-6)
        let reasons = plan.uncovered.filter { $0.village != "V4" }.map(\.reason.description)
        #expect(!reasons.isEmpty)
        #expect(reasons.allSatisfy { $0.contains("every vehicle that could bring it in time is fully used") }, "\(reasons)")
    }

    @Test func refrigeratedVanReachesTheFarVillage() throws {
        // A refrigerated type gives berries 60 minutes: V4 could then reach D0 (65 min)? No — but D2 (23 min)
        // stays too dear, so V4 remains uncovered and the reason speaks of the refrigerated shelf life.
        let plan = try plan { $0.vehicleTypes[0].refrigerated = true }
        let v4 = try #require(plan.uncovered.first { $0.village == "V4" })
        #expect(v4.reason.description.contains("65 min away, berry shelf life 60 min refrigerated"), "\(v4.reason)")
    }

    @Test func depotOutsideReceivingHours() throws {
        // D1 (forced open) receives only until 06:05; V3 is 10 minutes away and loads from 06:00 at the earliest.
        let plan = try plan(SitingOptions(forceOpen: ["D1"])) { $0.depots[1].receivingClose = Minutes(6 * 60 + 5) }
        let v3 = try #require(plan.uncovered.first { $0.village == "V3" })
        #expect(v3.reason.description.contains("cannot arrive within its receiving hours"), "\(v3.reason)")
    }

    @Test func expressCutoffMissed() throws {
        // The agency closes at 06:15: produce cooled at D1 by 06:10 is 20 minutes away from it.
        let plan = try plan { $0.agencies[0].cutoff = Minutes(6 * 60 + 15) }
        #expect(plan.uncovered.contains { $0.reason.description.contains("too late for every express agency's cut-off") })
    }

    @Test func zeroShiftIsNoWorkingTimeAndNoClosedSiteCouldServe() throws {
        // Issue 11: with a 0-minute shift the reason said a closed site "could serve it".
        let plan = try plan { $0.vehicleTypes[0].maxShift = Minutes(0) }
        let reasons = plan.uncovered.map(\.reason.description)
        #expect(!reasons.isEmpty)
        #expect(reasons.allSatisfy { !$0.contains("could serve it") }, "\(reasons)")
        #expect(reasons.contains { $0.contains("has working time") && $0.contains("0 min shifts") }, "\(reasons)")
    }

    @Test func fleetCountZeroIsNamedAsSuch() throws {
        // Issue 11: count 0 was explained as "no vehicle type can be based at the open depots".
        let plan = try plan { $0.vehicleTypes[0].count = 0 }
        let reasons = plan.uncovered.map(\.reason.description)
        #expect(!reasons.isEmpty)
        #expect(reasons.allSatisfy { $0.contains("has count 0") && !$0.contains("could serve it") }, "\(reasons)")
    }
}
