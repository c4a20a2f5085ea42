import Foundation
import Testing

/// The hang of issue 11: the demo county with `vehicleTypes[0].costPerKm = 1e8` made the route
/// search run for over ten minutes, and the first Ctrl-C did not stop it. Now a first Ctrl-C ends
/// the run with the best plan so far (exit 5), or with no plan if none was found yet (exit 3);
/// under `--time-limit 3` the run may also be over before the signal (exit 0).
///
/// The bound asserted here is generous (20 s, against the minutes of the bug) because a debug build
/// on a loaded machine checks and writes slowly; the latency itself is measured on a release build
/// by `Benchmarks/stop-latency/measure.py` (docs/robustness.md, "No hangs").
@Suite(.serialized) struct StopLatencyTests {
    static func hangNetwork(in folder: URL) throws -> String {
        let demo = CLIRunner.repository.appendingPathComponent("networks/demo-county.json")
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: demo)) as? [String: Any])
        var types = try #require(object["vehicleTypes"] as? [[String: Any]])
        types[0]["costPerKm"] = 1e8
        object["vehicleTypes"] = types
        let path = folder.appendingPathComponent("hang.json")
        try JSONSerialization.data(withJSONObject: object).write(to: path)
        return path.path
    }

    /// With `--time-limit 3`, and with no clock at all (an iteration budget it would take hours to use up).
    @Test(arguments: [["--time-limit", "3"], ["--route-iterations", "100000000"]])
    func firstCtrlCStopsTheHangReproducer(_ limits: [String]) throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = try Self.hangNetwork(in: folder)
        let out = folder.appendingPathComponent("out")
        let clock = ContinuousClock()
        let run = try CLIRunner.Running(["plan", network, "--out", out.path] + limits)
        Thread.sleep(forTimeInterval: 2)
        let signalled = clock.now
        run.interrupt()
        let result = run.wait()
        let afterSignal = clock.now - signalled
        // With --time-limit 3 the run may have finished planning before the signal (exit 0): then
        // it must simply have ended in time, which is what the bug prevented.
        #expect(result.status == 5 || result.status == 3 || (result.status == 0 && limits.contains("--time-limit")),
                "\(result.status): \(result.stderr)")
        #expect(afterSignal < .seconds(20), "\(afterSignal)")
        if result.status == 5 {
            #expect(result.stdout.hasPrefix("INTERRUPTED — best plan found so far"))
            #expect(result.stdout.contains("Independent check: passed"))
        }
    }

    /// A generated county of 1,000 villages and 30 depots (issue 11, "No hangs"). Before, a stop
    /// waited for the first pricing of an open set (a whole transportation solve) and then for every
    /// depot's route search to hand its construction to `RouteRepair`'s insertion: 117 s from a
    /// SIGINT at 3 s to the exit in a loaded debug build (256 s at 2,000 villages). Now the pricing
    /// finishes greedily and the repair keeps the feasible part, so what is left is reading, the
    /// instance, the checks and the files. Signalled early (3 s after the start: reading or the
    /// siting instance, which now polls the stop: no plan, exit 3, or a plan if it came later) and
    /// at the siting's first progress line (a checked plan, exit 5). Measured in a debug build at
    /// load 15: 2.2 s and 6.5 s (49 s at the progress line with only the siting and repair changes). The bound is for a loaded debug
    /// build; release-build latencies are in docs/robustness.md, "No hangs".
    @Test(arguments: ["", "solving:"])
    func firstCtrlCStopsALargeCounty(_ cue: String) throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = folder.appendingPathComponent("county.json").path
        let generated = try CLIRunner.run([
            "generate", "--villages", "1000", "--depots", "30", "--agencies", "3", "--seed", "1", "--out", network])
        try #require(generated.status == 0, "\(generated.stderr)")
        let out = folder.appendingPathComponent("out")
        let run = try CLIRunner.Running(
            ["plan", network, "--route-time", "600", "--time-limit", "3600", "--out", out.path])
        if cue.isEmpty {
            Thread.sleep(forTimeInterval: 3)
        } else {
            _ = run.waitForStandardError(containing: cue, timeout: .seconds(300))
        }
        let clock = ContinuousClock()
        let signalled = clock.now
        run.interrupt()
        let result = run.wait()
        let afterSignal = clock.now - signalled
        #expect(afterSignal < .seconds(40), "\(afterSignal)")
        if cue.isEmpty, result.status == 3 {
            // Stopped before the network was compiled for siting: no plan, nothing written.
            #expect(result.stderr.contains("interrupted before any plan was found"), "\(result.stderr.suffix(2_000))")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        } else {
            #expect(result.status == 5, "\(result.status): \(result.stderr.suffix(2_000))")
            #expect(result.stdout.hasPrefix("INTERRUPTED — best plan found so far"))
            #expect(result.stdout.contains("Independent check: passed"))
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("plan.json").path))
        }
    }

    /// A generated county of 1,000 villages planned in three regions (the path of counties above
    /// 3,000 villages, `RegionalPlanner`), signalled when the first region is done: every region
    /// still gets a plan (the merged plan needs one each), cut short at once, and the merged plan
    /// is checked and written whole. The bound is for a loaded debug build; release-build
    /// latencies are in docs/robustness.md, "No hangs".
    @Test func firstCtrlCStopsARegionalPlan() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = folder.appendingPathComponent("county.json").path
        let generated = try CLIRunner.run([
            "generate", "--villages", "1000", "--depots", "30", "--agencies", "3", "--seed", "1", "--out", network])
        try #require(generated.status == 0, "\(generated.stderr)")
        let out = folder.appendingPathComponent("out")
        let run = try CLIRunner.Running(
            ["plan", network, "--regions", "3", "--route-time", "600", "--time-limit", "3600", "--out", out.path])
        _ = run.waitForStandardError(containing: "region 1/3:", timeout: .seconds(600))
        let clock = ContinuousClock()
        let signalled = clock.now
        run.interrupt()
        let result = run.wait()
        let afterSignal = clock.now - signalled
        #expect(afterSignal < .seconds(60), "\(afterSignal)")
        #expect(result.status == 5, "\(result.status): \(result.stderr.suffix(2_000))")
        #expect(result.stdout.hasPrefix("INTERRUPTED — best plan found so far"))
        #expect(result.stdout.contains("Independent check: passed"))
        for file in ["plan.json", "routes.csv", "summary.md"] {
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(file).path), "\(file)")
        }
    }

    /// `--single-source` hands the whole MIP to GLPK, whose presolve and root LP call no callback
    /// (about a minute on 2,000 villages). The C guard now asks the stop signal at every line GLPK
    /// prints there (GLPKSession+Stop.swift), so a stop ends the run: with no plan (exit 3,
    /// nothing written) if it came before the first incumbent, else with a checked plan (exit 5).
    @Test func firstCtrlCStopsASingleSourcedSiting() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let network = folder.appendingPathComponent("county.json").path
        let generated = try CLIRunner.run([
            "generate", "--villages", "1000", "--depots", "30", "--agencies", "3", "--seed", "1", "--out", network])
        try #require(generated.status == 0, "\(generated.stderr)")
        let out = folder.appendingPathComponent("out")
        let run = try CLIRunner.Running(
            ["plan", network, "--single-source", "--route-time", "600", "--time-limit", "3600", "--out", out.path])
        Thread.sleep(forTimeInterval: 8)
        let clock = ContinuousClock()
        let signalled = clock.now
        run.interrupt()
        let result = run.wait()
        let afterSignal = clock.now - signalled
        #expect(afterSignal < .seconds(40), "\(afterSignal)")
        if result.status == 3 {
            #expect(result.stderr.contains("interrupted before any plan was found"), "\(result.stderr.suffix(2_000))")
            #expect(!FileManager.default.fileExists(atPath: out.path))
        } else {
            #expect(result.status == 5, "\(result.status): \(result.stderr.suffix(2_000))")
            #expect(result.stdout.hasPrefix("INTERRUPTED — best plan found so far"))
            #expect(result.stdout.contains("Independent check: passed"))
            #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("plan.json").path))
        }
    }
}
