import ColdRouteModel

/// Pickup routes read from a file another program (or a dispatcher) wrote: a ColdRoute route
/// sheet (`routes.csv`) or a VROOM solution (`*vroom*.json`), see `docs/exchange-formats.md`.
///
/// Ids are resolved against the network while reading (an unknown village, depot or vehicle type
/// is an ``InputError``), but nothing else is checked: that is the evaluator's job. Every route and
/// stop keeps where it was read, so a violation found later can be pointed at in the file.
public struct RouteSheet: Sendable {
    /// The two formats ``RouteSheetReader`` reads.
    public enum Format: String, Sendable {
        case csv = "route sheet (CSV)"
        case vroom = "VROOM solution (JSON)"
    }

    /// Loading at a village.
    public struct Stop: Sendable {
        public var village: Village.ID
        public var kilograms: Kilograms
        /// Kilograms per product, when the file gives them (route sheet `kg_<product>` columns,
        /// VROOM step `products`); empty otherwise.
        public var products: [(product: Product.ID, kilograms: Kilograms)] = []
        /// The trip (1-based) of the vehicle's day.
        public var trip: Int = 1
        public var arrival: Minutes
        /// When loading starts, when the file says (VROOM: arrival + waiting time).
        public var serviceStart: Minutes?
        public var departure: Minutes
        /// Where the stop is in the file.
        public var location: InputError.Location
    }

    /// One trip: departure from the depot and return to it, and where each is in the file.
    public struct Trip: Sendable {
        public var start: Minutes
        public var end: Minutes
        public var startLocation: InputError.Location
        public var endLocation: InputError.Location
    }

    /// One vehicle's day: its trips from its depot and back.
    public struct Route: Sendable {
        public var vehicle: String
        public var depot: Depot.ID
        public var vehicleType: VehicleType.ID
        /// The temperature class the file states, if it does.
        public var refrigerated: Bool?
        /// First departure from and last return to the depot (times of day, minutes).
        public var start: Minutes
        public var end: Minutes
        /// All trips' stops, in trip order.
        public var stops: [Stop]
        /// Where the first departure and the last return are in the file.
        public var startLocation: InputError.Location
        public var endLocation: InputError.Location
        /// The trips in order (at least one).
        public var trips: [Trip] = []
    }

    /// The file as the caller named it.
    public var file: String
    public var format: Format
    public var routes: [Route]
    /// How finely the file writes times: 1 min for `HH:MM`, 1 s for VROOM's seconds. Comparisons
    /// of times read from the file allow this much slack.
    public var timeResolution: Minutes

    /// Where stop `stop` of route `route` is in the file: 0 is the first depot departure, 1…n
    /// the village stops of all trips, n + 1 (or `nil`) the last return.
    public func location(route r: Int, stop: Int?) -> InputError.Location {
        guard routes.indices.contains(r) else { return .wholeFile }
        let route = routes[r]
        switch stop {
        case 0?: return route.startLocation
        case let s? where s >= 1 && s <= route.stops.count: return route.stops[s - 1].location
        default: return route.endLocation
        }
    }
}
