import Foundation

/// A point in a local plane around the county seat, in kilometres (x east, y north).
struct KmPoint {
    var x: Double
    var y: Double

    static func + (a: KmPoint, b: KmPoint) -> KmPoint { KmPoint(x: a.x + b.x, y: a.y + b.y) }
    static func * (a: KmPoint, k: Double) -> KmPoint { KmPoint(x: a.x * k, y: a.y * k) }

    /// The unit vector at `angle` radians counter-clockwise from east.
    static func heading(_ angle: Double) -> KmPoint { KmPoint(x: cos(angle), y: sin(angle)) }
}

/// Maps the generator's local kilometre plane to longitude and latitude around an origin
/// (an equirectangular projection: exact enough for placing points; road lengths are measured
/// afterwards with the great-circle distance of the rounded coordinates).
struct LocalFrame {
    let origin: Coordinate
    private let kmPerDegreeLat: Double
    private let kmPerDegreeLon: Double

    init(origin: Coordinate) {
        self.origin = origin
        kmPerDegreeLat = Double.pi / 180 * 6371.0088
        kmPerDegreeLon = kmPerDegreeLat * cos(origin.y * Double.pi / 180)
    }

    /// The coordinate of a local point, rounded to 5 decimals (about a metre), so that what is
    /// written to a file reads back to exactly the same value.
    func coordinate(_ p: KmPoint) -> Coordinate {
        Coordinate(x: Self.round5(origin.x + p.x / kmPerDegreeLon), y: Self.round5(origin.y + p.y / kmPerDegreeLat))
    }

    static func round5(_ v: Double) -> Double { (v * 100_000).rounded() / 100_000 }
}
