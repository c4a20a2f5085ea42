import ColdRouteIO
import ColdRouteModel
import ColdRouteScenario
import Foundation

/// Paths and helpers shared by the scenario tests.
enum Fixture {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func path(_ relative: String) -> String { repository.appendingPathComponent(relative).path }

    static let networksFolder = path("networks")

    /// Reads a scenario from text, as if it were the file `name` in `networks/` (so `base = "tiny.json"` works).
    static func scenario(_ text: String, file: String = "scenarios/test.toml") throws(InputError) -> Scenario {
        try ScenarioReader.read(text: text, file: file, defaultName: "test", relativeTo: networksFolder)
    }

    static func tiny() throws -> CountyNetwork { try NetworkReader.read(path: path("networks/tiny.json")) }
    static func demo() throws -> CountyNetwork { try NetworkReader.read(path: path("networks/demo-county.json")) }

    /// The error a throwing closure throws, as an ``InputError``.
    static func inputError(_ body: () throws -> Void) -> InputError? {
        do {
            try body()
            return nil
        } catch {
            return error as? InputError
        }
    }
}
