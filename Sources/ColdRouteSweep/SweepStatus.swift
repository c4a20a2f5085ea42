import Foundation

/// Which tasks of a sweep are done, failed or missing (no record: never run, still running,
/// killed or cancelled), and the commands that run only the failed and missing ones again.
public struct SweepStatus: Sendable {
    public var tasks: Int
    public var done: [Int]
    public var failed: [Int]
    public var missing: [Int]

    /// Reads `layout`'s task list and records (only their presence and status).
    public init(layout: SweepLayout) throws {
        let collection = try SweepCollector(layout: layout).gather()
        tasks = collection.tasks
        done = collection.rows.filter { $0.status == "done" }.map(\.index)
        failed = collection.rows.filter { $0.status == "failed" }.map(\.index)
        missing = collection.missing
    }

    /// The indices to run again: failed and missing, ascending.
    public var rerun: [Int] { (failed + missing).sorted() }

    /// The commands that run only ``rerun``: the Slurm array (when `DIR/sweep.sbatch` exists;
    /// `--array` on the command line overrides the script's own) and the local run (which skips
    /// tasks already done).
    public func resubmitCommands(layout: SweepLayout, manifest: String) -> [String] {
        guard !rerun.isEmpty else { return [] }
        var commands: [String] = []
        let absolute = SweepLayout(directory: SweepLayout.absolute(layout.directory))
        let sbatch = absolute.path(SlurmScript.arrayFile)
        if FileManager.default.fileExists(atPath: sbatch) {
            commands.append("sbatch --array=\(Self.ranges(rerun)) \(sbatch)  # then: sbatch --dependency=afterany:<job id> \(absolute.path(SlurmScript.collectFile))")
        }
        commands.append("coldroute sweep run \(manifest) --out \(absolute.directory)")
        return commands
    }

    /// `[0, 1, 2, 5, 7, 8]` → `0-2,5,7-8` (Slurm's `--array` syntax).
    public static func ranges(_ indices: [Int]) -> String {
        var parts: [String] = []
        var i = 0
        let s = indices.sorted()
        while i < s.count {
            var j = i
            while j + 1 < s.count && s[j + 1] == s[j] + 1 { j += 1 }
            parts.append(j == i ? "\(s[i])" : "\(s[i])-\(s[j])")
            i = j + 1
        }
        return parts.joined(separator: ",")
    }
}
