import Foundation
import Testing
import ColdRouteRouting
@testable import ColdRouteBench

/// The multi-trip VRPTW benchmark: reader, independent checker, time reversal, and a solve.
@Suite("Multi-trip VRPTW benchmark")
struct MTVRPTWTests {
    /// `../shared/benchmarks/mtvrptw` beside the repository, else the absolute shared path.
    static func folder() -> String? {
        let repo = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for p in [repo.deletingLastPathComponent().appendingPathComponent("shared/benchmarks/mtvrptw").path, "/work/shared/benchmarks/mtvrptw"]
        where FileManager.default.fileExists(atPath: p) { return p }
        return nil
    }

    static func names() -> [String] {
        guard let f = folder(), let all = try? FileManager.default.contentsOfDirectory(atPath: f) else { return [] }
        return all.filter { $0.hasSuffix(".vrp") }.map { String($0.dropLast(4)) }.sorted()
    }

    /// A tiny instance: depot at (0, 0) open [0, 100]; clients 1 at (3, 4) and 2 at (−3, −4),
    /// demand 6 each, capacity 10, service 1; client 2 released at 20. Two trips of one vehicle:
    /// 0→1→0 (10, back at 11), then 0→2→0 leaving at 20: cost 20, ×10 = 200.
    static let tiny = """
        NAME: tiny
        TYPE: MTVRPTWR
        DIMENSION: 3
        VEHICLES: 1
        CAPACITY: 10
        SERVICE_TIME: 1
        NODE_COORD_SECTION
        1 0 0
        2 3 4
        3 -3 -4
        DEMAND_SECTION
        1 0
        2 6
        3 6
        TIME_WINDOW_SECTION
        1 0 100
        2 0 50
        3 0 50
        RELEASE_TIME_SECTION
        1 0
        2 0
        3 20
        VEHICLES_RELOAD_DEPOT_SECTION
        1 1
        DEPOT_SECTION
        1
        EOF
        """

    @Test func readerErrorsNameFileAndLine() throws {
        let bad = Self.tiny.replacingOccurrences(of: "3 -3 -4", with: "3 -3 x")
        #expect { try MTVRPTWReader.parse(bad, file: "t.vrp") } throws: { error in
            "\(error)".hasPrefix("t.vrp:10:") && "\(error)".contains("non-integer")
        }
        let missing = Self.tiny.replacingOccurrences(of: "3 0 50\n", with: "")
        #expect { try MTVRPTWReader.parse(missing, file: "t.vrp") } throws: { error in
            "\(error)".hasPrefix("t.vrp:") && "\(error)".contains("node 3 missing")
        }
        #expect(throws: VRPLIBFormatError.self) { try MTVRPTWChecker.readSolution("Route #1 1 2\n", file: "s.sol") }
    }

    /// Numbers that trapped (a due time whose ×10 overflows, a coordinate whose difference does
    /// not fit an Int) and a DIMENSION the reader would allocate for: errors with file and line.
    @Test func hugeNumbersAreErrorsNotTraps() throws {
        for (from, to, line, words) in [("3 -3 -4", "3 -9000000000000000000 -4", 10, "beyond"),
                                        ("3 -3 -4", "3 1000000001 -4", 10, "beyond"),
                                        ("DIMENSION: 3", "DIMENSION: 999999999999", 3, "at most"),
                                        ("CAPACITY: 10", "CAPACITY: 992337203685477580", 5, "at most")] {
            let bad = Self.tiny.replacingOccurrences(of: from, with: to)
            #expect(bad != Self.tiny)
            #expect { try MTVRPTWReader.parse(bad, file: "t.vrp") } throws: { error in
                "\(error)".hasPrefix("t.vrp:\(line):") && "\(error)".contains(words)
            }
        }
        let edge = Self.tiny.replacingOccurrences(of: "3 -3 -4", with: "3 -1000000000 1000000000")
        let m = try MTVRPTWReader.parse(edge, file: "t.vrp")
        #expect(m.distance(0, 2) > 0)
    }

    @Test func checkerOnTheTinyInstance() throws {
        let m = try MTVRPTWReader.parse(Self.tiny, file: "tiny")
        #expect(m.distance(0, 1) == 50)
        let good = MTVRPTWChecker.check([[1, 0, 2]], in: m)
        #expect(good.isFeasible && good.cost == 200 && good.trips == 2 && good.vehicles == 1)
        // One trip carries 12 > 10.
        #expect(MTVRPTWChecker.check([[1, 2]], in: m).violations.count == 1)
        // Client 2 first: released at 20, served at 25, back at 31; then client 1 at 36: fine.
        #expect(MTVRPTWChecker.check([[2, 0, 1]], in: m).isFeasible)
        // Two vehicles, only one available; client missing.
        #expect(!MTVRPTWChecker.check([[1], [2]], in: m).isFeasible)
        #expect(!MTVRPTWChecker.check([[1]], in: m).isFeasible)
    }

    @Test func tinyInstanceIsSolvedToItsOptimum() throws {
        let m = try MTVRPTWReader.parse(Self.tiny, file: "tiny")
        let report = try MTVRPTWBenchmark.run(m, timeLimit: 5, seed: 1, maxIterations: 50)
        #expect(report.feasible && report.cost == 200 && report.trips == 2 && report.vehicles == 1)
    }

    /// For every instance, the checker accepts the best-known `.sol` and recomputes its `Cost:`;
    /// the same solution, time-reversed, passes the engine's own checker at the same distance.
    @Test func bestKnownSolutionsAgree() throws {
        let names = Self.names()
        try #require(names.count == 81, "mtvrptw benchmark folder not found or incomplete")
        let folder = try #require(Self.folder())
        for name in names {
            let m = try MTVRPTWReader.read(path: "\(folder)/\(name).vrp")
            let text = try String(contentsOfFile: "\(folder)/\(name).sol", encoding: .utf8)
            let sol = try MTVRPTWChecker.readSolution(text, file: name)
            let verdict = MTVRPTWChecker.check(sol.routes, in: m)
            #expect(verdict.isFeasible, "\(name): \(verdict.violations)")
            #expect(verdict.cost == sol.cost, "\(name): cost \(verdict.cost) vs \(String(describing: sol.cost))")
            let reversed = try MTVRPTWBenchmark.reversedInstance(m)
            let routes = sol.routes.map { route -> (vehicleType: Int, trips: [[Int]]) in
                var trips: [[Int]] = [[]]
                for node in route { if node == 0 { trips.append([]) } else { trips[trips.count - 1].append(node) } }
                return (0, trips.reversed().map { Array($0.reversed()) })
            }
            let pickup = RoutingSolution(instance: reversed, routes: routes)
            #expect(RoutingChecker.violations(of: pickup, in: reversed).isEmpty, "\(name)")
            #expect(pickup.distance == sol.cost)
            #expect(pickup.routes.map(MTVRPTWBenchmark.deliveryRoute) == sol.routes.filter { !$0.isEmpty })
        }
    }
}
