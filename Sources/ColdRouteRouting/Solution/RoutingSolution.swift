/// A pickup plan as plain values: routes with their schedule, and the clients left out with a
/// reason. Independent of the search's mutable representation.
///
/// Times, distances and loads are in the instance's integer units (divide by
/// `instance.scale` for user units). Building one is O(total visits).
public struct RoutingSolution: Sendable, Hashable {
    /// One visit on a route, with its schedule.
    public struct Stop: Sendable, Hashable {
        public var node: Int
        /// When the vehicle arrives (it may then wait until `serviceStart`).
        public var arrival: Int
        public var serviceStart: Int
        /// When loading ends and the vehicle leaves.
        public var departure: Int
        /// Load on board after loading here (counted from the start of this trip).
        public var load: Int
        /// Time from departure here to the arrival of this stop's trip at the depot (the
        /// produce's age on arrival).
        public var rideTime: Int
        /// Index (0-based) of the trip this stop belongs to.
        public var trip: Int
    }

    /// One trip of a vehicle: depot → clients → depot.
    public struct Trip: Sendable, Hashable {
        /// Client nodes in visiting order.
        public var visits: [Int]
        public var stops: [Stop]
        /// Departure from the depot.
        public var startTime: Int
        /// Arrival back at the depot, before unloading.
        public var endTime: Int
        public var load: Int
        public var distance: Int
    }

    /// One vehicle's day: one or more trips.
    public struct Route: Sendable, Hashable {
        public var vehicleType: Int
        /// Client nodes in visiting order over all trips (depots omitted).
        public var visits: [Int]
        /// Stops over all trips, in order.
        public var stops: [Stop]
        /// The trips, in order.
        public var trips: [Trip]
        /// First departure from the depot, and the end of unloading after the last trip.
        public var startTime: Int
        public var endTime: Int
        public var distance: Int
        /// `endTime − startTime`, including waiting, service, reloads and unloading.
        public var duration: Int
        /// Total load collected over the day.
        public var load: Int
        /// Fixed cost (once per vehicle) + distance + duration cost of the vehicle type.
        public var cost: Double
    }

    /// A client not visited, and why.
    public struct Unassigned: Sendable, Hashable {
        public var node: Int
        public var reason: UnassignedReason

        public init(node: Int, reason: UnassignedReason) {
            self.node = node
            self.reason = reason
        }
    }

    public var routes: [Route]
    public var unassigned: [Unassigned]

    /// Total distance over all routes. O(routes).
    public var distance: Int { routes.reduce(0) { $0 + $1.distance } }
    /// Total route cost plus the prizes of optional clients left out. O(routes + unassigned).
    public func cost(in instance: RoutingInstance) -> Double {
        routes.reduce(0) { $0 + $1.cost } + unassigned.reduce(0) { $0 + instance.prize($1.node) }
    }

    /// Builds a single-trip solution and its schedule from visit orders (a depot node inside
    /// `visits` separates two trips); `unassigned` lists the clients left out (clients neither
    /// routed nor listed are reported as `.noFeasibleInsertion`). O(total visits + clients).
    public init(instance: RoutingInstance, routes: [(vehicleType: Int, visits: [Int])], unassigned: [Unassigned] = []) {
        self.init(instance: instance, routes: routes.map { (vehicleType: $0.vehicleType, trips: instance.trips(of: $0.visits)) },
                  unassigned: unassigned)
    }

    /// Builds a solution and its schedule from each vehicle's trips (visit orders); `unassigned`
    /// lists the clients left out (clients neither routed nor listed are reported as
    /// `.noFeasibleInsertion`). Empty trips are dropped. O(total visits + clients).
    public init(instance: RoutingInstance, routes: [(vehicleType: Int, trips: [[Int]])], unassigned: [Unassigned] = []) {
        self.routes = routes.filter { $0.trips.contains { !$0.isEmpty } }
            .map { Route(instance: instance, vehicleType: $0.vehicleType, trips: $0.trips) }
        var seen = Set(routes.flatMap { $0.trips.flatMap { $0 } })
        var out = unassigned
        for u in unassigned { seen.insert(u.node) }
        for node in instance.clientNodes where !seen.contains(node) {
            out.append(Unassigned(node: node, reason: instance.uncoverable[node] ?? .noFeasibleInsertion))
        }
        self.unassigned = out.sorted { $0.node < $1.node }
    }
}

extension RoutingInstance {
    /// Splits inner route nodes at depot nodes into trips (empty trips dropped). O(length).
    public func trips(of nodes: [Int]) -> [[Int]] {
        var trips: [[Int]] = [[]]
        for node in nodes {
            if node < depotCount { if !trips[trips.count - 1].isEmpty { trips.append([]) } } else { trips[trips.count - 1].append(node) }
        }
        if trips.count > 1 && trips[trips.count - 1].isEmpty { trips.removeLast() }
        return trips
    }
}

extension RoutingSolution.Route {
    /// A single-trip route (a depot node inside `visits` separates two trips).
    public init(instance: RoutingInstance, vehicleType: Int, visits: [Int]) {
        self.init(instance: instance, vehicleType: vehicleType, trips: instance.trips(of: visits))
    }

    /// Schedules a vehicle day of `trips`. The route's `startTime` and `duration` are those of the
    /// schedule that minimises the day's duration (all starts as late as the earliest end allows,
    /// within the trips' shelf-life deadlines). The stops and trips follow that schedule when every
    /// ride stays within its shelf life there; otherwise the early one: every arrival at a depot as
    /// early as possible, then within each trip every service and departure as late as that allows
    /// (the schedule that minimises every ride time; see ``SegmentData``), which may leave before
    /// `startTime`. A depot arrival waits for the receiving hours and
    /// is followed by the depot's unloading time. If a window is missed the late service is kept
    /// as is. O(visits).
    public init(instance: RoutingInstance, vehicleType: Int, trips given: [[Int]]) {
        let trips = given.filter { !$0.isEmpty }
        let type = instance.vehicleTypes[vehicleType]
        let profile = type.durationProfile
        func drive(_ a: Int, _ b: Int) -> Int { instance.duration(a, b, profile: profile) }
        let depot = type.depot
        let unload = instance.depots[depot].unloadTime
        let receiving = instance.depots[depot].readyTime
        var nodes = [depot]
        for t in trips { nodes += t + [depot] }
        let last = nodes.count - 1
        // Forward: earliest starts; a depot node after index 0 is an arrival (service = unloading).
        var early = [Int](repeating: 0, count: nodes.count)
        early[0] = instance.shiftStart(vehicleType)
        func service(_ i: Int) -> Int { i == 0 ? 0 : nodes[i] == depot && i > 0 ? unload : instance.service[nodes[i]] }
        for i in 1..<nodes.count {
            let arrive = early[i - 1] + service(i - 1) + drive(nodes[i - 1], nodes[i])
            early[i] = nodes[i] < instance.depotCount ? max(arrive, receiving) : max(arrive, instance.ready[nodes[i]])
        }
        // Backward within each trip from its earliest depot arrival; departures as late as possible.
        var start = early
        for i in stride(from: last - 1, through: 0, by: -1) where nodes[i] >= instance.depotCount {
            let latest = start[i + 1] - drive(nodes[i], nodes[i + 1]) - instance.service[nodes[i]]
            start[i] = max(early[i], min(instance.due[nodes[i]], latest))
        }
        // The day's duration: latest starts over the whole day (a later first trip may absorb
        // waiting between trips), from the earliest end.
        var deadline = [Int](repeating: instance.depots[depot].dueTime, count: nodes.count)
        var tripDeadline = Int.max
        for i in 1..<nodes.count {
            if nodes[i] < instance.depotCount {
                if tripDeadline < Int.max { deadline[i] = min(deadline[i], max(tripDeadline, receiving)) }
                tripDeadline = Int.max
            } else if let b = instance.client(atNode: nodes[i]).returnBy { tripDeadline = min(tripDeadline, b) }
        }
        var late = early
        for i in stride(from: last - 1, through: 1, by: -1) {
            let latest = late[i + 1] - drive(nodes[i], nodes[i + 1]) - service(i)
            let cap = min(nodes[i] < instance.depotCount ? deadline[i] : instance.due[nodes[i]], latest)
            late[i] = max(early[i], cap)
        }
        // Report the day's schedule when it keeps every ride within its shelf life (it reaches each
        // trip's depot as late as the next trip allows, so waiting between trips moves to before the
        // first departure and the day is no longer than its duration); else the early one, whose
        // rides are the least but whose day may be longer.
        if !trips.isEmpty, Self.ridesHold(late, nodes: nodes, instance: instance, type: type) {
            for i in 1..<last { start[i] = late[i] }
        }
        var stops = [RoutingSolution.Stop](), tripList = [RoutingSolution.Trip]()
        var distance = 0, totalLoad = 0, i = 1
        for (k, visits) in trips.enumerated() {
            let from = i - 1
            let end = i + visits.count
            let departure = start[i] - drive(nodes[from], nodes[i])
            var load = 0, tripDistance = 0, tripStops = [RoutingSolution.Stop]()
            for j in i..<end {
                load += instance.demand[nodes[j]]
                let arrival = (j == i ? departure : start[j - 1] + instance.service[nodes[j - 1]]) + drive(nodes[j - 1], nodes[j])
                let leave = start[j] + instance.service[nodes[j]]
                tripStops.append(.init(node: nodes[j], arrival: arrival, serviceStart: start[j], departure: leave,
                                       load: load, rideTime: start[end] - leave, trip: k))
            }
            for j in (from + 1)...end { tripDistance += instance.distance(nodes[j - 1], nodes[j]) }
            tripList.append(.init(visits: visits, stops: tripStops, startTime: departure, endTime: start[end], load: load, distance: tripDistance))
            stops += tripStops
            distance += tripDistance
            totalLoad += load
            i = end + 1
        }
        self.vehicleType = vehicleType
        self.visits = trips.flatMap { $0 }
        self.stops = stops
        self.trips = tripList
        self.startTime = tripList.isEmpty ? early[0] : max(early[0], late[1] - drive(depot, nodes[1]))
        self.endTime = tripList.isEmpty ? early[0] : start[last] + unload
        self.distance = distance
        self.duration = endTime - startTime
        self.load = totalLoad
        self.cost = visits.isEmpty ? 0 : type.fixedCost + type.unitDistanceCost * Double(distance) + type.unitDurationCost * Double(duration)
    }

    /// Whether, with services starting at `start`, every client's ride (its departure to the
    /// arrival at the depot closing its trip) is within its shelf life on `type`'s class.
    private static func ridesHold(
        _ start: [Int], nodes: [Int], instance: RoutingInstance, type: RoutingVehicleType
    ) -> Bool {
        var tripEnd = start[nodes.count - 1]
        for i in stride(from: nodes.count - 2, through: 1, by: -1) {
            if nodes[i] < instance.depotCount { tripEnd = start[i]; continue }
            if let limit = instance.maxRideTime(node: nodes[i], rideClass: type.rideClass),
               tripEnd - (start[i] + instance.service[nodes[i]]) > limit { return false }
        }
        return true
    }
}
