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
        guard case .cells(let cells)? = body else {
            throw InputError(file: file, location: .jsonPath("sources_to_targets"), message: "must be an array of rows or an object")
        }
        let (minutes, km) = try verbose(cells, file: file, count: n, kmPerUnit: kmPerUnit)
        return ImportedMatrix(ids: places.ids, minutes: minutes, kilometres: km, source: "Valhalla matrix \(file)")
    }

    /// The verbose shape's cells (scanned by `MatrixJSONParser+VerboseCells.swift`) as minutes and
    /// kilometres: `count` rows of `count` cells; `null` time is no route; a time without a
    /// distance has no known length (infinite, as before this reader); negative numbers are errors.
    private static func verbose(_ cells: MatrixJSON.Cells, file: String, count n: Int, kmPerUnit: Double) throws(InputError)
        -> (minutes: [Double], km: [Double])
    {
        guard cells.rowLengths.count == n else {
            throw InputError(file: file, location: .jsonPath("sources_to_targets"),
                             message: "has \(cells.rowLengths.count) rows, the network has \(n) places (villages, depots, agencies)")
        }
        if let i = cells.rowLengths.firstIndex(where: { $0 != n }) {
            throw InputError(file: file, location: .jsonPath("sources_to_targets[\(i)]"),
                             message: "has \(cells.rowLengths[i]) entries, must hold \(n), one per place")
        }
        var minutes = [Double](repeating: .infinity, count: n * n), km = minutes
        for i in 0..<n {
            for j in 0..<n {
                let k = i * n + j
                if i == j { (minutes[k], km[k]) = (0, 0); continue }
                let seconds = cells.seconds[k]
                if seconds.isNaN { continue }  // null or absent: no route
                guard seconds >= 0 else {
                    throw InputError(file: file, location: .jsonPath("sources_to_targets[\(i)][\(j)].time"),
                                     message: "must not be negative (got \(seconds))")
                }
                minutes[k] = seconds / 60
                let d = cells.distances[k]
                guard d.isNaN || d >= 0 else {
                    throw InputError(file: file, location: .jsonPath("sources_to_targets[\(i)][\(j)].distance"),
                                     message: "must not be negative (got \(d))")
                }
                km[k] = d.isNaN ? .infinity : d * kmPerUnit
            }
        }
        return (minutes, km)
    }
}
