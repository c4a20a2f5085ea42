import ArgumentParser
import ColdRouteIO

/// `coldroute matrix-request NETWORK [--engine osrm|valhalla]`: the request that gets a network's
/// travel matrix from a road engine.
struct MatrixRequestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "matrix-request",
        abstract: "Print the OSRM table path or the Valhalla matrix body for a network's places.",
        discussion: """
            Places are listed villages first, then depots, then agencies, each in file order: the order \
            --travel-matrix expects back from a file without ids (docs/road-data.md). lon/lat networks only.

            Examples:
              curl "http://localhost:5000$(coldroute matrix-request networks/demo-county.json)" > osrm.json
              coldroute matrix-request networks/demo-county.json --engine valhalla | \\
                curl -s -d @- http://localhost:8002/sources_to_targets > valhalla.json
              coldroute plan networks/demo-county.json --travel-matrix osrm.json
            """
    )

    @Argument(help: "A network JSON file, or a folder of CSV tables.")
    var network: String

    @Option(help: "osrm (a /table/v1/driving/… path) or valhalla (a JSON body for /sources_to_targets).")
    var engine: MatrixRequest.Engine = .osrm

    func run() throws {
        let loaded = try NetworkLoader.load(network)
        do {
            Console.out(try MatrixRequest.text(for: loaded.network, engine: engine) + "\n")
        } catch {
            Console.err("error: \(network): \(error)")
            throw ExitCodes.badInput
        }
    }
}

extension MatrixRequest.Engine: ExpressibleByArgument {}
