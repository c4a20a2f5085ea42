import Foundation
import Testing
import ColdRouteBench
import ColdRouteRouting

/// A short real run: C101 (best known 828.94) must come out feasible and within 5 %.
@Suite("VRPTW benchmark runner")
struct VRPTWBenchmarkTests {
    static let c101 = "/work/shared/benchmarks/vrptw/C101.txt"

    /// The benchmark folder relative to the package (../shared/benchmarks/vrptw), else absolute.
    static func path() -> String? {
        let here = #filePath
        let repo = here.components(separatedBy: "/Tests/").first ?? ""
        for p in [repo + "/../shared/benchmarks/vrptw/C101.txt", c101] where FileManager.default.fileExists(atPath: p) { return p }
        return nil
    }

    @Test func shortRunOnC101IsFeasibleAndClose() throws {
        let path = try #require(Self.path(), "Solomon C101 not found beside the repository (../shared/benchmarks/vrptw)")
        let solomon = try SolomonReader.read(path: path)
        // Bounded by iterations (reproducible), not by the clock: a loaded machine must not change the result.
        let report = VRPTWBenchmark.run(solomon, timeLimit: 300, seed: 1, maxIterations: 100)
        #expect(report.feasible, "\(report.violations)")
        #expect(report.distance <= 828.94 * 1.05)
        #expect(report.routes.flatMap { $0 }.sorted() == Array(1...100))
        let line = try #require(JSONSerialization.jsonObject(with: Data(report.jsonLine.utf8)) as? [String: Any])
        #expect(line["instance"] as? String == "C101" && line["vehicles"] as? Int == report.vehicles)
        #expect((line["routes"] as? [[Int]])?.flatMap { $0 }.count == 100)
    }
}
