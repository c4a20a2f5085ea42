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

    public init(from: String, to: String, length: Kilometres, travelTime: Minutes, closed: Bool = false, name: String = "",
                oneWay: Bool = false) {
        self.oneWay = oneWay
        self.from = from
        self.to = to
        self.length = length
        self.travelTime = travelTime
        self.closed = closed
        self.name = name
    }
}
