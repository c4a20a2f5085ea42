/// Pairwise travel among a chosen list of places, as dense row-major arrays.
///
/// Entry `(i, j)` is travel from `places[i]` to `places[j]`. Unreachable pairs hold `.infinity` in
/// ``times`` and ``distances`` and `nil` from the ``subscript(_:_:)``. Built by ``TravelModel/matrix(among:)``.
public struct TravelMatrix: Hashable, Sendable {
    /// The places, in the order of the rows and columns.
    public let places: [Place]
    /// Travel times in minutes, row-major: `times[i * count + j]`.
    public let times: [Double]
    /// Distances in kilometres of the fastest paths, row-major.
    public let distances: [Double]

    public init(places: [Place], times: [Double], distances: [Double]) {
        precondition(times.count == places.count * places.count && distances.count == times.count,
                     "a travel matrix among \(places.count) places needs \(places.count * places.count) entries")
        self.places = places
        self.times = times
        self.distances = distances
    }

    /// The number of places (rows, and columns).
    public var count: Int { places.count }

    /// Travel time in minutes from `places[i]` to `places[j]` (`.infinity` when unreachable).
    @inlinable public func time(_ i: Int, _ j: Int) -> Double { times[i * count + j] }

    /// Distance in kilometres from `places[i]` to `places[j]` (`.infinity` when unreachable).
    @inlinable public func distance(_ i: Int, _ j: Int) -> Double { distances[i * count + j] }

    /// The leg from `places[i]` to `places[j]`, or `nil` when unreachable.
    public subscript(_ i: Int, _ j: Int) -> Leg? {
        let t = time(i, j)
        return t.isFinite ? Leg(time: Minutes(t), distance: Kilometres(distance(i, j))) : nil
    }
}
