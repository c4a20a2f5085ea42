/// A point in the plane, used only to order routes by angle in the crossover (optional).
public struct RoutingPoint: Sendable, Hashable {
    public var x: Double
    public var y: Double
    public init(x: Double, y: Double) { self.x = x; self.y = y }
}

/// A depot where pickup routes start and end (a cold-storage site), in integer time units.
///
/// `readyTime...dueTime` are the receiving hours: every trip's arrival back at the depot must
/// fall in them (arriving before `readyTime` means waiting). After each arrival the vehicle
/// spends `unloadTime` unloading before it can leave on its next trip (also after its last
/// trip; unloading counts in the route duration and must end within the shift).
public struct RoutingDepot: Sendable, Hashable {
    /// Earliest departure from (and opening of receiving at) the depot.
    public var readyTime: Int
    /// Latest return to the depot (end of receiving).
    public var dueTime: Int
    /// Time to unload after each trip's arrival (default 0).
    public var unloadTime: Int
    /// Optional coordinates (helps the crossover group routes by direction).
    public var location: RoutingPoint?

    public init(readyTime: Int = 0, dueTime: Int = Int(Int32.max), unloadTime: Int = 0, location: RoutingPoint? = nil) {
        self.readyTime = readyTime
        self.dueTime = dueTime
        self.unloadTime = unloadTime
        self.location = location
    }
}

/// A pickup stop (a village start-up station), in integer units.
///
/// Times are in the instance's integer time unit: service may *start* in `readyTime...dueTime`
/// (a vehicle may wait); `serviceTime` is the loading time.
///
/// **Shelf life.** `maxRideTime[c]` bounds, for vehicles of ride class `c`, the time from the
/// moment loading at this client *ends* (departure) to the arrival at the depot that ends its
/// trip. No entry for a class means no limit for that class.
///
/// **Optional clients.** A client with a `prize` is optional: leaving it out costs the prize.
/// A client without a prize is required (unless no vehicle can serve it at all; then it is left
/// out with a reason, see ``UnassignedReason``).
public struct RoutingClient: Sendable, Hashable {
    public var demand: Int
    public var readyTime: Int
    public var dueTime: Int
    public var serviceTime: Int
    /// Maximum ride time (shelf life) per ride class of vehicle.
    public var maxRideTime: [Int: Int]
    /// Prize collected when visited; `nil` means required.
    public var prize: Double?
    public var location: RoutingPoint?
    /// Latest arrival back at the depot of the trip that visits this client (absolute time),
    /// `nil` for none: for example produce that must reach the cold store in time for the last
    /// express truck.
    public var returnBy: Int?

    public init(
        demand: Int, readyTime: Int = 0, dueTime: Int = Int(Int32.max), serviceTime: Int = 0,
        maxRideTime: [Int: Int] = [:], prize: Double? = nil, location: RoutingPoint? = nil,
        returnBy: Int? = nil
    ) {
        self.returnBy = returnBy
        self.demand = demand
        self.readyTime = readyTime
        self.dueTime = dueTime
        self.serviceTime = serviceTime
        self.maxRideTime = maxRideTime
        self.prize = prize
        self.location = location
    }

    /// Whether the client must be visited.
    public var isRequired: Bool { prize == nil }
}
