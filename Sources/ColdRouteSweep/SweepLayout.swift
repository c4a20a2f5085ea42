import ColdRouteIO
import ColdRouteScenario
import Foundation

/// The files of a sweep's output folder `DIR` (shared by every task, on a shared file system
/// under Slurm or a shared volume under Kubernetes):
///
///     DIR/sweep-tasks.json        the expanded task list (written by task, run, slurm, k8s)
///     DIR/tasks/<index>.json      one record per finished task (SweepTaskRecord), atomic
///     DIR/logs/<index>.out|.err   each task's standard output and error
///     DIR/sweep.sbatch, DIR/collect.sbatch             (sweep slurm)
///     DIR/k8s/sweep-job.yaml, DIR/k8s/collect-job.yaml (sweep k8s)
///     DIR/sweep.csv, sweep.json, brief.md, report.html (sweep collect)
public struct SweepLayout: Sendable {
    public var directory: String

    public init(directory: String) { self.directory = directory }

    public static let taskListFile = "sweep-tasks.json"

    public func path(_ name: String) -> String { (directory as NSString).appendingPathComponent(name) }
    public var tasksFolder: String { path("tasks") }
    public var logsFolder: String { path("logs") }
    public var taskList: String { path(Self.taskListFile) }
    public func recordPath(_ index: Int) -> String { (tasksFolder as NSString).appendingPathComponent("\(index).json") }

    /// The expanded task list: what `status` and `collect` compare the records with.
    public struct TaskList: Sendable, Codable {
        public var name: String
        /// The manifest, as an absolute path.
        public var manifest: String
        public var tasks: [SweepTask]
        public init(name: String, manifest: String, tasks: [SweepTask]) {
            self.name = name
            self.manifest = manifest
            self.tasks = tasks
        }
    }

    /// Creates `DIR`, `DIR/tasks` and `DIR/logs` and writes the task list (atomically; every
    /// process writes the same bytes, so concurrent writers do no harm).
    public func prepare(manifest: SweepManifest) throws {
        for folder in [directory, tasksFolder, logsFolder] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        let list = TaskList(name: manifest.name, manifest: Self.absolute(manifest.file), tasks: SweepTask.all(of: manifest))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let data = try encoder.encode(list) + Data("\n".utf8)
        if FileManager.default.contents(atPath: taskList) != data { try AtomicFile.write(data, to: taskList) }
    }

    public func readTaskList() throws -> TaskList {
        guard let data = FileManager.default.contents(atPath: taskList) else {
            throw SweepError("\(taskList): no such file (is \(directory) a sweep folder? `sweep run`, `task`, `slurm` or `k8s` write it)")
        }
        do {
            return try JSONDecoder().decode(TaskList.self, from: data)
        } catch {
            throw SweepError("\(taskList): not a sweep task list (\(error))")
        }
    }

    /// Writes a task's record atomically (temporary file + rename): readers see all of it or none.
    public func writeRecord(_ record: SweepTaskRecord) throws {
        try AtomicFile.write(try record.json(), to: recordPath(record.task.index))
    }

    /// The record of task `index`, `nil` when there is none; throws for an unreadable one.
    public func readRecord(_ index: Int) throws -> SweepTaskRecord? {
        guard let data = FileManager.default.contents(atPath: recordPath(index)) else { return nil }
        do {
            return try SweepTaskRecord.read(data)
        } catch {
            throw SweepError("\(recordPath(index)): not a task record (\(error))")
        }
    }

    /// `path` made absolute against the current directory (scripts run elsewhere).
    public static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}

/// A sweep-level problem (a missing folder, an unreadable record), as one line.
public struct SweepError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
