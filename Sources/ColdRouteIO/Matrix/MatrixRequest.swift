import ColdRouteModel

/// The request that asks a road engine for the matrix of a network, places in the
/// ``MatrixPlaces`` order (villages, depots, agencies): the order ``TravelMatrixReader`` expects
/// back. Coordinates are written with 6 decimals (about 0.1 m).
public enum MatrixRequest {
    public enum Engine: String, CaseIterable, Sendable {
        case osrm, valhalla
    }

    /// Thrown for a planar network: engines need lon/lat.
    public struct PlanarNetwork: Error, CustomStringConvertible {
        public var description: String { "the network's coordinates are planar (x/y km); road engines need lon/lat" }
    }

    /// OSRM: the path of a `table` request (append it to the server, e.g. `http://localhost:5000`):
    /// `/table/v1/driving/lon,lat;lon,lat;…?annotations=duration,distance`.
    /// Valhalla: the JSON body of a `/sources_to_targets` request with `verbose: false`, costing `auto`.
    public static func text(for network: CountyNetwork, engine: Engine) throws(PlanarNetwork) -> String {
        guard network.coordinateSystem == .lonLat else { throw PlanarNetwork() }
        let places = MatrixPlaces(network: network)
        func fixed(_ v: Double) -> String {
            var s = String(Int64((abs(v) * 1e6).rounded()))
            while s.count < 7 { s = "0" + s }
            s.insert(".", at: s.index(s.endIndex, offsetBy: -6))
            return (v < 0 && s != "0.000000" ? "-" : "") + s
        }
        switch engine {
        case .osrm:
            return "/table/v1/driving/" + places.locations.map { "\(fixed($0.x)),\(fixed($0.y))" }.joined(separator: ";")
                + "?annotations=duration,distance"
        case .valhalla:
            let list = places.locations.map { "{\"lat\":\(fixed($0.y)),\"lon\":\(fixed($0.x))}" }.joined(separator: ",")
            return "{\"sources\":[\(list)],\"targets\":[\(list)],\"costing\":\"auto\",\"units\":\"kilometers\",\"verbose\":false}"
        }
    }
}
