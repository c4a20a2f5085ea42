import ColdRouteModel

/// The places a travel matrix covers, in the order every matrix file without ids lists them and
/// `coldroute matrix-request` asks for them: the network's villages, then depots, then agencies,
/// each in file order. Junctions are not part of a matrix (they are road nodes, not destinations).
public struct MatrixPlaces: Sendable {
    public let ids: [String]
    public let locations: [Coordinate]
    public let coordinateSystem: CoordinateSystem

    public init(network: CountyNetwork) {
        let places = network.villages.indices.map(Place.village) + network.depots.indices.map(Place.depot)
            + network.agencies.indices.map(Place.agency)
        ids = places.map(network.id(of:))
        locations = places.map(network.location(of:))
        coordinateSystem = network.coordinateSystem
    }

    public var count: Int { ids.count }

    /// How far an engine's snapped waypoint may lie from its place before the file is taken to be
    /// for other places: 3 km (engines snap a place to the nearest road; a rural village is rarely
    /// farther from one, while a matrix of another network or in another order is off by more).
    public static let snapToleranceKm = 3.0

    /// `nil`, or why the waypoint at `index` (given as lon/lat) is not the place at that index.
    func mismatch(at index: Int, lon: Double, lat: Double) -> String? {
        guard coordinateSystem == .lonLat else { return nil }
        let given = Coordinate(x: lon, y: lat)
        let km = locations[index].distance(to: given, in: .lonLat).value
        guard km > Self.snapToleranceKm else { return nil }
        let place = locations[index]
        return "is at [\(lon), \(lat)], \(String(format: "%.1f", km)) km from place \(index) of the network, "
            + "\(ids[index]) at [\(place.x), \(place.y)] (places in order: villages, depots, agencies; "
            + "tolerance \(Self.snapToleranceKm) km)"
    }
}

/// Turns a JSON array of rows into one row-major table, checking its shape.
struct MatrixTable {
    let file: String
    let count: Int

    /// `value` must be `count` rows of `count` numbers or `null`s (nulls become `.infinity`); each
    /// number is multiplied by `scale` (seconds → minutes: 1/60).
    func read(_ value: MatrixJSON?, path: String, scale: Double) throws(InputError) -> [Double] {
        guard let value else { throw InputError(file: file, location: .jsonPath(path), message: "is missing") }
        guard let rows = value.elements else {
            throw InputError(file: file, location: .jsonPath(path), message: "must be an array of rows (got \(value.kindName))")
        }
        guard rows.count == count else {
            throw InputError(file: file, location: .jsonPath(path),
                             message: "has \(rows.count) rows, the network has \(count) places (villages, depots, agencies)")
        }
        var table = [Double]()
        table.reserveCapacity(count * count)
        for (i, row) in rows.enumerated() {
            guard case .numbers(let cells) = row else {
                throw InputError(file: file, location: .jsonPath("\(path)[\(i)]"),
                                 message: "must be an array of numbers or null (got \(row.kindName))")
            }
            guard cells.count == count else {
                throw InputError(file: file, location: .jsonPath("\(path)[\(i)]"),
                                 message: "has \(cells.count) entries, the network has \(count) places")
            }
            for (j, cell) in cells.enumerated() {
                if cell.isNaN { table.append(.infinity); continue }
                guard cell >= 0 else {
                    throw InputError(file: file, location: .jsonPath("\(path)[\(i)][\(j)]"), message: "must not be negative (got \(cell))")
                }
                table.append(i == j ? 0 : cell * scale)
            }
        }
        return table
    }

    /// Checks waypoints given as `[lon, lat]` arrays (OSRM) or `{lon, lat}` objects (Valhalla).
    func checkWaypoints(_ value: MatrixJSON?, path: String, places: MatrixPlaces) throws(InputError) {
        guard let list = value?.elements else { return }
        // Valhalla wraps its locations in one more array in some versions.
        let flat = list.count == 1 && list[0].elements != nil && count != 1 ? list[0].elements! : list
        guard flat.count == count else {
            throw InputError(file: file, location: .jsonPath(path),
                             message: "lists \(flat.count) places, the network has \(count) (villages, depots, agencies)")
        }
        for (i, waypoint) in flat.enumerated() {
            var lonLat: (Double, Double)?
            if let location = waypoint["location"], case .numbers(let p) = location, p.count == 2 { lonLat = (p[0], p[1]) }
            if let lon = waypoint["lon"]?.number, let lat = waypoint["lat"]?.number { lonLat = (lon, lat) }
            guard let (lon, lat) = lonLat else { continue }
            if let why = places.mismatch(at: i, lon: lon, lat: lat) {
                throw InputError(file: file, location: .jsonPath("\(path)[\(i)]"), message: why)
            }
        }
    }
}
