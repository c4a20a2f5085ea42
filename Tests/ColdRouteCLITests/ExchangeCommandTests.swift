import Foundation
import Testing

/// `plan --out DIR` end to end: the files it writes and lists.
@Suite struct ExchangeCommandTests {
    @Test func tinyWritesEveryFileButGeoJSONAndSaysWhy() throws {
        let dir = try CLIRunner.temporaryDirectory().appendingPathComponent("out")
        let result = try CLIRunner.run(["plan", "networks/tiny.json", "--quiet", "--out", dir.path])
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["plan.json", "summary.md", "routes.csv", "routes-vroom.json"] {
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path), "\(name)")
            #expect(result.stderr.contains("wrote \(dir.appendingPathComponent(name).path)"))
        }
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("routes.geojson").path))
        #expect(result.stderr.contains("note: routes.geojson not written"))
        #expect(result.stdout.contains("Independent check: passed"))
    }

    @Test func unwritableDirectoryIsAnError() throws {
        let file = try CLIRunner.temporaryDirectory().appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let result = try CLIRunner.run(["plan", "networks/tiny.json", "--quiet", "--out", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: \(file.path)"))
    }
}
