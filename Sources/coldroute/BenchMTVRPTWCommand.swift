import ArgumentParser
import ColdRouteBench

/// `coldroute bench mtvrptw`: solves multi-trip VRPTW files with release dates (VRPLIB) with the
/// hybrid genetic search and prints one JSON object per instance on stdout (progress goes to
/// stderr). An unreadable or malformed file exits with ``ExitCodes/badInput``; an infeasible
/// result is reported (`feasible: false`).
struct BenchMTVRPTWCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "mtvrptw",
        abstract: "Solve multi-trip VRPTW files with release dates; print one JSON object per line.",
        discussion: """
            Each line has: instance, cost (DIMACS: edge lengths truncated to one decimal, total ×10), vehicles, trips, seconds, feasible (independent checker on the original instance), iterations, routes (per vehicle, client numbers as in the .sol files, 0 for a reload) and violations. The instances are solved by time reversal (see docs/routing.md). Example:
              coldroute bench mtvrptw ../shared/benchmarks/mtvrptw/C201R0.25.vrp --time-limit 10 --seed 1
            """
    )

    @Argument(help: "VRPLIB MTVRPTWR instance files.")
    var files: [String]

    @Option(name: .customLong("time-limit"), help: "Search time per instance, in seconds.")
    var timeLimit: Double = 10

    @Option(help: "Random seed (runs with the same seed and budget in iterations are reproducible).")
    var seed: UInt64 = 1

    func validate() throws {
        guard timeLimit > 0 else { throw ValidationError("--time-limit must be positive") }
        guard !files.isEmpty else { throw ValidationError("give at least one instance file") }
    }

    func run() throws {
        for (k, path) in files.enumerated() {
            let report: MTVRPTWRunReport
            do {
                let instance = try MTVRPTWReader.read(path: path)
                Console.err("[\(k + 1)/\(files.count)] \(instance.name): solving for \(timeLimit) s")
                report = try MTVRPTWBenchmark.run(instance, timeLimit: timeLimit, seed: seed)
            } catch {
                Console.err("error: \(error)")
                throw ExitCodes.badInput
            }
            Console.out(report.jsonLine + "\n")
            Console.err("  cost \(report.cost), vehicles \(report.vehicles), trips \(report.trips), feasible \(report.feasible)")
        }
    }
}
