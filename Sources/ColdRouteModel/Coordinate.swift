import Foundation

/// How the coordinates of a network are to be read.
public enum CoordinateSystem: String, Sendable, Codable, CaseIterable {
    /// Longitude and latitude in degrees (WGS 84). Distances are great-circle (haversine).
    case lonLat = "lonlat"
    /// Planar x/y in kilometres. Distances are Euclidean.
    case planar
}

/// A point: `x` is longitude (or planar x, km), `y` is latitude (or planar y, km).
public struct Coordinate: Hashable, Sendable, Codable {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// The straight-line distance to `other` in the given coordinate system.
    ///
    /// For ``CoordinateSystem/lonLat`` this is the haversine great-circle distance on a sphere of
    /// radius 6371.0088 km (the mean Earth radius).
    public func distance(to other: Coordinate, in system: CoordinateSystem) -> Kilometres {
        switch system {
        case .planar:
            return Kilometres(((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot())
        case .lonLat:
            let rad = Double.pi / 180
            let dLat = (other.y - y) * rad, dLon = (other.x - x) * rad
            let a = sin(dLat / 2) * sin(dLat / 2)
                + cos(y * rad) * cos(other.y * rad) * sin(dLon / 2) * sin(dLon / 2)
            return Kilometres(2 * 6371.0088 * asin(min(1, a.squareRoot())))
        }
    }
}
