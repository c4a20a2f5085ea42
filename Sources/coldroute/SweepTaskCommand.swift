import ArgumentParser
import ColdRouteIO
import ColdRouteScenario
import ColdRouteSweep
import Foundation

/// `coldroute sweep task MANIFEST --out DIR [--index I]`: run one task of a sweep.
struct SweepTaskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "task",
        abstract: "Run one task of a sweep and write DIR/tasks/<index>.json.",
        discussion: """
            The index comes from --index, else SLURM_ARRAY_TASK_ID (Slurm job arrays; 0-based with the --array=0-(N-1) that `sweep slurm` writes), else JOB_COMPLETION_INDEX (Kubernetes Indexed Jobs; 0-based). Both schedulers' indices are used as they are: task i is the i-th of the manifest's documented order.

            The record is written once, atomically, when the task ends: a task cancelled mid-way (scancel, SIGTERM, Ctrl-C) writes nothing and exits 5, so the index stays missing. A task already done is skipped (exit 0) unless --force; a task with a failure record runs again.

            Exit codes: 0 done or skipped; 1 bad manifest, or this county does not fit the scenario (a failure record is written); 5 cancelled, no record; 64 bad arguments or no index; 70 the solver failed or a plan failed an independent check (a failure record is written).
            """
    )

    @Argument(help: "The sweep manifest (.toml).")
    var manifest: String

    @Option(help: ArgumentHelp("The sweep's output folder (shared by all tasks).", valueName: "dir"))
    var out: String

    @Option(help: "The task index (default: $SLURM_ARRAY_TASK_ID, else $JOB_COMPLETION_INDEX).")
    var index: Int?

    @Flag(help: "Run even if the task is already done.")
    var force = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    /// The index from the option or the scheduler's environment.
    static func resolveIndex(_ option: Int?, environment: [String: String]) throws -> Int {
        if let option { return option }
        for name in ["SLURM_ARRAY_TASK_ID", "JOB_COMPLETION_INDEX"] {
            if let text = environment[name] {
                guard let value = Int(text.trimmingCharacters(in: .whitespaces)), value >= 0 else {
                    throw ValidationError("\(name) is '\(text)', not a task index")
                }
                return value
            }
        }
        throw ValidationError("no task index: give --index, or run under Slurm (SLURM_ARRAY_TASK_ID) or a Kubernetes Indexed Job (JOB_COMPLETION_INDEX)")
    }

    func run() throws {
        let started = Date().timeIntervalSince1970
        let environment = ProcessInfo.processInfo.environment
        let index = try Self.resolveIndex(index, environment: environment)
        let manifest = try SweepCommand.manifest(manifest)
        guard let task = SweepTask(manifest: manifest, index: index) else {
            throw ValidationError("task index \(index) is out of range: the sweep has \(manifest.taskCount) tasks (0-\(manifest.taskCount - 1))")
        }
        let layout = SweepLayout(directory: out)
        try SweepCommand.prepare(layout, manifest)
        if !force, let existing = try? layout.readRecord(index), existing.status == .done, existing.task == task {
            if !quiet { Console.err("task \(index) (\(task.label)) is already done; skipped (--force runs it again)") }
            return
        }
        let stop = InterruptHandler.install()
        var execution = SweepTaskRecord.Execution()
        execution.started = started
        execution.host = ProcessInfo.processInfo.hostName
        if let job = environment["SLURM_ARRAY_JOB_ID"] {
            execution.scheduler = "slurm \(job)_\(environment["SLURM_ARRAY_TASK_ID"] ?? "?")"
        } else if environment["JOB_COMPLETION_INDEX"] != nil {
            execution.scheduler = "kubernetes \(environment["HOSTNAME"] ?? "")"
        }
        if !quiet { Console.err("task \(index): \(task.label)") }
        guard let record = SweepTaskRunner.run(task, manifest: manifest, stop: stop, execution: execution) else {
            Console.err("task \(index): cancelled; no record written (the task stays missing)")
            throw ExitCodes.interrupted
        }
        do {
            try layout.writeRecord(record)
        } catch {
            Console.err("error: \(error)")
            throw ExitCodes.badInput
        }
        if let failure = record.failure {
            Console.err("task \(index) failed: \(failure.error)")
            throw ExitCode(failure.exitCode)
        }
        if !quiet {
            let cost = record.row?.totalCost.map { String(format: ", day cost %.2f yuan", $0) } ?? ""
            Console.err("task \(index): \(record.row?.status ?? "done")\(cost), " + String(format: "%.1f s", record.execution.total))
        }
    }
}
