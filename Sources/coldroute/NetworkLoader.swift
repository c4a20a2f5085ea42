import ArgumentParser
import ColdRouteIO
import ColdRouteModel

/// Loads a network for a command, printing every problem found on standard error.
enum NetworkLoader {
    /// Reads and validates `path`; on failure prints each problem (one line each) and exits 1.
    static func load(_ path: String) throws -> LoadedNetwork {
        do {
            return try NetworkReader.load(path: path)
        } catch {
            for problem in error.problems { Console.err("error: \(problem)") }
            if error.unlistedProblemCount > 0 {
                Console.err("error: … and \(error.unlistedProblemCount) more problems")
            }
            throw ExitCodes.badInput
        }
    }

    /// One line describing what a network holds.
    static func summary(_ network: CountyNetwork, path: String) -> String {
        let existing = network.depots.filter { $0.status == .existing }.count
        let supply = network.villages.reduce(Kilograms.zero) { $0 + $1.totalSupply }
        let closed = network.roads.filter(\.closed).count
        let roads = network.usesRoads ? "\(network.roads.count) roads (\(closed) closed)" : "no roads (straight lines)"
        return "ok: \(path): \(network.name): \(network.villages.count) villages, "
            + "\(network.depots.count) depots (\(existing) existing), \(network.agencies.count) agencies, "
            + "\(roads), \(network.products.count) products, \(network.vehicleTypes.count) vehicle types; "
            + "supply \(Int(saturating: supply.value)) kg/day"
    }
}
