import ColdRouteModel

/// One way a pickup plan breaks the network's rules, with the route and stop where it happens.
///
/// ``description`` is the one-line English message ``PickupPlanChecker/check(_:network:travel:siting:)``
/// has always returned (`route D1-van-2: loads at V3 at 13:05, outside its window`); ``reason``
/// holds what is wrong as data, for a report to word in its language; the other fields let a
/// caller point at the stop in its own terms (a CSV line, a JSON path).
public struct PlanViolation: Hashable, Sendable, CustomStringConvertible {
    /// What rule is broken. An open set of named values, so new checks do not break callers.
    public struct Kind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }

        /// Produce reaches the depot after its shelf life (per product, on the vehicle's class).
        public static let shelfLife = Kind(rawValue: "shelf life")
        /// Loading starts outside the village's pickup window (or before its produce is ready).
        public static let pickupWindow = Kind(rawValue: "pickup window")
        /// Leaves a village before loading is done.
        public static let service = Kind(rawValue: "loading time")
        /// The route leaves or returns outside the depot's receiving hours.
        public static let receivingHours = Kind(rawValue: "receiving hours")
        /// The load exceeds the vehicle's capacity.
        public static let capacity = Kind(rawValue: "capacity")
        /// A trip leaves the depot before the previous trip's unloading is done.
        public static let unloading = Kind(rawValue: "unloading")
        /// More trips in a day than the vehicle type makes (`maxTrips`).
        public static let trips = Kind(rawValue: "trips")
        /// The route is longer than the driver's shift.
        public static let shift = Kind(rawValue: "shift length")
        /// More vehicles' days (routes) of a vehicle type than the fleet has vehicles.
        public static let fleetSize = Kind(rawValue: "fleet size")
        /// A vehicle type used away from its home depot.
        public static let homeDepot = Kind(rawValue: "home depot")
        /// Arrival earlier than the fastest road travel allows.
        public static let travelTime = Kind(rawValue: "travel time")
        /// Cooled produce reaches no express agency before its cut-off.
        public static let expressCutoff = Kind(rawValue: "express cut-off")
        /// More is collected at a village than it supplies in a day.
        public static let supply = Kind(rawValue: "supply")
        /// A place the roads do not reach, or an id the network does not know.
        public static let unreachable = Kind(rawValue: "unreachable")
        /// A reported value (load, age, temperature class) disagrees with the route itself.
        public static let misreported = Kind(rawValue: "misreported")
        /// The siting plan's kilograms are not all either collected or listed as unserved.
        public static let accounting = Kind(rawValue: "accounting")

        public var description: String { rawValue }
    }

    public var kind: Kind
    /// The route's vehicle name, when the violation belongs to one route.
    public var vehicle: String?
    /// The route's index in the plan.
    public var route: Int?
    /// The stop: 0 is the depot departure, 1…n the village stops in order, n + 1 the return.
    public var stop: Int?
    /// The village or depot id at that stop.
    public var place: String?
    /// What is wrong, as data (worded by ``Reason/description`` in English).
    public var reason: Reason

    public init(kind: Kind, vehicle: String? = nil, route: Int? = nil, stop: Int? = nil, place: String? = nil, reason: Reason) {
        self.kind = kind
        self.vehicle = vehicle
        self.route = route
        self.stop = stop
        self.place = place
        self.reason = reason
    }

    /// What is wrong, in English, without the route prefix.
    public var detail: String { reason.description }

    /// `route VEHICLE: detail`, or just the detail for plan-wide violations.
    public var description: String { vehicle.map { "route \($0): \(detail)" } ?? detail }
}
