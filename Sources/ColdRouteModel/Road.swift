/// A road link between two places of the network (villages, depots, agencies or junctions).
///
/// Two-way unless ``oneWay`` (then only `from` → `to` carries traffic, as OSM `oneway=yes`).
/// Endpoints are plain strings because a road may join places of any kind; place ids are unique
/// across all kinds (validation checks this).
public struct Road: Hashable, Sendable, Codable {
    public var from: String
    public var to: String
    public var length: Kilometres
    /// Travel time along the link; when a file gives a speed instead, `length / speed`.
    public var travelTime: Minutes
    /// A closed road (seasonal closure, landslide) is kept in the file but carries no traffic.
    public var closed: Bool
    public var name: String
    /// Traffic only from `from` to `to` (field `oneWay`, default `false`).
    public var oneWay: Bool = false
    /// The road's shape between its ends: the points it passes from `from` to `to`, ends excluded
    /// (field `shape`, default none: a straight segment). Drawn by maps and `routes.geojson`; the
    /// road's length and time are its own fields, not measured from the shape.
    public var shape: [Coordinate] = []

    public init(from: String, to: String, length: Kilometres, travelTime: Minutes, closed: Bool = false, name: String = "",
                oneWay: Bool = false, shape: [Coordinate] = []) {
        self.oneWay = oneWay
        self.shape = shape
        self.from = from
        self.to = to
        self.length = length
        self.travelTime = travelTime
        self.closed = closed
        self.name = name
    }
}
