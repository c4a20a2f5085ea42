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
        /// Load on board after loading here.
        public var load: Int
        /// Time from departure here to arrival at the end depot (the produce's age on arrival).
        public var rideTime: Int
    }

    /// One vehicle's route.
    public struct Route: Sendable, Hashable {
        public var vehicleType: Int
        /// Client nodes in visiting order (depots omitted).
        public var visits: [Int]
        public var stops: [Stop]
        /// Departure from the depot and arrival back there.
        public var startTime: Int
        public var endTime: Int
        public var distance: Int
        /// `endTime − startTime`, including waiting and service.
        public var duration: Int
        public var load: Int
        /// Fixed + distance + duration cost of the vehicle type.
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

    /// Builds a solution and its schedule from visit orders; `unassigned` lists the clients left
    /// out (clients neither routed nor listed are reported as `.noFeasibleInsertion`).
    /// O(total visits + clients).
    public init(instance: RoutingInstance, routes: [(vehicleType: Int, visits: [Int])], unassigned: [Unassigned] = []) {
        self.routes = routes.filter { !$0.visits.isEmpty }.map { Route(instance: instance, vehicleType: $0.vehicleType, visits: $0.visits) }
        var seen = Set(routes.flatMap(\.visits))
        var out = unassigned
        for u in unassigned { seen.insert(u.node) }
        for node in instance.clientNodes where !seen.contains(node) {
            out.append(Unassigned(node: node, reason: instance.uncoverable[node] ?? .noFeasibleInsertion))
        }
        self.unassigned = out.sorted { $0.node < $1.node }
    }
}

extension RoutingSolution.Route {
    /// Schedules a route: earliest arrival back at the depot, then every service as late as
    /// that allows (the schedule that minimises every ride time and the duration at once; see
    /// ``SegmentData``). If a window is missed the late service is kept as is. O(visits).
    public init(instance: RoutingInstance, vehicleType: Int, visits: [Int]) {
        let depot = instance.vehicleTypes[vehicleType].depot
        let nodes = [depot] + visits + [depot]
        var early = [Int](repeating: 0, count: nodes.count)
        early[0] = instance.shiftStart(vehicleType)
        for i in 1..<nodes.count {
            let arrive = early[i - 1] + instance.service[nodes[i - 1]] + instance.duration(nodes[i - 1], nodes[i])
            early[i] = i == nodes.count - 1 ? arrive : max(arrive, instance.ready[nodes[i]])
        }
        var start = early
        for i in stride(from: nodes.count - 2, through: 0, by: -1) {
            let latest = start[i + 1] - instance.duration(nodes[i], nodes[i + 1]) - instance.service[nodes[i]]
            let cap = i == 0 ? latest : min(instance.due[nodes[i]], latest)
            start[i] = max(early[i], cap)
        }
        let end = start[nodes.count - 1]
        var stops = [RoutingSolution.Stop]()
        var load = 0, distance = 0
        for i in 1..<(nodes.count - 1) {
            load += instance.demand[nodes[i]]
            let arrival = start[i - 1] + instance.service[nodes[i - 1]] + instance.duration(nodes[i - 1], nodes[i])
            let departure = start[i] + instance.service[nodes[i]]
            stops.append(.init(node: nodes[i], arrival: arrival, serviceStart: start[i], departure: departure, load: load, rideTime: end - departure))
        }
        for i in 1..<nodes.count { distance += instance.distance(nodes[i - 1], nodes[i]) }
        let type = instance.vehicleTypes[vehicleType]
        self.vehicleType = vehicleType
        self.visits = visits
        self.stops = stops
        self.startTime = start[0]
        self.endTime = end
        self.distance = distance
        self.duration = end - start[0]
        self.load = load
        self.cost = visits.isEmpty ? 0 : type.fixedCost + type.unitDistanceCost * Double(distance) + type.unitDurationCost * Double(end - start[0])
    }
}
