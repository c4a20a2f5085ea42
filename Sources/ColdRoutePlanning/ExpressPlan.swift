import ColdRouteModel
import ColdRouteSiting

/// Where the cooled produce goes: trunk shipments from depots to express agencies before their
/// cut-offs, what misses every cut-off, and the whole day's cost from routes to dispatch.
public struct ExpressPlan: Hashable, Sendable, Codable {
    /// Cooled produce of one pickup route, sent from its depot to one agency.
    public struct Shipment: Hashable, Sendable, Codable {
        public var route: String
        public var depot: Depot.ID
        public var agency: Agency.ID
        public var kilograms: Kilograms
        /// When the route is back at the depot (the produce is ready to go on).
        public var ready: Minutes
        public var arrival: Minutes
        public var cutoff: Minutes
    }

    /// Produce that reaches no agency before its cut-off (or finds no agency capacity).
    public struct Missed: Hashable, Sendable, Codable {
        public var route: String
        public var depot: Depot.ID
        public var kilograms: Kilograms
        public var reason: MissedReason
    }

    public var shipments: [Shipment]
    public var missed: [Missed]
    /// The day's cost from depot opening to dispatch: routes, handling, express, and spoilage of
    /// everything not covered, not collected, or not dispatched.
    public var cost: CostBreakdown
    /// Kilograms handed to express agencies in time.
    public var dispatched: Kilograms
}
