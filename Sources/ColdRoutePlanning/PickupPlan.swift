import ColdRouteModel
import ColdRouteSiting

/// The daily pickup routes for a siting plan: per vehicle, its day of trips from the depot and
/// back, each trip's stops in order with times, the kilograms of each product loaded, and the age
/// of the produce on arrival at the depot; and the supply no route collects, with why.
///
/// A route is one vehicle's day. It may drive several trips: between them the vehicle returns to
/// its depot and unloads for the depot's ``Depot/unloadTime``; each trip's return lies within the
/// receiving hours, and shelf life counts from a stop's departure to its own trip's return.
/// `stops` lists the stops of all trips in driving order; ``Stop/trip`` says which trip each
/// belongs to, and ``Route/trips`` gives each trip's departure, return and load.
public struct PickupPlan: Hashable, Sendable, Codable {
    /// Kilograms of one product loaded at a stop.
    public struct ProductLoad: Hashable, Sendable, Codable {
        public var product: Product.ID
        public var kilograms: Kilograms

        public init(product: Product.ID, kilograms: Kilograms) {
            self.product = product
            self.kilograms = kilograms
        }
    }

    /// One stop: a visit to a village, loading its produce for the route's depot.
    public struct Stop: Hashable, Sendable, Codable {
        public var village: Village.ID
        public var name: String
        /// Kilograms loaded here (the sum of ``products``).
        public var kilograms: Kilograms
        /// What is loaded, per product (in the network's product order). Empty when unknown (a
        /// route sheet without product columns).
        public var products: [ProductLoad] = []
        /// The trip (1, 2, …) of the vehicle's day this stop belongs to.
        public var trip: Int = 1
        /// When the village's load for this depot is more than one vehicle can take, it is split
        /// into `parts` visits and this is visit `part` (1-based); otherwise 1 of 1.
        public var part: Int = 1
        public var parts: Int = 1
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

        public init(village: Village.ID, name: String, kilograms: Kilograms, products: [ProductLoad] = [], trip: Int = 1,
                    part: Int = 1, parts: Int = 1, arrival: Minutes, serviceStart: Minutes, departure: Minutes, load: Kilograms,
                    ageOnArrival: Minutes, shelfLife: Minutes)
        {
            self.village = village
            self.name = name
            self.kilograms = kilograms
            self.products = products
            self.trip = trip
            self.part = part
            self.parts = parts
            self.arrival = arrival
            self.serviceStart = serviceStart
            self.departure = departure
            self.load = load
            self.ageOnArrival = ageOnArrival
            self.shelfLife = shelfLife
        }
    }

    /// One trip of a vehicle's day: from the depot, through its stops, back to the depot.
    public struct Trip: Hashable, Sendable, Codable {
        /// Departure from the depot and arrival back there (before unloading).
        public var start: Minutes
        public var end: Minutes
        /// Kilograms brought back (the load on arrival).
        public var load: Kilograms
        public var distance: Kilometres

        public init(start: Minutes, end: Minutes, load: Kilograms, distance: Kilometres) {
            self.start = start
            self.end = end
            self.load = load
            self.distance = distance
        }
    }

    /// One vehicle's day: its trips from its depot and back.
    public struct Route: Hashable, Sendable, Codable {
        /// A name for dispatch, e.g. `D1-van-2`.
        public var vehicle: String
        public var depot: Depot.ID
        public var vehicleType: VehicleType.ID
        public var refrigerated: Bool
        /// Departure on the first trip and return from the last.
        public var start: Minutes
        public var end: Minutes
        /// Over all trips.
        public var distance: Kilometres
        /// Kilograms collected over all trips.
        public var load: Kilograms
        public var stops: [Stop]
        public var cost: CostBreakdown
        /// The trips in order; a route without them (built by older code) is one trip from
        /// `start` to `end`, see ``tripList``.
        public var trips: [Trip] = []

        public init(vehicle: String, depot: Depot.ID, vehicleType: VehicleType.ID, refrigerated: Bool, start: Minutes, end: Minutes,
                    distance: Kilometres, load: Kilograms, stops: [Stop], cost: CostBreakdown, trips: [Trip] = [])
        {
            self.vehicle = vehicle
            self.depot = depot
            self.vehicleType = vehicleType
            self.refrigerated = refrigerated
            self.start = start
            self.end = end
            self.distance = distance
            self.load = load
            self.stops = stops
            self.cost = cost
            self.trips = trips
        }

        /// The trips, or the whole route as one trip when ``trips`` is empty.
        public var tripList: [Trip] {
            trips.isEmpty ? [Trip(start: start, end: end, load: load, distance: distance)] : trips
        }

        /// The stops of trip `t` (1-based).
        public func stops(ofTrip t: Int) -> ArraySlice<Stop> {
            guard let first = stops.firstIndex(where: { $0.trip == t }) else { return [] }
            let last = stops.lastIndex { $0.trip == t }!
            return stops[first...last]
        }
    }

    /// Supply that was assigned to a depot but that no route collects.
    public struct Unserved: Hashable, Sendable, Codable {
        public var village: Village.ID
        public var depot: Depot.ID
        public var kilograms: Kilograms
        public var reason: UnservedReason
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
