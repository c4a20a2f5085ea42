/// A good, feasible vehicle day (all its trips) met during the search, kept for a later set-partitioning
/// recombination (choose a subset of pooled routes covering each client once at least cost).
public struct PooledRoute: Sendable, Hashable {
    public var vehicleType: Int
    /// Client nodes in visiting order over the whole day (depots omitted).
    public var visits: [Int]
    /// The same clients split into the vehicle's trips (one entry for a single-trip route).
    public var trips: [[Int]]
    public var distance: Int
    /// Fixed + distance + duration cost of the whole vehicle day.
    public var cost: Double

    /// A single-trip route.
    public init(vehicleType: Int, visits: [Int], distance: Int, cost: Double) {
        self.init(vehicleType: vehicleType, trips: [visits], distance: distance, cost: cost)
    }

    /// A vehicle day of one or more trips.
    public init(vehicleType: Int, trips: [[Int]], distance: Int, cost: Double) {
        self.vehicleType = vehicleType; self.trips = trips; self.visits = trips.flatMap { $0 }
        self.distance = distance; self.cost = cost
    }
}

/// Distinct feasible routes from feasible educated solutions within `tolerance` of the best
/// objective, up to `capacity` routes (then new ones are ignored). Adding is O(route length)
/// amortised (hashing).
struct RoutePool {
    let capacity: Int
    let tolerance: Double
    private(set) var routes: [PooledRoute] = []
    private var seen = Set<[Int]>()

    init(capacity: Int, tolerance: Double) {
        self.capacity = capacity
        self.tolerance = tolerance
    }

    /// Adds the routes of `ls`'s current (feasible) solution if its objective is close to `best`.
    mutating func offer(_ ls: LocalSearch, objective: Double, best: Double) {
        guard objective <= best * (1 + tolerance) || best == .infinity else { return }
        for route in ls.routes where route.clientCount > 0 && routes.count < capacity {
            let key = [route.type] + route.nodes
            guard !seen.contains(key) else { continue }
            seen.insert(key)
            let total = route.total
            routes.append(PooledRoute(vehicleType: route.type, trips: ls.inst.trips(of: Array(route.nodes.dropFirst().dropLast())),
                                      distance: total.distance, cost: ls.evaluator.objective(total, type: route.type)))
        }
    }
}
