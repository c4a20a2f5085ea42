import ColdRouteModel
@testable import ColdRoutePlanning
import ColdRouteSiting
import Testing

/// One coverage, one truth at the end of planning (`CollectedAssignment.swift`): the siting's
/// assignments trimmed to what the routes collect. On FleetCalibrationTests' county the
/// uncalibrated siting's routes (50 iterations) leave produce behind, which gives a real plan to trim.
@Suite struct CollectedAssignmentTests {
    struct Day {
        var network: CountyNetwork
        var travel: TravelModel
        var siting: SitingPlan
        var pickup: PickupPlan
    }

    static func day() throws -> Day {
        let network = try FleetCalibrationTests.county()
        let travel = TravelModel(network: network)
        let siting = try SitingPlanner.solve(try SitingModel(instance: SitingInstance(network: network, travel: travel),
                                                             options: SitingOptions()))
        let pickup = try PickupPlanner.plan(network: network, travel: travel, siting: siting, timeLimit: nil, seed: 1,
                                            iterations: 50)
        return Day(network: network, travel: travel, siting: siting, pickup: pickup)
    }

    static func isNotCollected(_ u: SitingPlan.Uncovered) -> Bool {
        if case .notCollected = u.reason.cause { true } else { false }
    }

    /// Every assigned kilogram of the trimmed plan is collected; what the routes left behind is
    /// uncovered with the depot's routes as its reason (and as much of it); both independent
    /// checkers pass; spoilage grows by the value of what was withdrawn, handling shrinks by the
    /// depots' rates; fleet minutes only shrink; the routes are untouched; trimming again changes nothing.
    @Test func trimmedPlanAssignsWhatRoutesCollect() throws {
        let d = try Self.day()
        let left = d.pickup.unserved.reduce(0) { $0 + $1.kilograms.value }
        #expect(left > 100, "the routes collect everything: this county tests nothing")
        let (siting, pickup) = try #require(CollectedAssignment.trimmed(
            siting: d.siting, pickup: d.pickup, network: d.network, options: SitingOptions()))

        #expect(pickup.routes == d.pickup.routes)
        #expect(pickup.unserved.isEmpty, "\(pickup.unserved)")
        let assigned = siting.assignments.reduce(0) { $0 + $1.kilograms.value }
        #expect(abs(assigned - pickup.collected.value) <= 1e-6 * assigned)
        #expect(abs(siting.coverage.supplyCovered.value - assigned) <= 1e-6 * assigned)
        #expect(siting.coverage.villagesCovered <= d.siting.coverage.villagesCovered)

        let withdrawn = siting.uncovered.filter(Self.isNotCollected)
        #expect(abs(withdrawn.reduce(0) { $0 + $1.kilograms.value } - left) <= 1e-6 * max(1, left))
        let shortPairs = Set(d.pickup.unserved.map { "\($0.village.rawValue)|\($0.depot.rawValue)" })
        for u in withdrawn {
            guard case let .notCollected(depot, _) = u.reason.cause else { continue }
            let id = String(depot.split(separator: " ").first ?? "")
            #expect(shortPairs.contains("\(u.village.rawValue)|\(id)"), "\(u.village) → \(depot) was not left behind")
        }

        #expect(SitingPlanChecker.check(siting, network: d.network, travel: d.travel).isEmpty,
                "\(SitingPlanChecker.check(siting, network: d.network, travel: d.travel))")
        #expect(PickupPlanChecker.check(pickup, network: d.network, travel: d.travel, siting: siting).isEmpty,
                "\(PickupPlanChecker.check(pickup, network: d.network, travel: d.travel, siting: siting))")

        let value = Dictionary(uniqueKeysWithValues: d.network.products.map { ($0.id, $0.valuePerKg.value) })
        let lost = withdrawn.reduce(0) { $0 + $1.kilograms.value * (value[$1.product] ?? 0) }
        #expect(abs((siting.cost.spoilage - d.siting.cost.spoilage).value - lost) <= 1e-6 * max(1, lost))
        #expect(siting.cost.handling.value < d.siting.cost.handling.value)
        #expect(abs(siting.objective!.value - siting.cost.total.value) <= 1e-9 * siting.cost.total.value)
        for (after, before) in zip(siting.fleet, d.siting.fleet) {
            #expect(after.minutesUsed.value <= before.minutesUsed.value + 1e-9, "\(after.vehicleType)")
        }
        #expect(CollectedAssignment.trimmed(siting: siting, pickup: pickup, network: d.network, options: SitingOptions()) == nil)
    }

    /// Under single-sourcing a product the routes collect in part keeps its whole assignment (and
    /// its unserved entry): no village's product is split between a depot and spoilage.
    @Test func singleSourcingKeepsPartlyCollectedProducts() throws {
        let d = try Self.day()
        var options = SitingOptions()
        options.singleSource = true
        guard let (siting, pickup) = CollectedAssignment.trimmed(
            siting: d.siting, pickup: d.pickup, network: d.network, options: options) else { return }
        for u in siting.uncovered where Self.isNotCollected(u) {
            #expect(!siting.assignments.contains { $0.village == u.village && $0.product == u.product },
                    "\(u.village)/\(u.product) split between a depot and spoilage")
        }
        #expect(PickupPlanChecker.check(pickup, network: d.network, travel: d.travel, siting: siting).isEmpty)
    }

    /// A low-income target the trimmed plan would miss leaves the plan as it is.
    @Test func lowIncomeTargetIsNeverBroken() throws {
        let d = try Self.day()
        let c = d.siting.coverage
        var options = SitingOptions()
        options.minLowIncomeCoverage = Double(c.lowIncomeCovered) / Double(max(1, c.lowIncomeTotal))
        let trimmed = CollectedAssignment.trimmed(siting: d.siting, pickup: d.pickup, network: d.network, options: options)
        if let trimmed {
            #expect(Double(trimmed.siting.coverage.lowIncomeCovered) >= options.minLowIncomeCoverage! * Double(c.lowIncomeTotal) - 1e-9)
        } else {
            // Without the target the same plan is trimmed, and loses low-income coverage.
            let free = try #require(CollectedAssignment.trimmed(siting: d.siting, pickup: d.pickup, network: d.network,
                                                                options: SitingOptions()))
            #expect(free.siting.coverage.lowIncomeCovered < c.lowIncomeCovered)
        }
    }

    /// The whole pipeline (clock-free, a route budget too small to collect all of the calibrated
    /// promise) reports no "assigned but not collected": collected = assigned, checks pass, and the
    /// day cost is the dispatch's.
    @Test func plannerReportsCollectedAsAssigned() throws {
        let network = try FleetCalibrationTests.county()
        let result = try Planner.plan(network: network, request: PlanRequest(rounds: 1, regions: 1, seed: 2, routeIterations: 5))
        #expect(result.checks.passed, "\(result.checks.all)")
        let pickup = try #require(result.pickup)
        #expect(pickup.unserved.isEmpty, "\(pickup.unserved)")
        let c = result.coverage
        let collected = try #require(c.collected)
        #expect(abs(collected.supply.value - c.assigned.supply.value) <= 1e-6 * c.assigned.supply.value)
        #expect(result.dayCost == result.express?.cost)
    }
}
