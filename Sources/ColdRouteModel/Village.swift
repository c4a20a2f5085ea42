/// A village start-up station: where households bring their produce for pickup.
public struct Village: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Village>
    public var id: ID
    public var name: String
    public var location: Coordinate
    /// Daily supply in season, per product (kg/day). Products not listed are not supplied.
    public var supply: [Product.ID: Kilograms]
    /// When harvest and packing are done: the earliest moment produce can leave (time of day).
    public var readyTime: Minutes
    /// The window in which a vehicle may start loading here (times of day).
    public var pickupStart: Minutes
    public var pickupEnd: Minutes
    /// Time spent loading at the station.
    public var serviceTime: Minutes
    /// Low-income households whose income depends on this station.
    public var lowIncomeHouseholds: Int

    public init(
        id: ID, name: String, location: Coordinate, supply: [Product.ID: Kilograms],
        readyTime: Minutes, pickupStart: Minutes, pickupEnd: Minutes, serviceTime: Minutes,
        lowIncomeHouseholds: Int
    ) {
        self.id = id
        self.name = name
        self.location = location
        self.supply = supply
        self.readyTime = readyTime
        self.pickupStart = pickupStart
        self.pickupEnd = pickupEnd
        self.serviceTime = serviceTime
        self.lowIncomeHouseholds = lowIncomeHouseholds
    }

    /// Total daily supply over all products.
    public var totalSupply: Kilograms { supply.values.reduce(.zero, +) }

    /// The earliest moment loading can start: the later of the ready time and the window's start.
    public var earliestPickup: Minutes { max(readyTime, pickupStart) }
}
