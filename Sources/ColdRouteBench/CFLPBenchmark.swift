import ColdRouteSiting

/// One result line of `coldroute bench cflp`.
public struct CFLPBenchmarkRecord: Sendable, Equatable, JSONLineRecord {
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
