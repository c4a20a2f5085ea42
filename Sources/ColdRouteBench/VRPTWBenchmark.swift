import Foundation
import ColdRouteRouting

/// One solved Solomon instance, reported in the file's terms (real distance, customer numbers).
public struct VRPTWRunReport: Sendable, JSONLineRecord {
    public var instance: String
    public var vehicles: Int
    /// Total real Euclidean distance, recomputed in double precision from the coordinates.
    public var distance: Double
    public var seconds: Double
    /// Customer numbers per route as in the file, depot omitted.
    public var routes: [[Int]]
    /// Verdict of the independent ``RoutingChecker`` on the integer instance.
    public var feasible: Bool
    public var violations: [String]
    public var iterations: Int
}

/// Solves Solomon instances with ``HybridGeneticSearch`` under a time limit. The instance is
/// read before the clock starts; the time limit covers the search only.
public enum VRPTWBenchmark {
    /// Solves one instance. `timeLimit` in seconds; `seed` makes runs reproducible.
    public static func run(_ solomon: SolomonInstance, timeLimit: Double, seed: UInt64,
                           parameters: HybridGeneticSearch.Parameters = .init(), maxIterations: Int = .max) -> VRPTWRunReport {
        var rng = Xoshiro256(seed: seed)
        let stop = FirstOf(MaxRuntime(seconds: timeLimit), MaxIterations(maxIterations))
        let result = HybridGeneticSearch(instance: solomon.instance, parameters: parameters).solve(stop: stop, using: &rng)
        let routes = result.solution.routes.map(\.visits)
        return VRPTWRunReport(
            instance: solomon.name,
            vehicles: routes.count,
            distance: routes.reduce(0) { $0 + solomon.realDistance(ofRoute: $1) },
            seconds: result.seconds,
            routes: routes.map { $0.map { solomon.customerNumbers[$0] } },
            feasible: result.isFeasible && result.solution.unassigned.isEmpty,
            violations: result.violations.map(\.description) + result.solution.unassigned.map { "node \($0.node) unassigned: \($0.reason)" },
            iterations: result.iterations)
    }
}
