import ColdRoutePlanning
import ColdRouteReport
import ColdRouteScenario
import Foundation

/// What one finished task left behind, as `DIR/tasks/<index>.json`: the task's identity, the
/// settings it ran with, the planning result (``PlanResult``) and its headline row, or a failure,
/// plus where and when it ran.
///
/// Written once, atomically, when the task ends (``SweepLayout/writeRecord(_:)``): a task killed
/// or cancelled mid-way leaves no record at all, never half of one. ``comparable`` drops
/// everything that changes from run to run (timings, host, scheduler ids), so a task run through
/// Slurm and the same task run by `sweep run` give equal ``comparable`` records when the run is
/// clock-free (a seed and `routeIterations`, no binding time limit).
public struct SweepTaskRecord: Sendable, Codable {
    public enum Status: String, Sendable, Codable {
        /// Planned (the siting may still be infeasible: see ``SweepTaskRecord/row``'s status).
        case done
        /// Bad input for this county (an id it lacks…), a solver failure, or a failed check.
        case failed
    }

    /// Why a task failed, and the exit code `sweep task` ended with.
    public struct Failure: Hashable, Sendable, Codable {
        public var error: String
        public var exitCode: Int32
        public init(error: String, exitCode: Int32) {
            self.error = error
            self.exitCode = exitCode
        }
    }

    /// Where and when the task ran; wall-clock times as seconds since 1970.
    public struct Execution: Hashable, Sendable, Codable {
        public var host: String = ""
        /// `slurm <array job>_<task>`, `kubernetes <pod>`, or `local`.
        public var scheduler: String = "local"
        public var started: Double = 0
        public var finished: Double = 0
        /// Seconds reading the county and applying the scenario.
        public var loading: Double = 0
        /// Seconds in the planner (checks included).
        public var planning: Double = 0
        /// Seconds from reading the county to the end of planning and checking (process start-up
        /// and reading the manifest are not included; `started` is when the command began).
        public var total: Double = 0
        public init() {}
    }

    public var task: SweepTask
    public var status: Status
    /// The settings the task ran with (the scenario's, the manifest's `[solver]`, the task's seed).
    public var settings: RunSettings?
    public var row: ComparisonRow?
    public var result: PlanResult?
    public var failure: Failure?
    public var execution: Execution

    public init(task: SweepTask, status: Status, settings: RunSettings?, row: ComparisonRow?, result: PlanResult?,
                failure: Failure?, execution: Execution) {
        self.task = task
        self.status = status
        self.settings = settings
        self.row = row
        self.result = result
        self.failure = failure
        self.execution = execution
    }

    /// The record without what changes from run to run: execution, the result's timings and its
    /// regions' seconds.
    public var comparable: SweepTaskRecord {
        var copy = self
        copy.execution = Execution()
        if var result = copy.result {
            (result.timings.planning, result.timings.checks, result.timings.total) = (0, 0, 0)
            for r in result.regions.indices { result.regions[r].seconds = 0 }
            copy.result = result
        }
        return copy
    }

    /// JSON with sorted keys (the record file's content).
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    public static func read(_ data: Data) throws -> SweepTaskRecord {
        try JSONDecoder().decode(SweepTaskRecord.self, from: data)
    }
}
