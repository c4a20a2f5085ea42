import ColdRouteModel
import ColdRouteRouting

extension PickupPlanner {
    /// `seeds` (routes of one depot) as a starting solution of the depot's routing problem
    /// `instance`: each route on the routing vehicle type of its network type, each village
    /// replaced by all of the instance's visits to it (its parts, in order), trips separated by the
    /// depot node. Villages the instance does not collect are skipped, routes of a type the depot
    /// has no vehicle of are dropped, and villages the seeds miss are left for the search to
    /// insert. Empty when nothing fits. O(stops + visits).
    static func seedSolution(_ seeds: [SeedRoute], instance: PickupInstance) -> [(type: Int, visits: [Int])] {
        guard !seeds.isEmpty else { return [] }
        var nodesOf = [Int: [Int]]()
        for (k, visit) in instance.visits.enumerated() {
            nodesOf[visit.village, default: []].append(instance.instance.depotCount + k)
        }
        // A village split into several visits (products, loads) may sit on several seed routes:
        // each of its places takes one visit, its last place all it has left.
        var placesLeft = [Int: Int]()
        for seed in seeds where instance.types.contains(seed.vehicleType) {
            for village in seed.trips.joined() { placesLeft[village, default: 0] += 1 }
        }
        var routes: [(type: Int, visits: [Int])] = []
        for seed in seeds {
            guard let type = instance.types.firstIndex(of: seed.vehicleType) else { continue }
            var visits: [Int] = []
            for trip in seed.trips {
                let nodes = trip.flatMap { village -> [Int] in
                    guard var left = nodesOf[village], !left.isEmpty else { return [] }
                    placesLeft[village, default: 1] -= 1
                    let taken = placesLeft[village]! > 0 ? [left.removeFirst()] : left
                    nodesOf[village] = placesLeft[village]! > 0 ? left : []
                    return taken
                }
                guard !nodes.isEmpty else { continue }
                if !visits.isEmpty { visits.append(0) }
                visits += nodes
            }
            if !visits.isEmpty { routes.append((type, visits)) }
        }
        return routes
    }
}
