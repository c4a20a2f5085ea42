import ArgumentParser
import ColdRouteIO
import ColdRouteScenario
import ColdRouteSweep
import Foundation

/// `coldroute sweep slurm MANIFEST --out DIR [...] [--submit]`: a Slurm job array and its collector.
struct SweepSlurmCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slurm",
        abstract: "Write (and with --submit, submit) a Slurm job array for a sweep and its collector job.",
        discussion: """
            Writes DIR/sweep.sbatch, a job array --array=0-(N-1)%K with one CPU and one task per index and logs in DIR/logs/<index>.out|.err, each running `coldroute sweep task MANIFEST --out DIR` (the index is SLURM_ARRAY_TASK_ID), and DIR/collect.sbatch, which runs `coldroute sweep collect DIR`. DIR must be on a file system every node sees; paths in the scripts are absolute, and the scripts call this very coldroute binary.

            With --submit: `sbatch --parsable DIR/sweep.sbatch`, then `sbatch --parsable --dependency=afterany:<array id> DIR/collect.sbatch` (the collector runs once every array task has ended, however it ended); prints `array-job: <id>` and `collect-job: <id>` on standard output.

            Afterwards `coldroute sweep status DIR` lists failed and missing indices with the `sbatch --array=...` line that resubmits only them; `scancel <array id>_<index>` cancels one task (it leaves no record).

            Exit codes: 0 written (and submitted); 1 bad manifest; 69 sbatch failed or is missing.
            """
    )

    @Argument(help: "The sweep manifest (.toml).")
    var manifest: String

    @Option(help: ArgumentHelp("The sweep's output folder (on a shared file system).", valueName: "dir"))
    var out: String

    @Option(help: "The Slurm partition (default: the cluster's default).")
    var partition: String?

    @Option(name: .customLong("max-running"), help: ArgumentHelp("Array tasks running at once (%K).", valueName: "K"))
    var maxRunning: Int?

    @Option(help: ArgumentHelp("Time limit per task, in Slurm's format (e.g. 00:10:00).", valueName: "T"))
    var time: String?

    @Option(help: ArgumentHelp("Memory per task, in Slurm's format (e.g. 2G).", valueName: "M"))
    var mem: String?

    @Flag(help: "Submit the array and the collector with sbatch.")
    var submit = false

    func validate() throws {
        if let maxRunning, maxRunning < 1 { throw ValidationError("--max-running must be 1 or more") }
    }

    func run() throws {
        let manifest = try SweepCommand.manifest(manifest)
        let layout = SweepLayout(directory: SweepLayout.absolute(out))
        try SweepCommand.prepare(layout, manifest)
        let script = SlurmScript(executable: SweepCommand.executable, manifest: SweepLayout.absolute(manifest.file),
                                 directory: layout.directory, tasks: manifest.taskCount, partition: partition,
                                 maxRunning: maxRunning, time: time, memory: mem,
                                 jobName: "coldroute-\(manifest.name)")
        let arrayPath = layout.path(SlurmScript.arrayFile), collectPath = layout.path(SlurmScript.collectFile)
        do {
            try AtomicFile.write(script.arrayScript, to: arrayPath)
            try AtomicFile.write(script.collectScript, to: collectPath)
        } catch {
            Console.err("error: \(error)")
            throw ExitCodes.badInput
        }
        Console.err("wrote \(arrayPath) (\(manifest.taskCount) array tasks) and \(collectPath)")
        guard submit else { return }
        let array = try sbatch([arrayPath])
        Console.out("array-job: \(array)\n")
        let collector = try sbatch(["--dependency=afterany:\(array)", collectPath])
        Console.out("collect-job: \(collector)\n")
    }

    /// Runs `sbatch --parsable ARGS` and returns the job id.
    func sbatch(_ arguments: [String]) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["sbatch", "--parsable"] + arguments
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        do {
            try p.run()
        } catch {
            Console.err("error: cannot run sbatch: \(error)")
            throw ExitCode(69)
        }
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errText = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        guard p.terminationStatus == 0, let id = SlurmScript.jobID(fromParsable: text) else {
            let reason = errText.split(separator: "\n").first.map(String.init) ?? "exit \(p.terminationStatus)"
            Console.err("error: sbatch \(arguments.joined(separator: " ")) failed: \(reason)")
            throw ExitCode(69)
        }
        return id
    }
}
