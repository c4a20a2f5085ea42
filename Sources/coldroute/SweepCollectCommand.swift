import ArgumentParser
import ColdRouteModel
import ColdRouteSweep
import Foundation

/// `coldroute sweep collect DIR`: merge task records into the province's tables and report.
struct SweepCollectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collect",
        abstract: "Merge a sweep's task records into sweep.csv, sweep.json, brief.md and report.html.",
        discussion: """
            One row per task in index order (county, scenario, seed, status, day cost, coverage collected, spoilage, new depots; failed tasks with their error, missing ones marked missing), a Markdown province brief (best scenario per county: the lowest mean cost per kg collected over the seeds) and one self-contained HTML report (province table, best scenario per county, charts). Each file is written atomically; collecting again after more tasks end replaces them.

            Exit codes: 0 written (even if tasks are missing: they are marked, and counted on standard error); 1 DIR is not a sweep folder or a record is unreadable.
            """
    )

    @Argument(help: "The sweep's output folder.")
    var directory: String

    func run() throws {
        let layout = SweepLayout(directory: directory)
        let clock = ContinuousClock(), started = clock.now
        let c: SweepCollector.Collection
        do {
            c = try SweepCollector(layout: layout).collect()
        } catch {
            Console.err("error: \(error)")
            throw ExitCodes.badInput
        }
        Console.out("collected \(c.tasks) tasks: \(c.done) done, \(c.failed) failed, \(c.missing.count) missing in "
            + String(format: "%.2f s", (clock.now - started).seconds) + "\n")
        Console.err("wrote \(layout.path("sweep.csv")), sweep.json, brief.md, report.html")
    }
}
