/// A county's first-mile logistics network: produce, village stations, cold stores, express agencies,
/// roads and the fleet.
///
/// A `CountyNetwork` is plain data as read from a file. Call ``validate()`` (readers do) before
/// handing it to a solver; solvers then compile it into dense, index-based instances where
/// village `i` is `villages[i]`, depot `j` is `depots[j]`, and so on.
public struct CountyNetwork: Hashable, Sendable, Codable {
    /// The format version this type reads and writes.
    public static let formatVersion = 1

    public var name: String
    public var coordinateSystem: CoordinateSystem
    /// Ratio of road distance to straight-line distance, used only when the network has no roads.
    public var circuityFactor: Double
    /// Average speed used only when the network has no roads.
    public var defaultSpeedKmh: Double
    /// Driver wage per hour on the road.
    public var driverCostPerHour: Yuan

    public var products: [Product]
    public var villages: [Village]
    public var depots: [Depot]
    public var agencies: [Agency]
    public var junctions: [Junction]
    public var roads: [Road]
    public var vehicleTypes: [VehicleType]
    /// A travel matrix file (OSRM, Valhalla, VROOM or CSV; `docs/road-data.md`) whose legs replace
    /// roads and straight lines, as written in the network file: relative paths are relative to it.
    public var travelMatrix: String?

    public init(
        name: String, coordinateSystem: CoordinateSystem = .lonLat, circuityFactor: Double = 1.3,
        defaultSpeedKmh: Double = 40, driverCostPerHour: Yuan = Yuan(30),
        products: [Product] = [], villages: [Village] = [], depots: [Depot] = [], agencies: [Agency] = [],
        junctions: [Junction] = [], roads: [Road] = [], vehicleTypes: [VehicleType] = []
    ) {
        self.name = name
        self.coordinateSystem = coordinateSystem
        self.circuityFactor = circuityFactor
        self.defaultSpeedKmh = defaultSpeedKmh
        self.driverCostPerHour = driverCostPerHour
        self.products = products
        self.villages = villages
        self.depots = depots
        self.agencies = agencies
        self.junctions = junctions
        self.roads = roads
        self.vehicleTypes = vehicleTypes
    }

    /// Whether travel follows the road graph (`true`) or straight lines times the circuity factor.
    public var usesRoads: Bool { !roads.isEmpty }
}
