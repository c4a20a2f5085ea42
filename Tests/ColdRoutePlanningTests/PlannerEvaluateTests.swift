import ColdRouteIO
import ColdRouteModel
@testable import ColdRoutePlanning
import ColdRouteSiting
import Foundation
import Testing

/// `Planner.evaluate`, the entry point of `coldroute evaluate`: a plan of `Planner.plan`, handed
/// back as schedules, passes and collects what the plan called collected; a schedule moved off its
/// times does not pass.
@Suite struct PlannerEvaluateTests {
    /// The routes of `pickup` as a file would give them: times, kilograms and products per visit.
    static func schedules(of pickup: PickupPlan) -> [RouteSchedule] {
        pickup.routes.map { route in
            RouteSchedule(
                vehicle: route.vehicle, depot: route.depot, vehicleType: route.vehicleType, refrigerated: route.refrigerated,
                start: route.start, end: route.end,
                visits: route.stops.map {
                    RouteSchedule.Visit(village: $0.village, kilograms: $0.kilograms, products: $0.products, trip: $0.trip,
                                        arrival: $0.arrival, serviceStart: $0.serviceStart, departure: $0.departure)
                },
                trips: route.tripList.map { RouteSchedule.Trip(start: $0.start, end: $0.end) })
        }
    }

    @Test func aPlanReadBackCollectsWhatThePlanSays() throws {
        let network = try NetworkGenerator(villages: 25, depots: 4, agencies: 2).generate(seed: 7)
        let result = try Planner.plan(network: network, request: PlanRequest(seed: 2, routeIterations: 40))
        let pickup = try #require(result.pickup)
        #expect(result.checks.passed, "\(result.checks.all)")
        #expect(!pickup.routes.isEmpty)

        let (_, evaluation) = Planner.evaluate(Self.schedules(of: pickup), network: network)
        #expect(evaluation.violations.isEmpty, "\(evaluation.violations)")
        let collected = try #require(result.coverage.collected)
        #expect(abs(evaluation.coverage.supplyCovered.value - collected.supply.value) < 0.01)
        #expect(evaluation.coverage.villagesCovered == collected.villages)
        #expect(evaluation.routes == pickup.routes.count)
    }

    @Test func aRouteLeavingLateFailsItsWindowsOrShelfLife() throws {
        let network = try NetworkGenerator(villages: 25, depots: 4, agencies: 2).generate(seed: 7)
        let result = try Planner.plan(network: network, request: PlanRequest(seed: 2, routeIterations: 40))
        var schedules = Self.schedules(of: try #require(result.pickup))
        // Ten hours later: past every pickup window of the generated county or the shift.
        let late = Minutes(600)
        schedules[0].start = schedules[0].start + late
        schedules[0].end = schedules[0].end + late
        schedules[0].visits = schedules[0].visits.map {
            var v = $0
            v.arrival = v.arrival + late
            v.serviceStart = v.serviceStart.map { $0 + late }
            v.departure = v.departure + late
            return v
        }
        schedules[0].trips = schedules[0].trips.map { RouteSchedule.Trip(start: $0.start + late, end: $0.end + late) }
        let (_, evaluation) = Planner.evaluate(schedules, network: network)
        #expect(!evaluation.violations.isEmpty)
        #expect(evaluation.violations.allSatisfy { $0.route == 0 })
    }
}
