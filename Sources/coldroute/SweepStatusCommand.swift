import ArgumentParser
import ColdRouteSweep
import Foundation

/// `coldroute sweep status DIR`: done, failed and missing tasks, and how to run only those again.
struct SweepStatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "List a sweep's done, failed and missing task indices, and the command that resubmits only those.",
        discussion: """
            Reads DIR/sweep-tasks.json and DIR/tasks/*.json. A task is done or failed by its record; missing when it has none (not run yet, still running, killed, or cancelled: records are written only at a task's end). The printed commands run only the failed and missing indices: `sbatch --array=<list> DIR/sweep.sbatch` (when the sweep went through Slurm) and `coldroute sweep run` (which skips tasks done).

            Exit codes: 0 every task done; 1 DIR is not a sweep folder or a record is unreadable; 8 some tasks failed or are missing.
            """
    )

    @Argument(help: "The sweep's output folder.")
    var directory: String

    func run() throws {
        let layout = SweepLayout(directory: directory)
        let status: SweepStatus, manifest: String
        do {
            status = try SweepStatus(layout: layout)
            manifest = try layout.readTaskList().manifest
        } catch {
            Console.err("error: \(error)")
            throw ExitCodes.badInput
        }
        func list(_ xs: [Int]) -> String { xs.isEmpty ? "-" : SweepStatus.ranges(xs) }
        Console.out("""
            tasks:   \(status.tasks)
            done:    \(status.done.count)\t\(list(status.done))
            failed:  \(status.failed.count)\t\(list(status.failed))
            missing: \(status.missing.count)\t\(list(status.missing))

            """)
        let commands = status.resubmitCommands(layout: layout, manifest: manifest)
        if !commands.isEmpty {
            Console.out("resubmit the failed and missing tasks only:\n" + commands.map { "  " + $0 }.joined(separator: "\n") + "\n")
            throw SweepCommand.incomplete
        }
    }
}
