import ColdRouteIO
import ColdRouteScenario
import ColdRouteSweep
import Foundation
import Testing

/// Reading sweep manifests: expansion, the documented index order, overrides, and errors that
/// name the file, the key and its line.
@Suite struct SweepManifestTests {
    static let standard = """
        counties = ["counties/*.json"]
        scenarios = ["scenarios/*.toml"]
        baseline = true
        seeds = [7, 3]
        [solver]
        routeIterations = 20
        timeLimit = 300
        """

    @Test func expandsGlobsInTheDocumentedOrder() throws {
        let f = try SweepFixtures.province(Self.standard)
        let m = try SweepManifestReader.read(path: f.appendingPathComponent("province.toml").path)
        #expect(m.name == "province")
        #expect(m.counties.map(\.name) == ["a", "b"])                         // sorted by path
        #expect(m.scenarios.map(\.name) == ["baseline", "no-new", "berry-peak"])  // baseline, then no-new.toml < peak.toml
        #expect(m.seeds == [7, 3])                                              // as listed
        #expect(m.taskCount == 12)
        #expect(m.solver.routeIterations == 20 && m.solver.timeLimit == 300 && m.solver.routeTime == nil)
        let tasks = SweepTask.all(of: m)
        #expect(tasks.map(\.index) == Array(0..<12))
        #expect(tasks[0].county == "a" && tasks[0].scenario == "baseline" && tasks[0].seed == 7 && tasks[0].scenarioPath == nil)
        #expect(tasks[1].county == "a" && tasks[1].scenario == "baseline" && tasks[1].seed == 3)
        #expect(tasks[2].scenario == "no-new" && tasks[2].seed == 7)
        #expect(tasks[6].county == "b" && tasks[6].scenario == "baseline")
        for t in tasks {
            let p = try #require(m.position(of: t.index))
            #expect(m.index(county: p.county, scenario: p.scenario, seed: p.seed) == t.index)
        }
        #expect(SweepTask(manifest: m, index: 12) == nil && SweepTask(manifest: m, index: -1) == nil)
    }

    @Test func manifestSolverOverridesTheScenarioAndTheTaskSetsTheSeed() throws {
        let f = try SweepFixtures.province(Self.standard)
        try SweepFixtures.write("name = \"no-new\"\n[depots]\nmaxNew = 0\n[solver]\nrouteIterations = 999\nrouteTime = 4\ngap = 0.01\n",
                                "scenarios/no-new.toml", in: f)
        let m = try SweepManifestReader.read(path: f.appendingPathComponent("province.toml").path)
        let task = try #require(SweepTask(manifest: m, index: 3))   // a / no-new / seed 3
        let prepared = try SweepTaskRunner.prepare(task, manifest: m)
        #expect(prepared.settings.routeIterations == 20)     // the manifest's
        #expect(prepared.settings.routeTime == 4)            // the scenario's (the manifest leaves it)
        #expect(prepared.settings.gap == 0.01 && prepared.options.relativeGap == 0.01)
        #expect(prepared.settings.seed == 3)
        #expect(prepared.settings.timeLimit == 300)
        #expect(prepared.options.maxNewDepots == 0)
    }

    func error(_ manifest: String, prepare: (URL) throws -> Void = { _ in }) throws -> String {
        let f = try SweepFixtures.province(manifest)
        try prepare(f)
        let path = f.appendingPathComponent("province.toml").path
        do {
            _ = try SweepManifestReader.read(path: path)
        } catch {
            #expect(error.description.hasPrefix(path + ": "), "the message names the manifest: \(error)")
            return error.description
        }
        Issue.record("no error for \(manifest)")
        return ""
    }

    @Test func errorsNameKeyAndLine() throws {
        #expect(try error("scenarios = [\"scenarios/*.toml\"]\n").contains("missing required key 'counties'"))
        let nothing = try error("counties = [\"counties/*.json\"]\nscenarios = [\"nope/*.toml\"]\n")
        #expect(nothing.contains("scenarios (line 2)") && nothing.contains("matches no file"))
        let missing = try error("counties = [\"counties/a.json\", \"counties/zz.json\"]\nbaseline = true\n")
        #expect(missing.contains("counties (line 1)") && missing.contains("no such file or folder: counties/zz.json"))
        let unknown = try error("counties = [\"counties/*.json\"]\nbaseline = true\nsede = [1]\n")
        #expect(unknown.contains("sede") && unknown.contains("line 3"))
        let twice = try error("counties = [\"counties/*.json\"]\nbaseline = true\nseeds = [1, 1]\n")
        #expect(twice.contains("seeds (line 3)") && twice.contains("listed twice"))
        let both = try error("counties = [\"counties/*.json\"]\nbaseline = true\nseeds = [1]\n[solver]\nseed = 4\n")
        #expect(both.contains("solver.seed (line 5)"))
        let badSolver = try error("counties = [\"counties/*.json\"]\nbaseline = true\n[solver]\nrouteIterations = 0\n")
        #expect(badSolver.contains("solver.routeIterations (line 4)"))
        #expect(try error("counties = [\"counties/*.json\"]\n").contains("no scenarios"))
    }

    @Test func countiesWithTheSameNameAreRejected() throws {
        let message = try error("counties = [\"counties/*.json\", \"other/a.json\"]\nbaseline = true\n") { f in
            try FileManager.default.createDirectory(at: f.appendingPathComponent("other"), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: f.appendingPathComponent("counties/a.json"), to: f.appendingPathComponent("other/a.json"))
        }
        #expect(message.contains("two counties are named 'a'"))
    }

    @Test func aScenarioSyntaxErrorStopsTheSweepNamingTheScenarioFile() throws {
        let f = try SweepFixtures.province(Self.standard)
        try SweepFixtures.write("name = \"no-new\"\n[depots]\nmaxNew = -3\n", "scenarios/no-new.toml", in: f)
        do {
            _ = try SweepManifestReader.read(path: f.appendingPathComponent("province.toml").path)
            Issue.record("no error")
        } catch {
            #expect(error.description.contains("no-new.toml: depots.maxNew (line 3)"))
        }
    }

    @Test func aScenarioWithoutBaseIsStillAnErrorOutsideSweeps() throws {
        let f = try SweepFixtures.province(Self.standard)
        #expect(throws: InputError.self) { try ScenarioReader.read(path: f.appendingPathComponent("scenarios/no-new.toml").path) }
        #expect(try ScenarioReader.read(path: f.appendingPathComponent("scenarios/no-new.toml").path, requireBase: false).basePath == "")
    }
}
