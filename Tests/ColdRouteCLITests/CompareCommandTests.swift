import Foundation
import Testing

/// `coldroute compare` end to end on two fast scenarios of the tiny network.
@Suite struct CompareCommandTests {
    /// Two tiny-based scenarios in a fresh folder; returns the folder.
    func scenarios() throws -> URL {
        let folder = try CLIRunner.temporaryDirectory()
        let base = CLIRunner.repository.appendingPathComponent("networks/tiny.json").path
        try """
            base = "\(base)"
            name = "status-quo"
            description = "existing store only"
            [depots]
            maxNew = 0
            [solver]
            routeTime = 0.3
            """.write(to: folder.appendingPathComponent("a.toml"), atomically: true, encoding: .utf8)
        try """
            base = "\(base)"
            name = "east-store"
            [depots]
            open = ["D1"]
            [solver]
            routeTime = 0.3
            """.write(to: folder.appendingPathComponent("b.toml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func writesEveryFile() throws {
        let folder = try scenarios()
        let out = folder.appendingPathComponent("out")
        let result = try CLIRunner.run(["compare", folder.appendingPathComponent("b.toml").path,
                                        folder.appendingPathComponent("a.toml").path, "--out", out.path, "--jobs", "2", "--seed", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        // The baseline comes first whatever the order given.
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count > 3 && lines[2].hasPrefix("  status-quo") && lines[3].hasPrefix("  east-store"))
        #expect(result.stderr.contains("[1/2] ") && result.stderr.contains("[2/2] ") && result.stderr.contains("siting optimal"))
        for file in ["comparison.csv", "comparison.json", "brief.md", "report.html"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file)")
        }
        for scenario in ["status-quo", "east-store"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(scenario)/plan.json").path))
        }
        let csv = try String(contentsOf: out.appendingPathComponent("comparison.csv"), encoding: .utf8)
        #expect(csv.split(separator: "\n").count == 3)
        let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
        #expect(html.components(separatedBy: "<svg class=\"map\"").count - 1 == 2)
        try? FileManager.default.removeItem(at: folder)
    }

    @Test func badScenarioExitsOneNamingFileAndKey() throws {
        let folder = try scenarios()
        let bad = folder.appendingPathComponent("bad.toml")
        try "base = \"../tiny.json\"\n[supply]\nfactor = -1\n".write(to: bad, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["compare", bad.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: \(bad.path): supply.factor (line 3): must be a positive number (got -1)"))
        try? FileManager.default.removeItem(at: folder)
    }
}
