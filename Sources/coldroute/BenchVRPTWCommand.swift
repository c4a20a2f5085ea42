import ArgumentParser
import ColdRouteBench

/// `coldroute bench vrptw`: solves Solomon VRPTW files with the hybrid genetic search and prints
/// one JSON object per instance on stdout (progress goes to stderr). An unreadable or malformed
/// file exits with ``ExitCodes/badInput``; an infeasible result is reported (`feasible: false`).
struct BenchVRPTWCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vrptw",
        abstract: "Solve Solomon VRPTW files; print one JSON object per line.",
        discussion: """
            Each line has: instance, vehicles, distance (real Euclidean, objective = total distance), seconds, feasible (independent checker), iterations, routes (customer numbers as in the file, depot omitted) and violations. Example:
              coldroute bench vrptw ../shared/benchmarks/vrptw/C101.txt --time-limit 10 --seed 1
            """
    )

    @Argument(help: "Solomon instance files.")
    var files: [String]

    @Option(name: .customLong("time-limit"), help: "Search time per instance, in seconds.")
    var timeLimit: Double = 10

    @Option(help: "Random seed (runs with the same seed and budget in iterations are reproducible).")
    var seed: UInt64 = 1

    func validate() throws {
        guard timeLimit > 0, timeLimit <= 1e6 else { throw ValidationError("--time-limit must be a positive number of seconds, at most 1000000") }
        guard !files.isEmpty else { throw ValidationError("give at least one instance file") }
    }

    func run() throws {
        for (k, path) in files.enumerated() {
            let instance: SolomonInstance
            do {
                instance = try SolomonReader.read(path: path)
            } catch {
                Console.err("error: \(error)")
                throw ExitCodes.badInput
            }
            Console.err("[\(k + 1)/\(files.count)] \(instance.name): solving for \(timeLimit) s")
            let report = VRPTWBenchmark.run(instance, timeLimit: timeLimit, seed: seed)
            Console.out(report.jsonLine + "\n")
            Console.err("  distance \((report.distance * 100).rounded() / 100), vehicles \(report.vehicles), feasible \(report.feasible)")
        }
    }
}
