import ArgumentParser
import ColdRouteIO
import ColdRouteModel
import ColdRouteScenario
import Foundation

/// `--travel-matrix FILE` and `--matrix-profile NAME`, shared by `plan`, `compare` and `evaluate`:
/// where travel times come from (docs/road-data.md).
struct TravelArguments: ParsableArguments {
    @Option(name: .customLong("travel-matrix"),
            help: ArgumentHelp("Travel times from a road engine: an OSRM table response, a Valhalla matrix, a VROOM problem's "
                + "matrices, or a CSV from,to,minutes,km (docs/road-data.md). Overrides the network's travelMatrix field.",
                valueName: "file"))
    var travelMatrix: String?

    @Option(name: .customLong("matrix-profile"), help: ArgumentHelp("The VROOM profile to read (default: car, or the only one).",
                                                                     valueName: "name"))
    var matrixProfile: String?

    /// The matrix file to use for `network` read from `networkPath`: the option, else the network's
    /// `travelMatrix` field resolved against the network file's folder; `nil` for roads/straight lines.
    func matrixPath(network: CountyNetwork, networkPath: String) -> String? {
        if let travelMatrix { return travelMatrix }
        guard let field = network.travelMatrix else { return nil }
        return TravelCache.resolve(field, networkPath: networkPath)
    }

    /// The travel model: over the matrix when there is one (read and matched to the network; bad
    /// input prints its one-line error and exits 1), else the road model. With a `cache` (compare:
    /// one per run) each matrix file is read once and shared by every network that uses it.
    func travel(network: CountyNetwork, networkPath: String, quiet: Bool = false, cache: TravelCache? = nil) throws -> TravelModel {
        guard let path = matrixPath(network: network, networkPath: networkPath) else { return TravelModel(network: network) }
        do {
            let started = ContinuousClock.now
            let cache = cache ?? TravelCache()
            let readsBefore = cache.reads.count
            let travel = try cache.travel(network: network, matrixPath: path, profile: matrixProfile)
            if !quiet, cache.reads.count > readsBefore, let matrix = travel.imported {
                let seconds = String(format: "%.2f", (ContinuousClock.now - started).seconds)
                let missing = matrix.missingLegs
                Console.err("travel: \(matrix.source): \(matrix.count) places in \(seconds) s"
                    + (missing > 0 ? ", \(missing) legs without a route" : "")
                    + (matrix.kilometres == nil ? "; no distances: straight lines × circuity factor" : ""))
            }
            return travel
        } catch let error as InputError {
            Console.err("error: \(error)")
            throw ExitCodes.badInput
        } catch {
            Console.err("error: \(error)")
            throw ExitCodes.badInput
        }
    }
}
