import ArgumentParser
import ColdRouteIO
import ColdRouteModel
import ColdRouteScenario
import ColdRouteSweep
import Foundation

/// `coldroute sweep run MANIFEST --out DIR [--jobs N]`: every task on this machine, then collect.
struct SweepRunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a sweep's tasks on this machine, N at a time, then collect.",
        discussion: """
            Each task runs as its own process, `coldroute sweep task MANIFEST --out DIR --index I` (the very path a Slurm array task or a Kubernetes pod takes; GLPK keeps its state per thread, and processes keep tasks apart), with its output in DIR/logs/<index>.out and .err. Tasks already done are skipped unless --force, so running again after a stop or failure runs only the failed and missing ones. Then `sweep collect` writes DIR/sweep.csv, sweep.json, brief.md and report.html.

            Ctrl-C (or SIGTERM) stops starting tasks and passes the signal to the running ones, which end without a record; what finished is collected. A second Ctrl-C exits at once.

            Exit codes: 0 every task done; 1 bad manifest; 5 interrupted; 8 some tasks failed or are missing (see `coldroute sweep status DIR`).
            """
    )

    @Argument(help: "The sweep manifest (.toml).")
    var manifest: String

    @Option(help: ArgumentHelp("The sweep's output folder.", valueName: "dir"))
    var out: String

    @Option(help: "Tasks running at once (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Run tasks that are already done again.")
    var force = false

    @Flag(name: .shortAndLong, help: "Do not show progress.")
    var quiet = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
    }

    func run() throws {
        let manifest = try SweepCommand.manifest(manifest)
        let layout = SweepLayout(directory: out)
        try SweepCommand.prepare(layout, manifest)
        let tasks = SweepTask.all(of: manifest)
        let pending = tasks.filter { task in
            force || (try? layout.readRecord(task.index))?.map { $0.status != .done || $0.task != task } ?? true
        }
        let stop = InterruptHandler.install()
        let clock = ContinuousClock(), started = clock.now
        if !quiet {
            Console.err("sweep \(manifest.name): \(tasks.count) tasks, \(tasks.count - pending.count) already done, running \(pending.count) on \(min(jobs, max(1, pending.count))) process\(jobs == 1 ? "" : "es")")
        }
        let exe = SweepCommand.executable
        var queue = pending[...]
        var running: [Int32: (task: SweepTask, process: Process)] = [:]
        var finished = 0, failed = 0, signalled = false
        let ended = Ended()
        while true {
            if stop.isStopped && !signalled {
                signalled = true
                for (_, r) in running { kill(r.process.processIdentifier, SIGTERM) }
            }
            while !stop.isStopped, running.count < jobs, let task = queue.popFirst() {
                let p = Process()
                p.executableURL = URL(fileURLWithPath: exe)
                p.arguments = ["sweep", "task", manifest.file, "--out", out, "--index", String(task.index), "--quiet"]
                    + (force ? ["--force"] : [])
                var env = ProcessInfo.processInfo.environment
                env.removeValue(forKey: "SLURM_ARRAY_TASK_ID")
                env.removeValue(forKey: "JOB_COMPLETION_INDEX")
                p.environment = env
                let outPath = layout.logsFolder + "/\(task.index).out", errPath = layout.logsFolder + "/\(task.index).err"
                _ = FileManager.default.createFile(atPath: outPath, contents: nil)
                _ = FileManager.default.createFile(atPath: errPath, contents: nil)
                p.standardOutput = FileHandle(forWritingAtPath: outPath)
                p.standardError = FileHandle(forWritingAtPath: errPath)
                p.terminationHandler = { proc in ended.add(proc.processIdentifier, proc.terminationStatus) }
                do {
                    try p.run()
                } catch {
                    Console.err("error: cannot start \(exe): \(error)")
                    throw ExitCodes.badInput
                }
                running[p.processIdentifier] = (task, p)
            }
            if running.isEmpty { break }
            for (pid, status) in ended.take(waiting: .milliseconds(200)) {
                guard let r = running.removeValue(forKey: pid) else { continue }
                finished += 1
                if status != 0 { failed += 1 }
                if !quiet {
                    let what = status == 0 ? "done" : status == 5 ? "cancelled" : "failed (exit \(status), see \(layout.logsFolder)/\(r.task.index).err)"
                    Console.err("[\(finished)/\(pending.count)] task \(r.task.index) \(r.task.label): \(what)")
                }
            }
        }
        let seconds = (clock.now - started).seconds
        let collection: SweepCollector.Collection
        do {
            collection = try SweepCollector(layout: layout).collect()
        } catch {
            Console.err("error: \(error)")
            throw ExitCodes.badInput
        }
        Console.out("sweep \(manifest.name): \(collection.done) done, \(collection.failed) failed, \(collection.missing.count) missing of \(collection.tasks) tasks in " + String(format: "%.1f s", seconds) + "\n")
        if !quiet { Console.err("wrote \(layout.path("sweep.csv")), sweep.json, brief.md, report.html") }
        if stop.isStopped { throw ExitCodes.interrupted }
        if collection.done < collection.tasks { throw SweepCommand.incomplete }
    }
}

/// Child processes that ended (pid, exit status), reported from Foundation's termination handlers.
private final class Ended: @unchecked Sendable {
    private let lock = NSLock()
    private let wake = DispatchSemaphore(value: 0)
    private var items: [(Int32, Int32)] = []

    func add(_ pid: Int32, _ status: Int32) {
        lock.lock()
        items.append((pid, status))
        lock.unlock()
        wake.signal()
    }

    /// Waits up to `timeout` for an ending, then takes every ending so far.
    func take(waiting timeout: DispatchTimeInterval) -> [(Int32, Int32)] {
        _ = wake.wait(timeout: .now() + timeout)
        lock.lock()
        defer { lock.unlock() }
        let taken = items
        items.removeAll()
        return taken
    }
}
