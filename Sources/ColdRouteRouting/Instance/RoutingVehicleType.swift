/// A class of vehicles in the fleet (for example refrigerated vans or ambient trucks).
///
/// Integer quantities are in the instance's units. Costs are in money units per integer unit:
/// `unitDistanceCost` per distance unit, `unitDurationCost` per time unit of route duration.
public struct RoutingVehicleType: Sendable, Hashable {
    /// Largest load (sum of client demands) one trip may collect.
    public var capacity: Int
    /// How many vehicles of this type exist (each drives at most one route, of one or more trips).
    public var count: Int
    /// Most trips one vehicle may drive in its shift; `nil` = limited only by shift and time.
    public var maxTrips: Int?
    /// Index of the depot (0..<depotCount) where routes of this type start and end.
    public var depot: Int
    /// Cost of using one vehicle (charged when its route is not empty).
    public var fixedCost: Double
    public var unitDistanceCost: Double
    public var unitDurationCost: Double
    /// Selects which `RoutingClient.maxRideTime` entry applies (shelf-life clock).
    public var rideClass: Int
    /// Shift limit: longest route duration (travel, waiting and service), `nil` for none.
    public var maxDuration: Int?
    /// Shift window at the depot; `nil` uses the depot's window.
    public var earliestStart: Int?
    public var latestEnd: Int?
    /// Which travel-time matrix this type drives (0: the instance's `durations`, k ≥ 1:
    /// `durationProfiles[k - 1]`), e.g. a slower refrigerated truck. See ``RoutingInstance``.
    public var durationProfile: Int = 0

    public init(
        capacity: Int, count: Int, depot: Int = 0, fixedCost: Double = 0,
        unitDistanceCost: Double = 1, unitDurationCost: Double = 0, rideClass: Int = 0,
        maxDuration: Int? = nil, earliestStart: Int? = nil, latestEnd: Int? = nil, maxTrips: Int? = nil,
        durationProfile: Int = 0
    ) {
        self.durationProfile = durationProfile
        self.maxTrips = maxTrips
        self.capacity = capacity
        self.count = count
        self.depot = depot
        self.fixedCost = fixedCost
        self.unitDistanceCost = unitDistanceCost
        self.unitDurationCost = unitDurationCost
        self.rideClass = rideClass
        self.maxDuration = maxDuration
        self.earliestStart = earliestStart
        self.latestEnd = latestEnd
    }
}

/// Integer units per user unit, so results can be reported in the user's units.
///
/// The Solomon reader uses 1000 for both: a distance of 12.3456 km is stored as 12346.
public struct RoutingScale: Sendable, Hashable {
    public var distance: Double
    public var time: Double
    public init(distance: Double = 1, time: Double = 1) {
        self.distance = distance
        self.time = time
    }
}
