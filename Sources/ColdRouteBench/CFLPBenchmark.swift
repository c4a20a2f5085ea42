import ColdRouteSiting

/// One result line of `coldroute bench cflp`.
public struct CFLPBenchmarkRecord: Sendable, Equatable {
    /// `cap41`, `capa_8000`, …
    public var instance: String
    /// Cost of the best solution, `nil` without one.
    public var objective: Double?
    /// Proved lower bound, `nil` when none is known (or the instance is infeasible).
    public var bound: Double?
    /// `optimal`, `feasible` (time limit with a solution), `infeasible`, `timeout` (no solution).
    public var status: String
    public var seconds: Double
    /// Open facilities, 1-based as in the OR-Library files.
    public var open: [Int]

    /// The record as one line of JSON with keys in a fixed order:
    /// `{"instance":"cap41","objective":1040444.375,"bound":…,"status":"optimal","seconds":0.02,"open":[1,2]}`.
    public var jsonLine: String {
        func number(_ x: Double?) -> String {
            guard let x, x.isFinite else { return "null" }
            return x.rounded() == x && abs(x) < 1e15 ? String(Int64(x)) : "\(x)"
        }
        let name = instance.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let secs = (seconds * 1000).rounded() / 1000
        return "{\"instance\":\"\(name)\",\"objective\":\(number(objective)),\"bound\":\(number(bound)),"
            + "\"status\":\"\(status)\",\"seconds\":\(number(secs)),\"open\":[\(open.map(String.init).joined(separator: ","))]}"
    }
}

/// Runs the facility-location engine on OR-Library `cap` files (Beasley 1988).
public struct CFLPBenchmark: Sendable {
    /// Fills the literal word `capacity` (capa/capb/capc).
    public var capacity: Double?
    /// Wall-clock seconds per instance.
    public var timeLimit: Double
    public var singleSource: Bool

    public init(capacity: Double? = nil, timeLimit: Double = 300, singleSource: Bool = false) {
        self.capacity = capacity
        self.timeLimit = timeLimit
        self.singleSource = singleSource
    }

    /// Reads `path` and solves it. Reading time is not counted in `seconds`.
    ///
    /// - Throws: ``ORLibraryFormatError`` for a missing or malformed file.
    public func run(path: String, progress: (@Sendable (FacilityLocationProgress) -> Void)? = nil) throws -> CFLPBenchmarkRecord {
        let instance = try ORLibraryCapReader(capacity: capacity).read(path: path)
        var options = FacilityLocationOptions(singleSource: singleSource, timeLimit: timeLimit)
        options.progress = progress
        let solution = FacilityLocationSolver().solve(instance, options: options)
        return CFLPBenchmarkRecord(
            instance: ORLibraryCapReader.instanceName(path: path, capacity: capacity),
            objective: solution.objective.isFinite ? solution.objective : nil,
            bound: solution.bound.isFinite ? solution.bound : nil,
            status: solution.status.rawValue,
            seconds: solution.seconds,
            open: solution.open.map { $0 + 1 })
    }
}
