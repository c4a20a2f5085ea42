import ArgumentParser
import ColdRouteIO
import ColdRouteScenario
import ColdRouteSweep
import Foundation

/// `coldroute sweep`: province-wide sweeps (counties × scenarios × seeds) on Slurm, Kubernetes or locally.
struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Plan every county under every scenario and seed, on Slurm, Kubernetes or this machine.",
        discussion: """
            A sweep manifest (TOML, see docs/sweeps.md) lists counties (network files or CSV folders, globs allowed), scenario files (globs allowed; a scenario may leave out `base`: each county becomes its base in turn), `baseline = true` to also plan each county unchanged, `seeds = [...]`, and a [solver] table as in scenario files that overrides the scenarios' own.

            Each (county, scenario, seed) is one task with a fixed 0-based index: counties in the order written (each glob's matches sorted), then scenarios, then seeds. A task writes DIR/tasks/<index>.json once, atomically, when it ends: its identity, settings, plan result, or a failure (error and exit code). A task killed or cancelled mid-way leaves no record: it is "missing" and runs again.

            Typical use:
              coldroute sweep run province.toml --out out/province --jobs 4     # this machine
              coldroute sweep slurm province.toml --out /shared/province --max-running 200 --submit
              coldroute sweep k8s province.toml --out out/province --image registry/coldroute:1
              coldroute sweep status out/province                                # what is left, how to resubmit it
              coldroute sweep collect out/province                               # sweep.csv, sweep.json, brief.md, report.html

            With a seed and routeIterations in [solver] (and no time limit that binds), a task gives the same result however it runs: Slurm, Kubernetes, `sweep run` or `sweep task`.
            """,
        subcommands: [SweepTaskCommand.self, SweepRunCommand.self, SweepSlurmCommand.self, SweepK8sCommand.self,
                      SweepStatusCommand.self, SweepCollectCommand.self]
    )

    /// Exit code of `run` and `status` when some tasks failed or are missing.
    static let incomplete = ExitCode(8)

    /// Reads a manifest, printing the one-line error and exiting 1 on bad input.
    static func manifest(_ path: String) throws -> SweepManifest {
        do {
            return try SweepManifestReader.read(path: path)
        } catch {
            Console.err("error: \(error)")
            throw ExitCodes.badInput
        }
    }

    /// Creates DIR and writes its task list, or exits 1 with a one-line reason.
    static func prepare(_ layout: SweepLayout, _ manifest: SweepManifest) throws {
        do {
            try layout.prepare(manifest: manifest)
        } catch {
            Console.err("error: \(layout.directory): cannot prepare the sweep folder: \(error)")
            throw ExitCodes.badInput
        }
    }

    /// This executable's absolute path (scripts and child processes run the same binary).
    static var executable: String {
        #if os(Linux)
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        #endif
        return SweepLayout.absolute(Bundle.main.executablePath ?? CommandLine.arguments[0])
    }
}
