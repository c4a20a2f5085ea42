import ColdRouteIO
import ColdRouteModel
import ColdRoutePlanning
import ColdRouteScenario
import ColdRouteSiting
import Foundation

/// Two planned scenarios of the tiny network (networks/tiny.md), built in code.
enum ComparisonFixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `status-quo` (no new depots) and `open-all` (free siting, a 4 × 1.5 supply in V4's village).
    static func outcomes() throws -> [ScenarioOutcome] {
        let tiny = try NetworkReader.read(path: repository.appendingPathComponent("networks/tiny.json").path)
        let folder = repository.appendingPathComponent("networks").path
        let texts = [
            ("status-quo", "base = \"tiny.json\"\ndescription = \"existing store only\"\n[depots]\nmaxNew = 0\n"),
            ("open-all", "base = \"tiny.json\"\ndescription = \"any store, with \\\"quotes\\\", and commas\"\n[supply.village]\nV4 = 1.5\n"),
        ]
        return try texts.map { name, text in
            let scenario = try ScenarioReader.read(text: text, file: "\(name).toml", defaultName: name, relativeTo: folder)
            let (network, options, settings) = try scenario.apply(to: tiny)
            let travel = TravelModel(network: network)
            let siting = try SitingPlanner.plan(network: network, travel: travel, options: options)
            let pickup = try PickupPlanner.plan(network: network, travel: travel, siting: siting, timeLimit: .milliseconds(300), seed: 1)
            return ScenarioOutcome(scenario: scenario, network: network, options: options, settings: settings, siting: siting,
                                   pickup: pickup, sitingViolations: [], routeProblems: [], planningSeconds: 0.01, checkSeconds: 0.3)
        }
    }
}
