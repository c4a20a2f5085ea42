import ColdRouteModel
import ColdRouteSiting

/// The daily pickup routes for a siting plan: per vehicle, stops in order with times, loads and
/// the age of the produce on arrival at the depot; and the pickups no route could make, with why.
public struct PickupPlan: Hashable, Sendable, Codable {
    /// One stop: loading at a village.
    public struct Stop: Hashable, Sendable, Codable {
        public var village: Village.ID
        public var name: String
        /// Kilograms loaded here.
        public var kilograms: Kilograms
        /// Arrival at the village; loading starts at `serviceStart` (after waiting, if early).
        public var arrival: Minutes
        public var serviceStart: Minutes
        public var departure: Minutes
        /// Load on board after loading here.
        public var load: Kilograms
        /// Time from leaving this village to arriving at the depot: the produce's age on arrival.
        public var ageOnArrival: Minutes
        /// The shortest shelf life (on this vehicle's class) among the products loaded here.
        public var shelfLife: Minutes
    }

    /// One vehicle's route from its depot and back.
    public struct Route: Hashable, Sendable, Codable {
        /// A name for dispatch, e.g. `D1-van-2`.
        public var vehicle: String
        public var depot: Depot.ID
        public var vehicleType: VehicleType.ID
        public var refrigerated: Bool
        public var start: Minutes
        public var end: Minutes
        public var distance: Kilometres
        public var load: Kilograms
        public var stops: [Stop]
        public var cost: CostBreakdown
    }

    /// Supply that was assigned to a depot but that no route collects.
    public struct Unserved: Hashable, Sendable, Codable {
        public var village: Village.ID
        public var depot: Depot.ID
        public var kilograms: Kilograms
        public var reason: String
    }

    public var routes: [Route]
    public var unserved: [Unserved]
    /// Vehicle fixed, distance, driver-time and refrigeration cost of the routes.
    public var cost: CostBreakdown
    /// Wall-clock seconds of the search. Not encoded, so a plan's JSON is the same on every run.
    public var seconds: Double = 0
    public var seed: UInt64
    /// Whether a ``StopSignal`` cut the search short: these are the routes found so far.
    public var interrupted = false

    private enum CodingKeys: String, CodingKey { case routes, unserved, cost, seed, interrupted }

    public var vehicleKilometres: Kilometres { routes.reduce(.zero) { $0 + $1.distance } }
    public var collected: Kilograms { routes.reduce(.zero) { $0 + $1.load } }
}
