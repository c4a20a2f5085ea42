import ColdRouteModel
import ColdRouteSiting
import Testing

/// The tiny network's optimum and its variants, worked by hand in networks/tiny.md.
@Suite struct SitingPlannerTests {
    let network: CountyNetwork
    let travel: TravelModel

    init() throws {
        network = try Fixtures.network("networks/tiny.json")
        travel = TravelModel(network: network)
    }

    /// V4 served by D2: 50 kg × (2·23/1000 distance + 2·√2164/1000 express trunk to A1).
    let v4ViaD2: Double = {
        let trunk: Double = 2164.0.squareRoot() / 500
        return 50.0 * (0.046 + trunk)
    }()

    func plan(_ options: SitingOptions = .init()) throws -> SitingPlan {
        let plan = try SitingPlanner.plan(network: network, travel: travel, options: options)
        let violations = SitingPlanChecker.check(plan, network: network, travel: travel, options: options)
        #expect(violations.isEmpty, "\(violations)")
        return plan
    }

    @Test func tinyOptimumMatchesHandCalculation() throws {
        let plan = try plan()
        #expect(plan.status == .optimal)
        #expect(abs(plan.objective!.value - 952) < 1e-6)
        #expect(plan.openDepots.map(\.id) == ["D0", "D1"])
        #expect(abs(plan.cost.depotOpening.value - 400) < 1e-9)
        #expect(abs(plan.cost.distance.value - 20) < 1e-9)
        #expect(abs(plan.cost.express.value - 32) < 1e-9)
        #expect(abs(plan.cost.spoilage.value - 500) < 1e-9)
        #expect(plan.coverage.villagesCovered == 3 && plan.coverage.villagesTotal == 4)
        #expect(plan.coverage.supplyCovered.value == 800 && plan.coverage.supplyTotal.value == 850)
        #expect(plan.coverage.lowIncomeCovered == 35 && plan.coverage.lowIncomeTotal == 75)
        let served = Dictionary(uniqueKeysWithValues: plan.assignments.map { ($0.village, $0.depot) })
        #expect(served == ["V1": "D0", "V2": "D0", "V3": "D1"])
    }

    @Test func uncoveredVillageIsExplained() throws {
        let plan = try plan()
        #expect(plan.uncovered.count == 1)
        let v4 = try #require(plan.uncovered.first)
        #expect(v4.village == "V4" && v4.kilograms.value == 50)
        #expect(v4.reason.description.contains("nearest open depot D0 Existing store is 65 min away"))
        #expect(v4.reason.description.contains("berry shelf life 30 min ambient"))
        #expect(v4.reason.description.contains("closed site D2 South candidate could serve it"))
    }

    @Test func lowIncomeTargetForcesTheRemoteDepot() throws {
        let plan = try plan(SitingOptions(minLowIncomeCoverage: 0.8))
        #expect(plan.status == .optimal)
        #expect(abs(plan.objective!.value - (952 - 500 + 2000 + v4ViaD2)) < 1e-6)   // 2458.95
        #expect(Set(plan.openDepots.map(\.id)) == ["D0", "D1", "D2"])
        #expect(plan.coverage.lowIncomeCovered == 75)
    }

    @Test func newDepotLimitLeavesTheEastUncovered() throws {
        let plan = try plan(SitingOptions(maxNewDepots: 0))
        #expect(abs(plan.objective!.value - 4628) < 1e-6)
        #expect(plan.openDepots.map(\.id) == ["D0"])
    }

    @Test func budgetBelowEveryCandidateActsLikeNoNewDepots() throws {
        let plan = try plan(SitingOptions(budgetPerDay: Yuan(299)))
        #expect(abs(plan.objective!.value - 4628) < 1e-6)
    }

    @Test func forcedSitesAreRespected() throws {
        let plan = try plan(SitingOptions(forceOpen: ["D2"], forceClosed: ["D1"]))
        #expect(Set(plan.openDepots.map(\.id)) == ["D0", "D2"])
        // 100 + 2000 + 12 + 16 + V4 via D2 + V3 spoiled 4000.
        #expect(abs(plan.objective!.value - (100 + 2000 + 12 + 16 + v4ViaD2 + 4000)) < 1e-6)
    }

    @Test func unreachableTargetIsReportedNotSolved() throws {
        // Closing D2 leaves V4 (40 of 75 households) unreachable: at most 35/75 = 46.7%.
        let plan = try plan(SitingOptions(forceClosed: ["D2"], minLowIncomeCoverage: 0.5))
        #expect(plan.status == .infeasible)
        #expect(plan.message?.contains("only 35 of 75 low-income households") == true)
    }

    @Test func contradictoryOptionsThrow() {
        #expect(throws: SitingError.self) {
            try SitingPlanner.plan(network: network, travel: travel, options: SitingOptions(forceOpen: ["D1"], forceClosed: ["D1"]))
        }
        #expect(throws: SitingError.self) {
            try SitingPlanner.plan(network: network, travel: travel, options: SitingOptions(forceOpen: ["D9"]))
        }
    }
}

/// Single-sourcing on a hand-checkable variant of the tiny network.
@Suite struct SingleSourceTests {
    /// V1 and V2 (200 kg each) are both within shelf life of D0 (now 300 kg/day) and of a new
    /// candidate D3 next to it (100 kg/day, 50 yuan/day). Split sourcing covers both: 300 + 100 kg,
    /// one village split between D0 and D3. Single-sourced, no village fits in D3 whole, so D3
    /// stays closed and one 200 kg village spoils (plus V4's 50 kg, as in the base case).
    func network() throws -> CountyNetwork {
        var network = try Fixtures.network("networks/tiny.json")
        network.depots[0].capacityPerDay = Kilograms(300)
        var extra = network.depots[1]
        extra.id = "D3"
        extra.name = "Twin"
        extra.location = Coordinate(x: 1, y: 1)
        extra.openingCostPerDay = Yuan(50)
        extra.capacityPerDay = Kilograms(100)
        network.depots.append(extra)
        return network
    }

    @Test func eachVillageHasOneDepot() throws {
        let network = try network()
        let travel = TravelModel(network: network)
        for single in [false, true] {
            let options = SitingOptions(singleSource: single)
            let plan = try SitingPlanner.plan(network: network, travel: travel, options: options)
            #expect(plan.status == .optimal)
            #expect(SitingPlanChecker.check(plan, network: network, travel: travel, options: options).isEmpty)
            let depots = Dictionary(grouping: plan.assignments, by: \.village).mapValues { Set($0.map(\.depot)) }
            let lost = plan.uncovered.reduce(0) { $0 + $1.kilograms.value }
            if single {
                #expect(depots.values.allSatisfy { $0.count == 1 })
                #expect(Set(plan.openDepots.map(\.id)) == ["D0", "D1"])
                #expect(abs(lost - 250) < 1e-6)
            } else {
                #expect(depots.values.contains { $0.count == 2 })
                #expect(Set(plan.openDepots.map(\.id)) == ["D0", "D1", "D3"])
                #expect(abs(lost - 50) < 1e-6)
            }
        }
    }

    @Test func checkerCatchesASplitVillage() throws {
        let network = try network()
        let travel = TravelModel(network: network)
        let split = try SitingPlanner.plan(network: network, travel: travel)
        let violations = SitingPlanChecker.check(split, network: network, travel: travel, options: SitingOptions(singleSource: true))
        #expect(violations.contains { $0.description.contains("served by both") })
    }
}
