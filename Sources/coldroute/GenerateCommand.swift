import ArgumentParser
import ColdRouteIO
import ColdRouteModel
import Foundation

/// `coldroute generate`: write a synthetic county network of any size, reproducibly from a seed.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a realistic synthetic county network (same seed, same file).",
        discussion: """
            Draws a mountainous county around a trunk road: valley clusters of villages on township, village and slow mountain roads (low-income households mostly in the remote valleys), seasonal produce with different shelf lives, 1-2 existing cold stores and candidate sites, express agencies at the county seat and market towns, and a fleet. The network always passes validation. See NetworkGenerator in Sources/ColdRouteModel/Generator. A path ending in .json is written as one JSON file, anything else as a folder of CSV tables. Examples:
              coldroute generate --villages 200 --depots 12 --agencies 3 --seed 7 --out county.json
              coldroute generate --villages 2000 --depots 60 --agencies 8 --out big-county/
            """
    )

    @Option(help: "Village start-up stations (1 or more).")
    var villages: Int = 60

    @Option(help: "Cold-storage depots, existing and candidates (1 or more; 2 existing from 4 on).")
    var depots: Int = 8

    @Option(help: "Express agencies (1 or more).")
    var agencies: Int = 3

    @Option(help: "Random seed: the same seed and sizes give a byte-identical file.")
    var seed: UInt64 = 1

    @Option(help: "The network's name (default: a made-up county name).")
    var name: String?

    @Option(help: ArgumentHelp("Where to write: FILE.json, or a folder for CSV tables.", valueName: "path"))
    var out: String

    func validate() throws {
        _ = try generator()
    }

    func generator() throws -> NetworkGenerator {
        do {
            return try NetworkGenerator(villages: villages, depots: depots, agencies: agencies, name: name)
        } catch {
            throw ValidationError(error.description)
        }
    }

    func run() throws {
        let network = try generator().generate(seed: seed)
        let errors = network.validate().filter(\.isError)
        guard errors.isEmpty else {
            Console.err("internal error: the generated network fails validation (seed \(seed)):")
            for issue in errors.prefix(20) { Console.err("  \(issue)") }
            throw ExitCodes.checkFailed
        }
        do {
            try NetworkWriter.write(network, to: out)
        } catch {
            Console.err("error: \(error)")
            throw ExitCodes.badInput
        }
        Console.err("wrote " + NetworkLoader.summary(network, path: out).dropFirst("ok: ".count) + " (seed \(seed))")
    }
}
