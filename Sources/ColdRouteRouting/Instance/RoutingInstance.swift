/// An immutable, validated, index-based pickup-routing problem in integer units.
///
/// **Model.** Nodes `0..<depotCount` are depots, nodes `depotCount..<nodeCount` are clients
/// (client `k` in ``clients`` is node `depotCount + k`). Each vehicle of each
/// ``RoutingVehicleType`` drives at most one route a day, made of one or more *trips*
/// `depot → clients → depot` (at most `maxTrips`), collecting per trip the demand of its
/// clients (≤ capacity), starting service within each client's window (waiting allowed),
/// returning within the depot's receiving hours and unloading (`unloadTime`) after each trip,
/// all within its shift. Every visited client's shelf life (`maxRideTime` for the vehicle's
/// ride class, counted from departure at the client) must not run out before its trip arrives
/// at the depot, and that arrival must be by the client's `returnBy` if it has one. The objective is the sum over used vehicles of fixed cost + distance cost + duration
/// cost, plus the prizes of optional clients left out.
///
/// **Duration profiles.** Vehicle types may drive at different speeds: a type's
/// ``RoutingVehicleType/durationProfile`` picks its travel-time matrix (profile 0 is `durations`,
/// profile k the k-th of `durationProfiles`); distances are shared. Everything that times a route
/// (search segments, schedules, the checker, coverage) uses the route's type's profile.
///
/// **Units.** All times, distances and loads are integers: the caller picks the unit and records
/// it in ``scale`` (integer units per user unit). The Solomon reader uses ×1000 and rounds
/// durations *up* so that a plan feasible in integers is feasible in real time.
///
/// Example: one depot, two clients 10 units apart on a line, one vehicle of capacity 5:
/// ```swift
/// let inst = try RoutingInstance(
///     depots: [RoutingDepot()],
///     clients: [RoutingClient(demand: 2), RoutingClient(demand: 3)],
///     vehicleTypes: [RoutingVehicleType(capacity: 5, count: 1)],
///     distances: [[0, 10, 20], [10, 0, 10], [20, 10, 0]])
/// ```
/// Compiling is O(n² + n·t) for n nodes and t vehicle types; accessors are O(1).
public struct RoutingInstance: Sendable {
    public let depots: [RoutingDepot]
    public let clients: [RoutingClient]
    public let vehicleTypes: [RoutingVehicleType]
    public let scale: RoutingScale
    /// Number of nodes (depots + clients).
    public let nodeCount: Int
    /// Row-major `nodeCount × nodeCount` distance matrix.
    public let distanceMatrix: [Int]
    /// Row-major `nodeCount × nodeCount` travel-time matrices, one per duration profile, one after
    /// the other (profile `p` starts at `p × nodeCount²`).
    public let durationMatrix: [Int]
    /// Number of duration profiles (1 + the extra `durationProfiles`).
    public let durationProfileCount: Int
    /// Number of ride classes (1 + largest `rideClass` used).
    public let rideClassCount: Int
    /// Clients (as node indices) that no vehicle type can serve alone, with the reason.
    public private(set) var uncoverable: [Int: UnassignedReason]

    // Per-node flat data for the search (depots have demand 0, service 0).
    let demand: [Int]
    let ready: [Int]
    let due: [Int]
    let service: [Int]
    /// Latest arrival at the depot of the trip serving each node, ``RoutingInstance/unlimited`` if none.
    let returnBy: [Int]
    /// `rideLimit[c * nodeCount + node]`, ``RoutingInstance/unlimited`` when absent.
    let rideLimit: [Int]

    /// Sentinel for "no limit" in integer data.
    static let unlimited = 1 << 40

    public var depotCount: Int { depots.count }
    public var clientCount: Int { clients.count }
    /// Node indices of the clients.
    public var clientNodes: Range<Int> { depots.count..<nodeCount }

    /// Compiles and validates an instance; `durations` defaults to `distances`; `durationProfiles`
    /// are the travel times of profiles 1, 2, … (``RoutingVehicleType/durationProfile``).
    /// - Throws: ``RoutingInstanceError`` naming the first invalid datum.
    public init(
        depots: [RoutingDepot], clients: [RoutingClient], vehicleTypes: [RoutingVehicleType],
        distances: [[Int]], durations: [[Int]]? = nil, durationProfiles: [[[Int]]] = [], scale: RoutingScale = RoutingScale()
    ) throws {
        let n = depots.count + clients.count
        guard !depots.isEmpty else { throw RoutingInstanceError("at least one depot is needed") }
        guard !vehicleTypes.isEmpty else { throw RoutingInstanceError("at least one vehicle type is needed") }
        func flatten(_ m: [[Int]], _ name: String) throws -> [Int] {
            guard m.count == n else { throw RoutingInstanceError("\(name) matrix has \(m.count) rows, expected \(n)") }
            var flat = [Int](); flat.reserveCapacity(n * n)
            for (i, row) in m.enumerated() {
                guard row.count == n else { throw RoutingInstanceError("\(name) row \(i) has \(row.count) entries, expected \(n)") }
                for (j, v) in row.enumerated() where v < 0 {
                    throw RoutingInstanceError("\(name)[\(i)][\(j)] = \(v) is negative")
                }
                flat += row
            }
            return flat
        }
        let dist = try flatten(distances, "distance")
        var dur = try durations.map { try flatten($0, "duration") } ?? dist
        for (k, profile) in durationProfiles.enumerated() { dur += try flatten(profile, "duration profile \(k + 1)") }
        for (k, c) in clients.enumerated() {
            let node = depots.count + k
            guard c.demand >= 0 else { throw RoutingInstanceError("client node \(node): negative demand \(c.demand)") }
            guard c.serviceTime >= 0 else { throw RoutingInstanceError("client node \(node): negative service time") }
            guard c.readyTime <= c.dueTime else { throw RoutingInstanceError("client node \(node): ready time \(c.readyTime) after due time \(c.dueTime)") }
            if let b = c.returnBy, b < 0 { throw RoutingInstanceError("client node \(node): negative returnBy \(b)") }
            if let p = c.prize, !(p >= 0 && p.isFinite) { throw RoutingInstanceError("client node \(node): prize must be finite and ≥ 0") }
            for (cls, limit) in c.maxRideTime where cls < 0 || limit < 0 {
                throw RoutingInstanceError("client node \(node): bad maxRideTime entry \(cls): \(limit)")
            }
        }
        for (d, depot) in depots.enumerated() {
            if depot.readyTime > depot.dueTime { throw RoutingInstanceError("depot \(d): ready time after due time") }
            if depot.unloadTime < 0 { throw RoutingInstanceError("depot \(d): negative unload time") }
        }
        for (t, v) in vehicleTypes.enumerated() {
            guard v.depot >= 0 && v.depot < depots.count else { throw RoutingInstanceError("vehicle type \(t): depot \(v.depot) does not exist") }
            guard v.capacity >= 0, v.count >= 0, v.rideClass >= 0 else { throw RoutingInstanceError("vehicle type \(t): capacity, count and ride class must be ≥ 0") }
            guard v.fixedCost >= 0, v.unitDistanceCost >= 0, v.unitDurationCost >= 0 else { throw RoutingInstanceError("vehicle type \(t): costs must be ≥ 0") }
            if let m = v.maxDuration, m < 0 { throw RoutingInstanceError("vehicle type \(t): negative shift limit") }
            if let m = v.maxTrips, m < 1 { throw RoutingInstanceError("vehicle type \(t): maxTrips must be ≥ 1") }
            guard v.durationProfile >= 0 && v.durationProfile <= durationProfiles.count else {
                throw RoutingInstanceError("vehicle type \(t): duration profile \(v.durationProfile) does not exist")
            }
        }
        self.depots = depots
        self.clients = clients
        self.vehicleTypes = vehicleTypes
        self.scale = scale
        self.nodeCount = n
        self.distanceMatrix = dist
        self.durationMatrix = dur
        self.durationProfileCount = 1 + durationProfiles.count
        let classes = 1 + max(vehicleTypes.map(\.rideClass).max() ?? 0, clients.flatMap(\.maxRideTime.keys).max() ?? 0)
        self.rideClassCount = classes
        self.demand = depots.map { _ in 0 } + clients.map(\.demand)
        self.ready = depots.map(\.readyTime) + clients.map(\.readyTime)
        self.due = depots.map(\.dueTime) + clients.map(\.dueTime)
        self.service = depots.map { _ in 0 } + clients.map(\.serviceTime)
        self.returnBy = depots.map { _ in Self.unlimited } + clients.map { $0.returnBy ?? Self.unlimited }
        var limits = [Int](repeating: Self.unlimited, count: classes * n)
        for (k, c) in clients.enumerated() {
            for (cls, limit) in c.maxRideTime { limits[cls * n + depots.count + k] = limit }
        }
        self.rideLimit = limits
        self.uncoverable = [:]
        self.uncoverable = Self.findUncoverable(self)
    }

    /// Distance from node `i` to node `j`. O(1).
    @inline(__always) public func distance(_ i: Int, _ j: Int) -> Int { distanceMatrix[i * nodeCount + j] }
    /// Travel time from node `i` to node `j` in profile 0. O(1).
    @inline(__always) public func duration(_ i: Int, _ j: Int) -> Int { durationMatrix[i * nodeCount + j] }
    /// Travel time from node `i` to node `j` in duration profile `profile`. O(1).
    @inline(__always) public func duration(_ i: Int, _ j: Int, profile: Int) -> Int {
        durationMatrix[(profile * nodeCount + i) * nodeCount + j]
    }
    /// The client record of a client node. O(1).
    public func client(atNode node: Int) -> RoutingClient { clients[node - depots.count] }
    /// Shelf-life limit of `node` for vehicles of ride class `rideClass`, `nil` if none. O(1).
    public func maxRideTime(node: Int, rideClass: Int) -> Int? {
        let v = rideLimit[rideClass * nodeCount + node]
        return v >= Self.unlimited ? nil : v
    }
    /// Shift start of a vehicle type (its own, else its depot's). O(1).
    public func shiftStart(_ type: Int) -> Int { vehicleTypes[type].earliestStart ?? depots[vehicleTypes[type].depot].readyTime }
    /// Shift end of a vehicle type (its own, else its depot's). O(1).
    public func shiftEnd(_ type: Int) -> Int { vehicleTypes[type].latestEnd ?? depots[vehicleTypes[type].depot].dueTime }
    /// Most trips a vehicle of `type` may drive (`maxTrips`, else unlimited). O(1).
    public func maxTrips(_ type: Int) -> Int { vehicleTypes[type].maxTrips ?? Int(Int32.max) }
    /// Window for a trip's arrival at the depot of `type`: the receiving hours, and early
    /// enough to finish unloading within the shift. O(1).
    func returnWindow(_ type: Int) -> (earliest: Int, latest: Int) {
        let depot = depots[vehicleTypes[type].depot]
        let latest = min(depot.dueTime, shiftEnd(type) - depot.unloadTime)
        return (min(depot.readyTime, latest), latest)
    }
}
