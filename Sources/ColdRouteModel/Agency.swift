/// An express agency: a county parcel hub where cooled produce is handed to the long-haul network.
public struct Agency: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Agency>
    public var id: ID
    public var name: String
    public var location: Coordinate
    /// Latest arrival (time of day) for same-day dispatch.
    public var cutoff: Minutes
    public var handlingCostPerKg: Yuan
    public var capacityPerDay: Kilograms

    public init(id: ID, name: String, location: Coordinate, cutoff: Minutes, handlingCostPerKg: Yuan, capacityPerDay: Kilograms) {
        self.id = id
        self.name = name
        self.location = location
        self.cutoff = cutoff
        self.handlingCostPerKg = handlingCostPerKg
        self.capacityPerDay = capacityPerDay
    }
}
