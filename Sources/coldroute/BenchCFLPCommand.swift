import ArgumentParser
import ColdRouteBench
import ColdRouteSiting
import Foundation

/// `coldroute bench cflp`: OR-Library capacitated facility location (see docs/facility-location.md).
struct BenchCFLPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cflp",
        abstract: "Solve OR-Library capacitated facility-location files (cap41 … capc).",
        discussion: """
            Prints one JSON object per instance on stdout: instance, objective, bound, status (optimal, feasible, infeasible, timeout), seconds, open (1-based facilities). Progress goes to stderr.

              coldroute bench cflp ../shared/benchmarks/cflp/cap41.txt
              coldroute bench cflp ../shared/benchmarks/cflp/capa.txt --capacity 8000
            """)

    @Argument(help: "OR-Library cap files.")
    var files: [String]

    @Option(help: "Capacity that replaces the word 'capacity' (capa: 8000…14000, capb/capc: 5000…8000).")
    var capacity: Double?

    @Option(help: "Wall-clock limit per instance, in seconds.")
    var timeLimit: Double = 300

    @Flag(help: "Serve each customer from exactly one facility.")
    var singleSource = false

    @Flag(help: "Do not print progress on stderr.")
    var quiet = false

    func validate() throws {
        guard timeLimit > 0, timeLimit <= 1e6 else { throw ValidationError("--time-limit must be a positive number of seconds, at most 1000000") }
        if let capacity, !(capacity > 0 && capacity <= 1e12) { throw ValidationError("--capacity must be positive, at most 1e12") }
    }

    func run() throws {
        let bench = CFLPBenchmark(capacity: capacity, timeLimit: timeLimit, singleSource: singleSource)
        for file in files {
            let name = ORLibraryCapReader.instanceName(path: file, capacity: capacity)
            let quiet = quiet
            let record = try bench.run(path: file) { p in
                guard !quiet else { return }
                let time = p.elapsed.isNaN ? "" : " \((p.elapsed * 100).rounded() / 100)s"
                let line = "\(name)\(time) \(p.stage.rawValue): \(p.message)\n"
                FileHandle.standardError.write(Data(line.utf8))
            }
            FileHandle.standardOutput.write(Data((record.jsonLine + "\n").utf8))
        }
    }
}
