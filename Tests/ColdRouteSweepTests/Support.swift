import ColdRouteScenario
import ColdRouteSweep
import Foundation

/// Fixtures: a temporary sweep folder with county files, scenario files and a manifest.
enum SweepFixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coldroute-sweep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url.appendingPathComponent("counties"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: url.appendingPathComponent("scenarios"), withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, _ name: String, in folder: URL) throws {
        try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }

    /// Two copies of the tiny network (`a`, `b`), two scenarios (`no-new`, `berry-peak`), and `manifest`.
    static func province(_ manifest: String) throws -> URL {
        let f = try folder()
        let tiny = try String(contentsOf: repository.appendingPathComponent("networks/tiny.json"), encoding: .utf8)
        try write(tiny, "counties/b.json", in: f)
        try write(tiny, "counties/a.json", in: f)
        try write("name = \"no-new\"\n[depots]\nmaxNew = 0\n", "scenarios/no-new.toml", in: f)
        try write("name = \"berry-peak\"\n[supply.multiplier]\nberry = 1.5\n", "scenarios/peak.toml", in: f)
        try write(manifest, "province.toml", in: f)
        return f
    }
}
