/// A cold-storage depot (origin cold store or pre-cooling centre), existing or a candidate site.
public struct Depot: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Depot>

    public enum Status: String, Hashable, Sendable, Codable {
        /// Already built: open unless a plan explicitly closes it.
        case existing
        /// A site that could be built: opened only if the plan pays its opening cost.
        case candidate
    }

    public var id: ID
    public var name: String
    public var location: Coordinate
    public var status: Status
    /// Annualised build + equipment cost per day for a candidate; running cost per day for an existing site.
    public var openingCostPerDay: Yuan
    public var capacityPerDay: Kilograms
    public var handlingCostPerKg: Yuan
    /// Hours in which produce is received (times of day).
    public var receivingOpen: Minutes
    public var receivingClose: Minutes
    /// Time a vehicle spends unloading at each return before it may leave on another trip
    /// (network field `unloadMin`, default ``defaultUnloadTime``). Every return, unloading
    /// included, lies within the receiving hours.
    public var unloadTime: Minutes

    /// 15 minutes: unloading a van or light truck of crates onto the receiving dock.
    public static let defaultUnloadTime = Minutes(15)

    public init(
        id: ID, name: String, location: Coordinate, status: Status, openingCostPerDay: Yuan,
        capacityPerDay: Kilograms, handlingCostPerKg: Yuan, receivingOpen: Minutes, receivingClose: Minutes,
        unloadTime: Minutes = Depot.defaultUnloadTime
    ) {
        self.id = id
        self.name = name
        self.location = location
        self.status = status
        self.openingCostPerDay = openingCostPerDay
        self.capacityPerDay = capacityPerDay
        self.handlingCostPerKg = handlingCostPerKg
        self.receivingOpen = receivingOpen
        self.receivingClose = receivingClose
        self.unloadTime = unloadTime
    }
}
