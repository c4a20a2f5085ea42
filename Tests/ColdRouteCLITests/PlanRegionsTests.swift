import Foundation
import Testing

/// `plan --regions` / `--no-decompose` end to end on a generated county.
@Suite struct PlanRegionsTests {
    @Test func regionalPlanPassesTheChecksAndSaysItHasNoGlobalGap() throws {
        let path = try CLIRunner.temporaryDirectory().appendingPathComponent("county.json").path
        let generated = try CLIRunner.run(["generate", "--villages", "240", "--depots", "10", "--agencies", "2", "--seed", "4", "--out", path])
        #expect(generated.status == 0, "\(generated.stderr)")
        let result = try CLIRunner.run(["plan", path, "--regions", "3", "--rounds", "1", "--route-iterations", "200",
                                        "--time-limit", "30", "--json"])
        // Exit 0: the merged plan passed the independent checks (70 otherwise).
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("planning in 3 regions"))
        #expect(result.stderr.contains("region 3/3"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "feasible")
        #expect(object["gap"] == nil || object["gap"] is NSNull)
        #expect((object["message"] as? String)?.contains("no bound or gap for the whole network") == true)
    }

    @Test func helpExplainsDecompositionAndContradictionsAreRefused() throws {
        let help = try CLIRunner.run(["plan", "--help"])
        #expect(help.stdout.contains("--regions") && help.stdout.contains("--no-decompose"))
        #expect(help.stdout.contains("3,000 villages"))
        let bad = try CLIRunner.run(["plan", "networks/tiny.json", "--no-decompose", "--regions", "2"])
        #expect(bad.status == 64)
    }
}
