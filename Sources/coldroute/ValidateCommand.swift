import ArgumentParser
import ColdRouteIO
import ColdRouteModel

/// `coldroute validate NETWORK`: read a network and report every problem with its place.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a network file or CSV folder and report every problem with its place.",
        discussion: """
            Prints a one-line summary when the network is valid (warnings follow it) and exits 0. Otherwise prints each problem as FILE:PLACE: MESSAGE on standard error and exits 1.

            Example:
              coldroute validate networks/demo-county.json
              coldroute validate networks/demo-county/      (the same network as CSV tables)
            """
    )

    @Argument(help: "A network JSON file, or a folder of CSV tables.")
    var network: String

    @OptionGroup var travelSource: TravelArguments

    func run() throws {
        let loaded = try NetworkLoader.load(network)
        Console.out(NetworkLoader.summary(loaded.network, path: network) + "\n")
        // With a matrix (option or field): read and match it, reporting its size and load time.
        if travelSource.matrixPath(network: loaded.network, networkPath: network) != nil {
            _ = try travelSource.travel(network: loaded.network, networkPath: network)
        }
        for warning in loaded.warnings { Console.err("warning: \(warning)") }
    }
}
