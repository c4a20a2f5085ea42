import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Testing

/// A multi-trip day whose minimum duration fits the shift only when waiting between trips moves
/// before the first departure: the reported schedule must be that one (found by a sweep task:
/// `generate --villages 35 --depots 6 --seed 20`, supply × 1.5, two new depots, seed 1,
/// 20 route iterations, which reported a tricycle 06:48–12:20 on a 300-minute shift).
@Suite struct RouteScheduleShiftTests {
    @Test func reportedDayFitsTheShiftTheSearchPriced() throws {
        var network = try NetworkGenerator(villages: 35, depots: 6, agencies: 3).generate(seed: 20)
        for v in network.villages.indices {
            network.villages[v].supply = network.villages[v].supply.mapValues { Kilograms($0.value * 1.5) }
        }
        var options = SitingOptions()
        options.maxNewDepots = 2
        var request = PlanRequest(options: options, seed: 1, routeIterations: 20)
        request.searchMoves = 0
        let result = try Planner.plan(network: network, request: request)
        #expect(result.checks.passed, "\(result.checks.all)")
        #expect(result.pickup?.routes.contains { $0.trips.count > 1 } == true)
    }
}
