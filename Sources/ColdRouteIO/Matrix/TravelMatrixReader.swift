import ColdRouteModel
import Foundation

/// Reads an imported travel matrix for a network, in whichever format the file is in.
///
/// A `.csv` file is a long table (`MatrixCSVReader`); a JSON file is recognised by its keys:
/// `sources_to_targets` (Valhalla, `ValhallaMatrixReader`), `matrices` or `matrix` (VROOM,
/// `VroomMatrixReader`), `durations` (OSRM `table`, `OSRMTableReader`). Files without ids list
/// the places in the ``MatrixPlaces`` order. Every error is an ``InputError`` naming the file and
/// the first mismatch (a row count, a waypoint far from its place, an unknown id).
public enum TravelMatrixReader {
    /// The matrix formats, as named in messages and `docs/road-data.md`.
    public enum Format: String, Sendable {
        case osrm, valhalla, vroom, csv
    }

    /// Reads `path` for `network`; `profile` picks a VROOM profile (see `VroomMatrixReader`).
    public static func read(path: String, network: CountyNetwork, profile: String? = nil) throws(InputError) -> ImportedMatrix {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw InputError(file: path, message: exists ? "cannot be read" : "no such file")
        }
        return try read(data: data, file: path, network: network, profile: profile)
    }

    /// Reads a matrix from memory; `file` names it in messages (its extension `.csv` picks the CSV reader).
    public static func read(data: Data, file: String, network: CountyNetwork, profile: String? = nil) throws(InputError)
        -> ImportedMatrix
    {
        let places = MatrixPlaces(network: network)
        if file.lowercased().hasSuffix(".csv") { return try MatrixCSVReader.read(data: data, file: file, places: places) }
        let root: MatrixJSON
        do { root = try MatrixJSON.parse(data) } catch {
            let location = error.path.map { InputError.Location.jsonPath($0, line: error.line) }
                ?? .text(line: error.line, column: error.column)
            throw InputError(file: file, location: location, message: error.message)
        }
        switch format(of: root) {
        case .valhalla?: return try ValhallaMatrixReader.read(root, file: file, places: places)
        case .vroom?: return try VroomMatrixReader.read(root, file: file, places: places, profile: profile)
        case .osrm?: return try OSRMTableReader.read(root, file: file, places: places)
        case .csv?, nil:
            throw InputError(file: file, message: "is not a travel matrix: expected an OSRM table response (durations), "
                + "a Valhalla matrix response (sources_to_targets), a VROOM problem (matrices) or a CSV from,to,minutes,km")
        }
    }

    static func format(of root: MatrixJSON) -> Format? {
        if root["sources_to_targets"] != nil { return .valhalla }
        if root["matrices"] != nil || root["matrix"] != nil { return .vroom }
        if root["durations"] != nil || root["code"] != nil { return .osrm }
        return nil
    }
}
