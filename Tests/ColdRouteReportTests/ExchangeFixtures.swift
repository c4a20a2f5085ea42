import ColdRouteIO
import ColdRouteModel
import ColdRoutePlanning
import ColdRouteReport
import ColdRouteSiting
import Foundation

/// A bundled network planned once (siting + routes) and exported once, shared by the tests.
struct PlannedNetwork: Sendable {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `networks/tiny.json`: planar, so no GeoJSON.
    static let tiny = Result { try PlannedNetwork("networks/tiny.json") }
    /// `networks/demo-county.json`: lon/lat, 66 villages.
    static let demo = Result { try PlannedNetwork("networks/demo-county.json") }

    let network: CountyNetwork
    let travel: TravelModel
    let siting: SitingPlan
    let pickup: PickupPlan
    let directory: URL
    let written: PlanExport.Written

    init(_ file: String) throws {
        network = try NetworkReader.read(path: Self.repository.appendingPathComponent(file).path)
        travel = TravelModel(network: network)
        siting = try SitingPlanner.plan(network: network, travel: travel)
        pickup = try PickupPlanner.plan(network: network, travel: travel, siting: siting, timeLimit: nil, seed: 7,
                                        iterations: 300)
        directory = Self.temporaryDirectory()
        written = try PlanExport.export(network: network, siting: siting, pickup: pickup, to: directory.path)
    }

    static func temporaryDirectory() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("coldroute-exchange-\(UUID().uuidString)")
    }

    func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    func text(_ name: String) throws -> String { try String(contentsOf: url(name), encoding: .utf8) }

    func json(_ name: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: url(name))) as? [String: Any] ?? [:]
    }

    /// Reads an exported routes file back and evaluates it without the siting plan.
    func evaluate(_ name: String) throws -> PlanEvaluation {
        let sheet = try RouteSheetReader.read(path: url(name).path, network: network)
        let plan = PickupPlan(schedules: sheet.routes.map(Self.schedule), network: network, travel: travel)
        return PickupPlanChecker.evaluate(plan, network: network, travel: travel, timeTolerance: sheet.timeResolution)
    }

    static func schedule(_ route: RouteSheet.Route) -> RouteSchedule {
        RouteSchedule(
            vehicle: route.vehicle, depot: route.depot, vehicleType: route.vehicleType, refrigerated: route.refrigerated,
            start: route.start, end: route.end,
            visits: route.stops.map {
                RouteSchedule.Visit(village: $0.village, kilograms: $0.kilograms,
                                    products: $0.products.map { PickupPlan.ProductLoad(product: $0.product, kilograms: $0.kilograms) },
                                    trip: $0.trip, arrival: $0.arrival, serviceStart: $0.serviceStart, departure: $0.departure)
            },
            trips: route.trips.map { RouteSchedule.Trip(start: $0.start, end: $0.end) })
    }
}
