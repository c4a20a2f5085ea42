import Foundation
import GLPK

/// Small models with known optima, and generators for harder ones.
enum Fixtures {
    /// Wyndor Glass (Hillier & Lieberman, *Introduction to Operations
    /// Research*, §3.1): maximize 3·x1 + 5·x2 subject to x1 ≤ 4, 2·x2 ≤ 12,
    /// 3·x1 + 2·x2 ≤ 18, x ≥ 0. Optimum 36 at (2, 6); duals (0, 1.5, 1).
    static func wyndor(constant: Double = 0) -> (LinearModel, [LinearModel.Variable], [LinearModel.Constraint]) {
        var model = LinearModel(name: "wyndor", sense: .maximize)
        let x1 = model.addVariable("x1", cost: 3)
        let x2 = model.addVariable("x2", cost: 5)
        let plant1 = model.addConstraint("plant1", [(x1, 1)], .upper(4))
        let plant2 = model.addConstraint("plant2", [(x2, 2)], .upper(12))
        let plant3 = model.addConstraint("plant3", [(x1, 3), (x2, 2)], .upper(18))
        model.objectiveConstant = constant
        return (model, [x1, x2], [plant1, plant2, plant3])
    }

    /// The 0-1 knapsack pictured on Wikipedia's "Knapsack problem" page:
    /// weights 12, 2, 1, 1, 4 kg, values $4, $2, $1, $2, $10, capacity 15 kg.
    /// Optimum $15: every item but the first.
    static let knapsackWeights: [Double] = [12, 2, 1, 1, 4]
    static let knapsackValues: [Double] = [4, 2, 1, 2, 10]

    static func knapsack(capacity: Double = 15) -> LinearModel {
        var model = LinearModel(name: "knapsack", sense: .maximize)
        let items = zip(knapsackWeights, knapsackValues).enumerated().map { k, item in
            model.addVariable("item\(k)", cost: item.1, kind: .binary)
        }
        model.addConstraint("capacity", zip(items, knapsackWeights).map { ($0, $1) }, .upper(capacity))
        return model
    }

    /// The knapsack optimum by enumerating all 2^5 subsets.
    static func knapsackOptimum(capacity: Double) -> Double {
        var best = 0.0
        for mask in 0 ..< (1 << knapsackWeights.count) {
            var weight = 0.0, value = 0.0
            for k in knapsackWeights.indices where mask & (1 << k) != 0 {
                weight += knapsackWeights[k]
                value += knapsackValues[k]
            }
            if weight <= capacity { best = max(best, value) }
        }
        return best
    }

    /// A random weighted set-covering MIP (minimize): `columns` binaries with
    /// costs 20…100, `rows` rows each needing one of ~`density`·columns
    /// random columns (at least two). Hard for GLPK at 100 × 200.
    /// All ones is always feasible.
    static func setCover(rows: Int, columns: Int, density: Double, seed: UInt64) -> LinearModel {
        var rng = SplitMix64(seed: seed)
        var model = LinearModel(name: "cover-\(seed)", sense: .minimize)
        let x = (0 ..< columns).map { j in
            model.addVariable("x\(j)", cost: Double(Int.random(in: 20 ... 100, using: &rng)), kind: .binary)
        }
        for i in 0 ..< rows {
            var chosen = Set<Int>()
            while chosen.count < 2 { chosen.insert(Int.random(in: 0 ..< columns, using: &rng)) }
            for j in 0 ..< columns where Double.random(in: 0 ..< 1, using: &rng) < density {
                chosen.insert(j)
            }
            model.addConstraint("row\(i)", chosen.sorted().map { (x[$0], 1.0) }, .lower(1))
        }
        return model
    }

    /// The hard set-covering instance used by the time-limit tests.
    static func hardCover(seed: UInt64 = 42) -> LinearModel {
        setCover(rows: 120, columns: 240, density: 0.04, seed: seed)
    }

    /// Path of `glpsol`, if installed.
    static let glpsolPath: String? = ["/usr/bin/glpsol", "/usr/local/bin/glpsol"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Solves `file` with `glpsol <formatFlag> file -o out` and returns the
    /// objective value from the report's "Objective:" line.
    static func glpsolObjective(_ file: String, formatFlag: String) throws -> Double? {
        guard let glpsolPath else { return nil }
        let out = file + ".out"
        defer { try? FileManager.default.removeItem(atPath: out) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: glpsolPath)
        process.arguments = [formatFlag, file, "-o", out]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        let report = try String(contentsOfFile: out, encoding: .utf8)
        guard let line = report.split(separator: "\n").first(where: { $0.hasPrefix("Objective:") }),
              let equals = line.firstIndex(of: "=")
        else { return nil }
        return Double(line[line.index(after: equals)...].split(separator: " ").first ?? "")
    }

    /// A fresh path in the temporary directory.
    static func temporaryPath(_ suffix: String) -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("glpk-tests-\(UUID().uuidString)\(suffix)").path
    }
}

/// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number
/// generators", OOPSLA 2014): a small seeded generator for reproducible tests.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A lock-protected value for collecting results from callbacks and threads.
final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withValue<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }

    var current: Value { withValue { $0 } }
}

/// `|a - b| <= tolerance · max(1, |b|)`.
func close(_ a: Double?, _ b: Double, tolerance: Double = 1e-6) -> Bool {
    guard let a else { return false }
    return abs(a - b) <= tolerance * max(1, abs(b))
}
