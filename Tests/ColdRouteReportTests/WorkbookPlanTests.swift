import ColdRouteIO
import ColdRouteModel
import ColdRoutePlanning
import ColdRouteReport
import ColdRouteSiting
import Foundation
import Testing

/// The goal of issue 14, part 5: `networks/demo-county.xlsx` gives the same plan as
/// `networks/demo-county.json` (same seed, an iteration limit of 60, no time limit).
@Suite struct WorkbookPlanTests {
    @Test func demoWorkbookGivesTheSamePlanAsTheJSONNetwork() throws {
        func planned(_ file: String) throws -> (SitingPlan, PickupPlan, String) {
            let network = try NetworkReader.read(path: PlannedNetwork.repository.appendingPathComponent(file).path)
            let travel = TravelModel(network: network)
            let siting = try SitingPlanner.plan(network: network, travel: travel)
            let pickup = try PickupPlanner.plan(network: network, travel: travel, siting: siting, timeLimit: nil, seed: 11, iterations: 60)
            let rendered = try PlanExport.render(network: network, siting: siting, pickup: pickup)
            let sheet = rendered.contents.first { $0.name == PlanExport.routeSheetFile }.map { String(decoding: $0.data, as: UTF8.self) } ?? ""
            return (siting, pickup, sheet)
        }
        let (jsonSiting, jsonPickup, jsonSheet) = try planned("networks/demo-county.json")
        let (bookSiting, bookPickup, bookSheet) = try planned("networks/demo-county.xlsx")
        #expect(bookSiting.openDepots == jsonSiting.openDepots)
        #expect(bookPickup.routes == jsonPickup.routes)
        #expect(bookPickup.cost == jsonPickup.cost)
        #expect(!jsonSheet.isEmpty && bookSheet == jsonSheet)
    }
}
