import ColdRouteModel
@testable import ColdRoutePlanning
@testable import ColdRouteSiting
import Testing

/// One coverage, one truth: the siting's fleet rows calibrated by routes
/// (`IntegratedPlanner+FleetCalibration.swift`). On a small generated county whose full-load
/// estimate promises more than the routes can fetch, the calibrated plan assigns only what its
/// routes collect, and its siting keeps its own (calibrated) fleet rows.
@Suite struct FleetCalibrationTests {
    /// 40 villages, 4 depots: with the uncalibrated estimate the routes collected 85.5 % of the
    /// assigned supply (release build, `plan --rounds 1 --route-iterations 100`; 50 iterations here keep the debug test short).
    static func county() throws -> CountyNetwork {
        try NetworkGenerator(villages: 40, depots: 4, agencies: 2).generate(seed: 1)
    }

    /// Scaled arcs need `compiled × scale` minutes per kg; costs, verdicts and items are kept; a
    /// second scale replaces the first (it is absolute); repricing keeps the scale.
    @Test func scaledArcsNeedScaledMinutes() throws {
        let network = try Self.county()
        let base = SitingInstance(network: network, travel: TravelModel(network: network))
        let scale = network.vehicleTypes.indices.map { 1 + Double($0) * 0.75 }
        let scaled = base.withFleetScale(scale)
        #expect(scaled.arcs.count == base.arcs.count && !base.arcs.isEmpty)
        for (a, b) in zip(base.arcs, scaled.arcs) {
            #expect(abs(b.vehicleMinutesPerKg - a.vehicleMinutesPerKg * scale[a.vehicleType]) <= 1e-12 * a.vehicleMinutesPerKg)
            #expect(a.costPerKg == b.costPerKg && a.item == b.item && a.depot == b.depot)
        }
        let again = scaled.withFleetScale(scale.map { $0 * 2 })
        for (a, b) in zip(base.arcs, again.arcs) {
            #expect(abs(b.vehicleMinutesPerKg - a.vehicleMinutesPerKg * 2 * scale[a.vehicleType]) <= 1e-9 * a.vehicleMinutesPerKg)
        }
        #expect(scaled.repriced { $0.costPerKg }.fleetScale == scale)
        #expect(base.fleetScale(of: 0) == 1 && scaled.fleetScale(of: 2) == scale[2])
    }

    /// The uncalibrated siting's routes leave produce behind (else this county tests nothing), so
    /// the calibration tightens some type and loosens none; the whole pipeline, clock-free, then
    /// collects at least 95 % of what it assigns, the checkers pass, and the siting's own fleet
    /// rows (minutes at the calibrated scale) stay within vehicles × shift.
    @Test func calibratedPlanCollectsWhatItAssigns() throws {
        let network = try Self.county()
        let travel = TravelModel(network: network)
        let base = SitingInstance(network: network, travel: travel)
        let siting = try SitingPlanner.solve(try SitingModel(instance: base, options: SitingOptions()))
        let pickup = try PickupPlanner.plan(network: network, travel: travel, siting: siting, timeLimit: nil, seed: 1,
                                            iterations: 50)
        let assigned = siting.assignments.reduce(0) { $0 + $1.kilograms.value }
        #expect(pickup.collected.value < 0.95 * assigned, "the uncalibrated plan already keeps its promise")
        let scale = try #require(IntegratedPlanner.calibratedFleetScale(instance: base, siting: siting, pickup: pickup))
        #expect(scale.allSatisfy { $0 >= 1 } && scale.contains { $0 > 1 })

        let result = try Planner.plan(network: network, request: PlanRequest(rounds: 1, regions: 1, seed: 1, routeIterations: 50))
        #expect(result.checks.passed, "\(result.checks.all)")
        let c = result.coverage
        let collected = try #require(c.collected)
        #expect(collected.supply.value >= 0.95 * c.assigned.supply.value,
                "collected \(collected.supply.value) of \(c.assigned.supply.value) kg assigned")
        #expect(c.assigned.supply.value > 0.5 * assigned, "calibration shut the fleet out")
        for use in result.siting.fleet {
            #expect(use.minutesUsed.value <= use.minutesAvailable.value * (1 + 1e-6), "\(use.vehicleType)")
        }
    }

    /// Regional planning is calibrated the same way: on the county split in two regions
    /// (clock-free), the merged routes collect at least 95 % of what the merged siting assigns
    /// (before the planner trims the assignments), and each region's fleet rows stay within
    /// vehicles × shift at their calibrated scale.
    @Test func regionalPlanIsCalibrated() throws {
        let network = try Self.county()
        let travel = TravelModel(network: network)
        let decomposition = RegionalDecomposition(network: network, travel: travel, count: 2)
        #expect(decomposition.regions.count == 2)
        let result = try RegionalPlanner.plan(
            network: network, travel: travel, decomposition: decomposition, options: SitingOptions(), routes: true,
            rounds: 1, routeTime: nil, seed: 1, routeIterations: 50, deadline: nil)
        let pickup = try #require(result.pickup)
        let assigned = result.siting.assignments.reduce(0) { $0 + $1.kilograms.value }
        #expect(assigned > 0)
        #expect(pickup.collected.value >= 0.95 * assigned, "collected \(pickup.collected.value) of \(assigned) kg assigned")
        for use in result.siting.fleet {
            #expect(use.minutesUsed.value <= use.minutesAvailable.value * (1 + 1e-6), "\(use.vehicleType)")
        }
    }
}
