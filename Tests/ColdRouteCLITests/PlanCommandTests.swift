import Foundation
import Testing

/// `plan`, `validate` and `export-model` end to end on the bundled networks.
@Suite struct PlanCommandTests {
    @Test func tinyPlanPrintsTheHandComputedOptimum() throws {
        let result = try CLIRunner.run(["plan", "networks/tiny.json", "--quiet", "--rounds", "1"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("status: optimal"))
        #expect(result.stdout.contains("total") && result.stdout.contains("952.00"))
        #expect(result.stdout.contains("V4 Far south, berry 50 kg: nearest open depot D0 Existing store is 65 min away"))
        #expect(result.stdout.contains("Independent check: passed"))
    }

    @Test func jsonOutputDecodes() throws {
        let result = try CLIRunner.run(["plan", "networks/tiny.json", "--json", "--quiet", "--rounds", "1"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["status"] as? String == "optimal")
        #expect(abs((object["objective"] as? Double ?? 0) - 952) < 1e-6)
    }

    @Test func demoCountyPlans() throws {
        let result = try CLIRunner.run(["plan", "networks/demo-county.json", "--time-limit", "60"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Depots open"))
        #expect(result.stdout.contains("Independent check: passed"))
    }

    @Test func csvTwinGivesTheSamePlan() throws {
        // Siting only: the route search is time-bound, so a second round may be chosen differently.
        let json = try CLIRunner.run(["plan", "networks/demo-county.json", "--json", "--quiet", "--no-routes"])
        let csv = try CLIRunner.run(["plan", "networks/demo-county", "--json", "--quiet", "--no-routes"])
        #expect(json.status == 0 && csv.status == 0)
        func objective(_ text: String) throws -> Double {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            return try #require(object["objective"] as? Double)
        }
        #expect(abs(try objective(json.stdout) - objective(csv.stdout)) < 1e-6)
    }

    @Test func infeasibleTargetExitsWithThree() throws {
        let result = try CLIRunner.run(["plan", "networks/tiny.json", "--close", "D2", "--low-income-target", "50%", "--quiet"])
        #expect(result.status == 3)
        #expect(result.stdout.contains("status: infeasible"))
        #expect(result.stdout.contains("only 35 of 75 low-income households"))
    }

    @Test func validateSummarisesTheNetwork() throws {
        let result = try CLIRunner.run(["validate", "networks/demo-county.json"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("ok: networks/demo-county.json"))
    }

    /// The exported LP re-solved by GLPK's own `glpsol` gives the objective `plan` reports.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/glpsol")))
    func exportedLPSolvesToTheSameObjectiveInGlpsol() throws {
        let directory = try CLIRunner.temporaryDirectory()
        for network in ["networks/tiny.json", "networks/demo-county.json"] {
            let lp = directory.appendingPathComponent("model.lp").path
            let export = try CLIRunner.run(["export-model", network, "--lp", lp])
            #expect(export.status == 0, "\(export.stderr)")
            // The exported model is the first round's; later rounds reprice arcs with route costs.
            let plan = try CLIRunner.run(["plan", network, "--json", "--quiet", "--no-routes"])
            let object = try #require(try JSONSerialization.jsonObject(with: Data(plan.stdout.utf8)) as? [String: Any])
            let ours = try #require(object["objective"] as? Double)

            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/glpsol")
            let out = directory.appendingPathComponent("glpsol.txt").path
            process.arguments = ["--lp", lp, "-o", out]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            let report = try String(contentsOfFile: out, encoding: .utf8)
            let line = try #require(report.split(separator: "\n").first { $0.hasPrefix("Objective:") })
            // "Objective:  obj = 952 (MINimum)"
            let value = try #require(line.split(separator: "=").last?.split(separator: " ").first.flatMap { Double($0) })
            #expect(abs(value - ours) <= 1e-6 * max(1, abs(ours)), "\(network): glpsol \(value) vs ours \(ours)")
        }
    }

    /// Agencies that exist but that no produce can reach before their cut-off: `validate` warns,
    /// `plan` repeats the warning under its status line (instead of planning to 0 % silently).
    @Test func agencyOutOfReachIsWarnedAndRepeatedInThePlan() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tiny = CLIRunner.repository.appendingPathComponent("networks/tiny.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: tiny)) as? [String: Any])
        var agencies = try #require(object["agencies"] as? [[String: Any]])
        agencies[0]["x"] = 3000   // 1 km = 1 min: ~50 h from every depot, the cut-off is 23:59
        object["agencies"] = agencies
        let path = folder.appendingPathComponent("far.json").path
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: path))
        let warning = "no produce can reach an express agency before its cut-off"
        let validated = try CLIRunner.run(["validate", path])
        #expect(validated.status == 0, "\(validated.stderr)")
        #expect(validated.stderr.hasPrefix("warning: \(path): agencies[0].cutoff") && validated.stderr.contains(warning),
                "\(validated.stderr)")
        let planned = try CLIRunner.run(["plan", path, "--quiet", "--rounds", "1"])
        // The header: the lines before the first blank line (title, status, notes, warnings).
        let header = planned.stdout.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }
        #expect(header.contains { $0.hasPrefix("status: ") }, "\(planned.stdout)")
        #expect(header.contains { $0.hasPrefix("warning: ") && $0.contains(warning) }, "\(planned.stdout)")
        // The unchanged network has no such warning.
        let normal = try CLIRunner.run(["plan", "networks/tiny.json", "--quiet", "--rounds", "1"])
        #expect(!normal.stdout.contains("warning: "))
    }
}
