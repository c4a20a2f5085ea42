import ColdRouteModel

/// A plan's daily cost split into the components planners report on.
public struct CostBreakdown: Hashable, Sendable, Codable {
    /// Depot opening (annualised) or running cost of the open depots.
    public var depotOpening: Yuan = .zero
    /// Vehicle fixed cost per day (routes only; siting estimates carry none).
    public var vehicleFixed: Yuan = .zero
    /// Cost per km driven.
    public var distance: Yuan = .zero
    /// Driver wages for time on the road.
    public var driverTime: Yuan = .zero
    /// Refrigeration running cost of refrigerated vehicles.
    public var refrigeration: Yuan = .zero
    /// Depot handling per kg received.
    public var handling: Yuan = .zero
    /// Express agency handling per kg, plus the trunk trip from depot to agency.
    public var express: Yuan = .zero
    /// Value of produce that is not covered (cannot reach cold storage within its shelf life).
    public var spoilage: Yuan = .zero

    public init() {}

    /// Every component in a fixed order, with its machine-readable name.
    public var components: [(name: String, cost: Yuan)] {
        [
            ("depotOpening", depotOpening), ("vehicleFixed", vehicleFixed), ("distance", distance),
            ("driverTime", driverTime), ("refrigeration", refrigeration), ("handling", handling),
            ("express", express), ("spoilage", spoilage),
        ]
    }

    public var total: Yuan { components.reduce(.zero) { $0 + $1.cost } }

    /// Adds `other` scaled by `factor` (e.g. per-kg costs times kilograms).
    public mutating func add(_ other: CostBreakdown, times factor: Double = 1) {
        depotOpening += other.depotOpening * factor
        vehicleFixed += other.vehicleFixed * factor
        distance += other.distance * factor
        driverTime += other.driverTime * factor
        refrigeration += other.refrigeration * factor
        handling += other.handling * factor
        express += other.express * factor
        spoilage += other.spoilage * factor
    }
}
