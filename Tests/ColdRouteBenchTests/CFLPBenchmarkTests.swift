import Foundation
import Testing
import ColdRouteBench
import ColdRouteSiting

/// Real OR-Library instances from `../shared/benchmarks/cflp` (beside the repository), solved to
/// the optima of `optima.csv` (OR-Library `capopt`). No timing assertions.
@Suite("CFLP benchmark on OR-Library instances")
struct CFLPBenchmarkTests {
    static let directory: String = {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return repo.deletingLastPathComponent().appendingPathComponent("shared/benchmarks/cflp").path
    }()

    static let known: [String: Double] = ["cap41": 1_040_444.375, "cap71": 932_615.750, "cap101": 796_648.437,
                                          "cap114": 1_063_356.488]

    @Test("solves small instances to their known optimum", arguments: ["cap41", "cap71", "cap101", "cap114"])
    func knownOptimum(name: String) throws {
        let path = "\(Self.directory)/\(name).txt"
        let instance = try ORLibraryCapReader().read(path: path)
        let solution = FacilityLocationSolver().solve(instance)
        let optimum = try #require(Self.known[name])
        #expect(solution.status == .optimal)
        // optima.csv has 3 decimals: allow their rounding on top of the 1e-6 relative tolerance.
        #expect(abs(solution.objective - optimum) <= 1e-6 * optimum + 5e-4)
        #expect(solution.bound <= solution.objective)
        #expect(solution.statistics.lagrangianBound <= optimum + 5e-4)
        #expect(optimum <= solution.statistics.heuristicObjective + 5e-4)
    }

    @Test("a record prints as one JSON line with 1-based facilities")
    func record() throws {
        let record = try CFLPBenchmark(timeLimit: 60).run(path: "\(Self.directory)/cap41.txt")
        #expect(record.instance == "cap41" && record.status == "optimal")
        let line = record.jsonLine
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        #expect(object?["instance"] as? String == "cap41")
        #expect(abs((object?["objective"] as? Double ?? 0) - 1_040_444.375) < 1e-3)
        #expect((object?["open"] as? [Int])?.first == 1)
        #expect(!line.contains("\n"))
    }

    @Test("a missing file is an error naming it")
    func missingFile() {
        #expect { try CFLPBenchmark().run(path: "/nonexistent/cap00.txt") } throws: { error in
            "\(error)".contains("/nonexistent/cap00.txt")
        }
    }
}
