import Foundation
import Testing

/// `compare` runs `plan`'s pipeline: a scenario that changes nothing gives the day cost `plan`
/// gives on its base network with the same seed, iteration limit and time limit. And `plan` with
/// an iteration budget and no time limit sets no clock: two runs give the same files.
@Suite struct PlanCompareAgreementTests {
    static func dayCost(planJSON: String) throws -> Double {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(planJSON.utf8)) as? [String: Any])
        let dayCost = try #require(object["dayCost"] as? [String: Any])
        return try #require(dayCost["total"] as? Double)
    }

    @Test(arguments: [("networks/tiny.json", 50), ("networks/demo-county.json", 20)])
    func noChangeScenarioGivesPlansDayCost(network: String, iterations: Int) throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = CLIRunner.repository.appendingPathComponent(network).path
        let scenario = folder.appendingPathComponent("same.toml")
        try "name = \"same\"\nbase = \"\(base)\"\n[solver]\nseed = 3\nrouteIterations = \(iterations)\ntimeLimit = 600\n"
            .write(to: scenario, atomically: true, encoding: .utf8)
        let compared = try CLIRunner.run(["compare", scenario.path, "--quiet", "--out", folder.appendingPathComponent("out").path])
        #expect(compared.status == 0, "\(compared.stderr)")
        let table = try Data(contentsOf: folder.appendingPathComponent("out/comparison.json"))
        let document = try #require(try JSONSerialization.jsonObject(with: table) as? [String: Any])
        let rows = try #require(document["scenarios"] as? [[String: Any]])
        let compareCost = try #require(rows.first?["totalCost"] as? Double)

        let planned = try CLIRunner.run(["plan", network, "--seed", "3", "--route-iterations", "\(iterations)",
                                         "--time-limit", "600", "--json", "--quiet"])
        #expect(planned.status == 0, "\(planned.stderr)")
        let planCost = try Self.dayCost(planJSON: planned.stdout)
        #expect(abs(compareCost - planCost) < 1e-6, "compare \(compareCost) vs plan \(planCost)")
        // The scenario's own plan.json is plan's, too.
        let scenarioPlan = try String(contentsOf: folder.appendingPathComponent("out/same/plan.json"), encoding: .utf8)
        #expect(abs(try Self.dayCost(planJSON: scenarioPlan) - planCost) < 1e-6)
    }

    @Test func iterationBoundPlanWithoutTimeLimitIsByteIdentical() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var runs: [(stdout: String, files: [String: Data])] = []
        for n in 1...2 {
            let out = folder.appendingPathComponent("run\(n)")
            let result = try CLIRunner.run(["plan", "networks/demo-county.json", "--seed", "3", "--route-iterations", "30",
                                            "--quiet", "--out", out.path])
            #expect(result.status == 0, "\(result.stderr)")
            runs.append((result.stdout, try DeterminismTests.files(out)))
        }
        #expect(runs[0].stdout == runs[1].stdout)
        #expect(!runs[0].stdout.contains("stopped by the time limit"))
        for (name, data) in runs[0].files { #expect(runs[1].files[name] == data, "\(name) differs") }
        let plan = try #require(runs[0].files["plan.json"])
        let object = try #require(try JSONSerialization.jsonObject(with: plan) as? [String: Any])
        let work = try #require(object["work"] as? [String: Any])
        let routes = try #require(work["routes"] as? [String: Any])
        let depots = try #require(routes["depots"] as? [[String: Any]])
        #expect(!depots.isEmpty)
        for depot in depots { #expect(["iterationLimit", "noImprovement"].contains(depot["stoppedBy"] as? String)) }
    }

    @Test func aTimeLimitThatCutsTheRouteSearchIsReported() throws {
        let result = try CLIRunner.run(["plan", "networks/tiny.json", "--route-iterations", "100000000", "--route-time", "0.01",
                                        "--rounds", "1", "--quiet"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("route search: stopped by the time limit after"))
    }
}
