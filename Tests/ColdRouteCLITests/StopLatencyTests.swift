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
}
