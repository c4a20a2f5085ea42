import Foundation

/// The two batch scripts of a Slurm sweep: a job array of one task per index, and a collector.
///
/// `sweep.sbatch` is an array `--array=0-(N-1)%K` (at most K running at once), one CPU per task,
/// per-task logs `DIR/logs/<index>.out|.err`; each array task runs
/// `coldroute sweep task MANIFEST --out DIR`, which takes its index from `SLURM_ARRAY_TASK_ID`
/// (0-based, like ours). `collect.sbatch` runs `coldroute sweep collect DIR`; it is submitted with
/// `--dependency=afterany:<array job>` so it runs once every array task has ended, however it
/// ended. Paths in the scripts are absolute: Slurm runs them on any node of a shared file system.
public struct SlurmScript: Sendable {
    public static let arrayFile = "sweep.sbatch"
    public static let collectFile = "collect.sbatch"

    public var executable: String
    public var manifest: String
    public var directory: String
    public var tasks: Int
    public var partition: String?
    public var maxRunning: Int?
    public var time: String?
    public var memory: String?
    public var jobName: String

    public init(executable: String, manifest: String, directory: String, tasks: Int, partition: String? = nil,
                maxRunning: Int? = nil, time: String? = nil, memory: String? = nil, jobName: String = "coldroute-sweep") {
        self.executable = executable
        self.manifest = manifest
        self.directory = directory
        self.tasks = tasks
        self.partition = partition
        self.maxRunning = maxRunning
        self.time = time
        self.memory = memory
        self.jobName = jobName
    }

    var common: [String] {
        var lines: [String] = []
        if let partition { lines.append("#SBATCH --partition=\(partition)") }
        if let time { lines.append("#SBATCH --time=\(time)") }
        if let memory { lines.append("#SBATCH --mem=\(memory)") }
        return lines
    }

    public var arrayScript: String {
        let limit = maxRunning.map { "%\($0)" } ?? ""
        return ([
            "#!/bin/bash",
            "# A ColdRoute sweep: one array task per (county, scenario, seed); see docs/sweeps.md.",
            "#SBATCH --job-name=\(jobName)",
            "#SBATCH --array=0-\(tasks - 1)\(limit)",
            "#SBATCH --cpus-per-task=1",
            "#SBATCH --ntasks=1",
            "#SBATCH --output=\(directory)/logs/%a.out",
            "#SBATCH --error=\(directory)/logs/%a.err",
        ] + common + [
            "# Re-run only some indices: sbatch --array=3,7-9 \(directory)/\(Self.arrayFile)",
            "exec \(quoted(executable)) sweep task \(quoted(manifest)) --out \(quoted(directory))",
        ]).joined(separator: "\n") + "\n"
    }

    public var collectScript: String {
        ([
            "#!/bin/bash",
            "# Collects a ColdRoute sweep once its array has ended (submitted with --dependency=afterany:<array job>).",
            "#SBATCH --job-name=\(jobName)-collect",
            "#SBATCH --cpus-per-task=1",
            "#SBATCH --output=\(directory)/logs/collect.out",
            "#SBATCH --error=\(directory)/logs/collect.err",
        ] + common + [
            "exec \(quoted(executable)) sweep collect \(quoted(directory))",
        ]).joined(separator: "\n") + "\n"
    }

    func quoted(_ s: String) -> String {
        s.allSatisfy { $0.isLetter || $0.isNumber || "/._-+=:,".contains($0) } ? s : "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// The job id in `sbatch --parsable`'s output (`12345` or `12345;cluster`).
    public static func jobID(fromParsable output: String) -> String? {
        let id = output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ";").first.map(String.init) ?? ""
        return !id.isEmpty && id.allSatisfy(\.isNumber) ? id : nil
    }
}
