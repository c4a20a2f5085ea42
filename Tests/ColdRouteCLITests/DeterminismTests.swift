import Foundation
import Testing

/// Same input, seed and iteration-bounded route search → byte-identical output, run after run:
/// no timings (except in `timings.json`), no hash-order or thread-order effects.
@Suite struct DeterminismTests {
    /// Every file under `folder` (relative paths) except `timings.json`, with its bytes.
    static func files(_ folder: URL) throws -> [String: Data] {
        var found: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        while let relative = enumerator.nextObject() as? String {
            let url = folder.appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !relative.hasSuffix("timings.json") else { continue }
            found[relative] = try Data(contentsOf: url)
        }
        return found
    }

    @Test func planTwiceGivesTheSameBytes() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        var runs: [(stdout: String, files: [String: Data])] = []
        for n in 1...2 {
            let out = folder.appendingPathComponent("run\(n)")
            let result = try CLIRunner.run(["plan", "networks/demo-county.json", "--seed", "5", "--route-iterations", "2",
                                            "--route-time", "600", "--out", out.path])
            #expect(result.status == 0, "\(result.stderr)")
            runs.append((result.stdout, try Self.files(out)))
        }
        #expect(runs[0].stdout == runs[1].stdout)
        #expect(runs[0].files.keys.filter { !$0.hasPrefix("drivers/") }.sorted()
            == ["drivers.csv", "plan.json", "routes-vroom.json", "routes.csv", "routes.geojson", "summary.md"])
        #expect(runs[0].files["drivers/index.html"] != nil)  // the driver sheets too are the same bytes
        for (name, data) in runs[0].files { #expect(runs[1].files[name] == data, "\(name) differs") }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("run1/timings.json").path))
    }

    @Test func compareTwiceOnTwoThreadsGivesTheSameBytes() throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let base = CLIRunner.repository.appendingPathComponent("networks/demo-county.json").path
        try "base = \"\(base)\"\nname = \"status-quo\"\n[depots]\nmaxNew = 0\n[solver]\ntimeLimit = 300\nrouteTime = 120\n"
            .write(to: folder.appendingPathComponent("a.toml"), atomically: true, encoding: .utf8)
        try "base = \"\(base)\"\nname = \"one-more\"\n[depots]\nmaxNew = 1\n[solver]\ntimeLimit = 300\nrouteTime = 120\n"
            .write(to: folder.appendingPathComponent("b.toml"), atomically: true, encoding: .utf8)
        var runs: [(stdout: String, files: [String: Data])] = []
        for n in 1...2 {
            let out = folder.appendingPathComponent("run\(n)")
            let result = try CLIRunner.run(["compare", folder.appendingPathComponent("a.toml").path,
                                            folder.appendingPathComponent("b.toml").path, "--jobs", "2", "--seed", "5",
                                            "--route-iterations", "2", "--out", out.path])
            #expect(result.status == 0, "\(result.stderr)")
            runs.append((result.stdout, try Self.files(out)))
        }
        #expect(runs[0].stdout == runs[1].stdout)
        #expect(runs[0].files.count >= 4 + 2 * 4)
        for (name, data) in runs[0].files { #expect(runs[1].files[name] == data, "\(name) differs") }
    }
}
