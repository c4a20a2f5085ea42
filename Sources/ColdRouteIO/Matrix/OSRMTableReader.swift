import ColdRouteModel

/// Reads an OSRM `table` service response (`/table/v1/driving/…?annotations=duration,distance`).
///
/// `{"code": "Ok", "durations": [[s]], "distances": [[m]], "sources": [{"location": [lon, lat]}],
/// "destinations": […]}`: row `i`, column `j` is travel from place `i` to place `j`, places in the
/// ``MatrixPlaces`` order. Durations in seconds become minutes, distances in metres kilometres;
/// `null` means OSRM found no route (that leg is unusable). `distances` may be missing (asked for
/// durations only). A `code` other than `Ok` is an error carrying OSRM's `message`; each waypoint
/// farther than ``MatrixPlaces/snapToleranceKm`` from its place is an error naming the first.
enum OSRMTableReader {
    static func read(_ root: MatrixJSON, file: String, places: MatrixPlaces) throws(InputError) -> ImportedMatrix {
        if let code = root["code"]?.string, code != "Ok" {
            let message = root["message"]?.string.map { ": \($0)" } ?? ""
            throw InputError(file: file, location: .jsonPath("code"), message: "OSRM answered \(code)\(message)")
        }
        let table = MatrixTable(file: file, count: places.count)
        try table.checkWaypoints(root["sources"], path: "sources", places: places)
        try table.checkWaypoints(root["destinations"], path: "destinations", places: places)
        let minutes = try table.read(root["durations"], path: "durations", scale: 1.0 / 60)
        let km = try root["distances"].map { (v) throws(InputError) in try table.read(v, path: "distances", scale: 1.0 / 1000) }
        return ImportedMatrix(ids: places.ids, minutes: minutes, kilometres: km, source: "OSRM table \(file)")
    }
}
