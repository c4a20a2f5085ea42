import ColdRouteModel
import ColdRouteSiting

/// A policy scenario: a base network plus the changes a briefing wants to compare
/// (more cold stores, refrigerated vans, a road upgrade, peak-harvest volumes, a coverage target…).
///
/// A scenario is plain data read from a TOML file (see `docs/scenarios.md` and ``ScenarioReader``);
/// ``apply(to:)`` turns the base network into the scenario's network, siting options and run
/// settings. Every override keeps the TOML key it came from, so errors found while applying
/// (an unknown depot id, a network that no longer validates) name the file and the key.
public struct Scenario: Hashable, Sendable {
    /// Where a value came from: its dotted TOML key (`supply.multiplier.kiwi`) and line, when known.
    public struct Key: Hashable, Sendable, CustomStringConvertible {
        public var path: String
        public var line: Int?
        public init(_ path: String, line: Int? = nil) {
            self.path = path
            self.line = line
        }
        public var description: String { path }
    }

    /// A value for one id (product, village, vehicle type), with the key it came from.
    public struct ByID<Value: Hashable & Sendable>: Hashable, Sendable {
        public var id: String
        public var value: Value
        public var key: Key
        public init(id: String, value: Value, key: Key) {
            self.id = id
            self.value = value
            self.key = key
        }
    }

    /// A value with the key it came from.
    public struct Keyed<Value: Hashable & Sendable>: Hashable, Sendable {
        public var value: Value
        public var key: Key
        public init(_ value: Value, key: Key) {
            self.value = value
            self.key = key
        }
    }

    /// Depot siting decisions and new or changed sites.
    public struct Depots: Hashable, Sendable {
        public var open: [Keyed<String>] = []
        public var close: [Keyed<String>] = []
        public var maxNew: Int?
        public var budgetPerDay: Double?
        public var existingMayClose: Bool?
        /// New sites (usually candidates), with the roads that join them to the network.
        public var add: [Keyed<Depot>] = []
        /// Changes to existing depot records, by depot id.
        public var change: [Keyed<DepotChange>] = []
        public init() {}
    }

    /// Changes to one depot's data; `nil` fields stay as they are.
    public struct DepotChange: Hashable, Sendable {
        public var id: String
        public var openingCostPerDay: Double?
        public var capacityKgPerDay: Double?
        public var handlingCostPerKg: Double?
        public var receivingOpen: Double?
        public var receivingClose: Double?
    }

    /// Supply multipliers: all supply, per product, per village; they multiply together.
    public struct Supply: Hashable, Sendable {
        public var factor: Keyed<Double>?
        public var perProduct: [ByID<Double>] = []
        public var perVillage: [ByID<Double>] = []
        public init() {}
    }

    /// A shelf-life change for one product: absolute minutes or a multiplier, per vehicle class.
    public struct ShelfLifeChange: Hashable, Sendable {
        public var product: String
        public var ambientMin: Double?
        public var refrigeratedMin: Double?
        public var ambientMultiplier: Double?
        public var refrigeratedMultiplier: Double?
    }

    /// Fleet changes: vehicle counts by type id, and new vehicle types.
    public struct Fleet: Hashable, Sendable {
        public var count: [ByID<Int>] = []
        public var add: [Keyed<VehicleType>] = []
        public init() {}
    }

    /// A change to the road(s) joining two places (either direction).
    public struct RoadChange: Hashable, Sendable {
        public var from: String
        public var to: String
        public var lengthKm: Double?
        public var travelMin: Double?
        public var speedKmh: Double?
        public var closed: Bool?
        public var name: String?
    }

    /// Cost changes.
    public struct Costs: Hashable, Sendable {
        public var driverCostPerHour: Double?
        /// Multiplies the opening cost of candidate depots (a build subsidy is < 1).
        public var newDepotOpeningMultiplier: Double?
        /// Multiplies the running cost of existing depots.
        public var existingDepotCostMultiplier: Double?
        /// Multiplies every agency's express handling fee.
        public var expressHandlingMultiplier: Double?
        /// Sets every agency's express handling fee (yuan/kg).
        public var expressHandlingPerKg: Double?
        public init() {}
    }

    /// The file the scenario was read from, as the caller named it (used in every message).
    public var file: String
    /// Short name, used as a table row and folder name (default: the file name without `.toml`).
    public var name: String
    public var description: String
    /// The base network path as written in the file (relative to the scenario file).
    public var base: String
    /// The base network path resolved against the scenario file's folder.
    public var basePath: String
    public var depots = Depots()
    public var supply = Supply()
    public var shelfLife: [Keyed<ShelfLifeChange>] = []
    public var fleet = Fleet()
    public var roadChanges: [Keyed<RoadChange>] = []
    public var roadAdditions: [Keyed<Road>] = []
    public var costs = Costs()
    public var costsKey = Key("costs")
    /// Share (0…1) of low-income households to cover.
    public var lowIncomeCoverage: Keyed<Double>?
    public var settings = RunSettings()

    public init(file: String, name: String, description: String = "", base: String, basePath: String) {
        self.file = file
        self.name = name
        self.description = description
        self.base = base
        self.basePath = basePath
    }
}
