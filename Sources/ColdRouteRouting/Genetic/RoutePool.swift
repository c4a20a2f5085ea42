/// A good, feasible route met during the search, kept for a later set-partitioning
/// recombination (choose a subset of pooled routes covering each client once at least cost).
public struct PooledRoute: Sendable, Hashable {
    public var vehicleType: Int
    /// Client nodes in visiting order (depots omitted).
    public var visits: [Int]
    public var distance: Int
    /// Fixed + distance + duration cost of the route.
    public var cost: Double

    public init(vehicleType: Int, visits: [Int], distance: Int, cost: Double) {
        self.vehicleType = vehicleType; self.visits = visits; self.distance = distance; self.cost = cost
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
            routes.append(PooledRoute(vehicleType: route.type, visits: Array(route.nodes.dropFirst().dropLast()),
                                      distance: total.distance, cost: ls.evaluator.objective(total, type: route.type)))
        }
    }
}
