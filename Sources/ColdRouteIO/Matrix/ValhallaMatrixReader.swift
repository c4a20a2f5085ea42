import ColdRouteModel

/// Reads a Valhalla `sources_to_targets` response, in either shape.
///
/// - verbose (the default): `"sources_to_targets": [[{"from_index": i, "to_index": j, "time": s,
///   "distance": d}, …], …]`, one row per source;
/// - `"verbose": false`: `"sources_to_targets": {"durations": [[s]], "distances": [[d]]}`.
///
/// Times are seconds; distances are in the response's `units` (`kilometers`, the default, or
/// `miles`), converted to kilometres. `null` time means no route. Places are in the
/// ``MatrixPlaces`` order; `sources` / `targets` (`{lon, lat}`) are checked against them.
enum ValhallaMatrixReader {
    static func read(_ root: MatrixJSON, file: String, places: MatrixPlaces) throws(InputError) -> ImportedMatrix {
        let n = places.count
        let table = MatrixTable(file: file, count: n)
        let kmPerUnit: Double
        switch root["units"]?.string ?? "kilometers" {
        case "kilometers", "km": kmPerUnit = 1
        case "miles", "mi": kmPerUnit = 1.609344
        case let other: throw InputError(file: file, location: .jsonPath("units"), message: "must be kilometers or miles (got \(other))")
        }
        try table.checkWaypoints(root["sources"], path: "sources", places: places)
        try table.checkWaypoints(root["targets"], path: "targets", places: places)
        let body = root["sources_to_targets"]
        if case .object = body {
            let minutes = try table.read(body?["durations"], path: "sources_to_targets.durations", scale: 1.0 / 60)
            let km = try body?["distances"].map { (v) throws(InputError) in
                try table.read(v, path: "sources_to_targets.distances", scale: kmPerUnit)
            }
            return ImportedMatrix(ids: places.ids, minutes: minutes, kilometres: km, source: "Valhalla matrix \(file)")
        }
        guard let rows = body?.elements else {
            throw InputError(file: file, location: .jsonPath("sources_to_targets"), message: "must be an array of rows or an object")
        }
        guard rows.count == n else {
            throw InputError(file: file, location: .jsonPath("sources_to_targets"),
                             message: "has \(rows.count) rows, the network has \(n) places (villages, depots, agencies)")
        }
        var minutes = [Double](repeating: .infinity, count: n * n), km = minutes
        for (i, row) in rows.enumerated() {
            guard let cells = row.elements, cells.count == n else {
                throw InputError(file: file, location: .jsonPath("sources_to_targets[\(i)]"),
                                 message: "must hold \(n) entries, one per place")
            }
            for (j, cell) in cells.enumerated() {
                let path = "sources_to_targets[\(i)][\(j)]"
                guard case .object = cell else {
                    throw InputError(file: file, location: .jsonPath(path), message: "must be an object (got \(cell.kindName))")
                }
                if let from = cell["from_index"]?.number, let to = cell["to_index"]?.number, Int(from) != i || Int(to) != j {
                    throw InputError(file: file, location: .jsonPath(path), message: "is from_index \(Int(from)), to_index \(Int(to)), not \(i), \(j)")
                }
                if i == j { (minutes[i * n + j], km[i * n + j]) = (0, 0); continue }
                guard let seconds = cell["time"]?.number else { continue }  // null or absent: no route
                guard seconds >= 0 else { throw InputError(file: file, location: .jsonPath(path + ".time"), message: "must not be negative") }
                minutes[i * n + j] = seconds / 60
                km[i * n + j] = (cell["distance"]?.number).map { $0 * kmPerUnit } ?? .infinity
            }
        }
        return ImportedMatrix(ids: places.ids, minutes: minutes, kilometres: km, source: "Valhalla matrix \(file)")
    }
}
