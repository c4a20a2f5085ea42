/// A plain road node (crossing, pass, town) that is neither a village, a depot nor an agency.
public struct Junction: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Junction>
    public var id: ID
    public var name: String
    public var location: Coordinate

    public init(id: ID, name: String, location: Coordinate) {
        self.id = id
        self.name = name
        self.location = location
    }
}
