/// A kind of vehicle in the fleet: refrigerated van, ambient truck, tricycle…
public struct VehicleType: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<VehicleType>
    public var id: ID
    public var name: String
    public var capacity: Kilograms
    /// Refrigerated vehicles give produce the longer ``Product/shelfLifeRefrigerated`` clock.
    public var refrigerated: Bool
    public var costPerKm: Yuan
    public var fixedCostPerDay: Yuan
    /// Refrigeration running cost per hour on the road (zero for ambient vehicles).
    public var refrigerationCostPerHour: Yuan
    /// How many vehicles of this type are available.
    public var count: Int
    /// The depot the vehicles are based at; `nil` means they can be based at any open depot.
    public var homeDepot: Depot.ID?
    /// Longest driver shift (route duration, service time included).
    public var maxShift: Minutes
    /// Most trips one vehicle drives in a day (back to its depot to unload between trips);
    /// `nil` means as many as its shift allows (network field `maxTrips`).
    public var maxTrips: Int?
    /// This type's travel minutes are the travel model's (roads, straight lines or an imported
    /// matrix) times this factor (network field `speedFactor`, default 1, range
    /// ``FieldLimits/speedFactor``): 1.25 for a loaded refrigerated truck a quarter slower than the
    /// matrix's car, 0.8 for a light van. Distances are not scaled. See `VehicleType+Speed.swift`.
    public var speedFactor: Double = 1

    public init(
        id: ID, name: String, capacity: Kilograms, refrigerated: Bool, costPerKm: Yuan, fixedCostPerDay: Yuan,
        refrigerationCostPerHour: Yuan = .zero, count: Int, homeDepot: Depot.ID? = nil, maxShift: Minutes = Minutes(600),
        maxTrips: Int? = nil, speedFactor: Double = 1
    ) {
        self.speedFactor = speedFactor
        self.id = id
        self.name = name
        self.capacity = capacity
        self.refrigerated = refrigerated
        self.costPerKm = costPerKm
        self.fixedCostPerDay = fixedCostPerDay
        self.refrigerationCostPerHour = refrigerationCostPerHour
        self.count = count
        self.homeDepot = homeDepot
        self.maxShift = maxShift
        self.maxTrips = maxTrips
    }
}
