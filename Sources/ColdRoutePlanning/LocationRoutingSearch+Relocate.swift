import ColdRouteModel
import ColdRouteSiting

extension LocationRoutingSearch.Search {
    /// Villages moved between open depots where the best day's routes say it pays, evaluated by
    /// routing: the assignment phase of the location-routing heuristics that alternate location,
    /// assignment and routing (Prins et al. 2007, LRGTS; Schneider & Löffler 2019 move customers
    /// between depots' routes in their composite neighbourhoods).
    ///
    /// **Move.** In the best day, each village on a trip (whole, not split over visits) saves, when
    /// taken out, `c(prev, i) + c(i, next) − c(prev, next)`, plus the vehicle's fixed cost when it is
    /// the route's only stop; `c` is the vehicle type's cost per km plus the driver's (and the
    /// refrigeration's) cost per minute of travel. At every other open depot `k` it would cost the
    /// cheapest insertion into a trip of a route from `k` whose vehicle has room for its load, or a
    /// new route (fixed cost plus out and back). Every village whose best other depot is cheaper
    /// by more than 0.1 % of the day is steered there, all others stay at their depot
    /// (``RouteCostEstimates/repriced(_:steer:)``), and the siting with the same open depots —
    /// capacities and single-sourcing still hold — is routed as one day.
    ///
    /// Loads, shelf life, windows and shifts are not checked here: only the routed day counts.
    /// Complexity: O(v² + v·s) for v villages on routes and s stops, plus one day evaluation.
    ///
    /// Returns whether a day was evaluated.
    @discardableResult
    mutating func relocate() throws -> Bool {
        guard let incumbent = best, mayEvaluate() else { return false }
        let open = rules.openSet(of: incumbent.siting)
        let openDepots = network.depots.indices.filter { open[$0] }
        guard openDepots.count > 1 else { return false }
        let villageIndex = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let depotIndex = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, $0) })
        let typeIndex = Dictionary(uniqueKeysWithValues: network.vehicleTypes.enumerated().map { ($1.id, $0) })

        // Trips as index sequences: (depot, type, stops (village, kg), load).
        struct Trip { var depot: Int; var type: Int; var villages: [Int]; var load: Double; var routeStops: Int }
        var trips: [Trip] = []
        var current: [Int: Int] = [:]   // village → depot in the day
        var kg: [Int: Double] = [:]
        for route in incumbent.pickup.routes {
            guard let j = depotIndex[route.depot], let t = typeIndex[route.vehicleType] else { continue }
            let whole = route.stops.filter { $0.parts == 1 }
            for trip in Set(route.stops.map(\.trip)).sorted() {
                let stops = route.stops.filter { $0.trip == trip }
                let villages = stops.compactMap { villageIndex[$0.village] }
                trips.append(Trip(depot: j, type: t, villages: villages,
                                  load: stops.reduce(0) { $0 + $1.kilograms.value }, routeStops: route.stops.count))
            }
            for stop in whole { if let i = villageIndex[stop.village] { current[i] = j; kg[i] = stop.kilograms.value } }
        }
        guard !current.isEmpty else { return false }
        let onRoutes = Array(Set(trips.flatMap(\.villages))).sorted()
        let places = openDepots.map { Place.depot($0) } + onRoutes.map { Place.village($0) }
        let matrix = travel.matrix(among: places)
        var slot = [Place: Int]()
        for (k, p) in places.enumerated() { slot[p] = k }
        func cost(_ a: Int, _ b: Int, _ t: Int) -> Double {
            let type = network.vehicleTypes[t]
            let perMinute = (network.driverCostPerHour.value + (type.refrigerated ? type.refrigerationCostPerHour.value : 0)) / 60
            let d = matrix.distance(a, b), m = matrix.time(a, b)
            guard d.isFinite, m.isFinite else { return .infinity }
            return d * type.costPerKm.value + m * perMinute
        }

        var steer: [Int: Int] = current
        var moved = 0
        let threshold = incumbent.cost.value * 0.001
        for trip in trips {
            guard let home = slot[.depot(trip.depot)] else { continue }
            let seq = [home] + trip.villages.compactMap { slot[.village($0)] } + [home]
            guard seq.count == trip.villages.count + 2 else { continue }
            for p in 1..<(seq.count - 1) {
                let i = trip.villages[p - 1]
                guard current[i] == trip.depot, let load = kg[i] else { continue }
                var saving = cost(seq[p - 1], seq[p], trip.type) + cost(seq[p], seq[p + 1], trip.type)
                    - cost(seq[p - 1], seq[p + 1], trip.type)
                if trip.routeStops == 1 { saving += network.vehicleTypes[trip.type].fixedCostPerDay.value }
                var bestDepot: Int?, bestCost = saving - threshold
                for k in openDepots where k != trip.depot {
                    guard let dk = slot[.depot(k)] else { continue }
                    // A new route from k with the cheapest vehicle type based there or anywhere.
                    var insert = Double.infinity
                    for (t, type) in network.vehicleTypes.enumerated()
                    where type.capacity.value >= load && (type.homeDepot == nil || type.homeDepot == network.depots[k].id) {
                        insert = min(insert, type.fixedCostPerDay.value + cost(dk, seq[p], t) + cost(seq[p], dk, t))
                    }
                    for other in trips where other.depot == k
                        && other.load + load <= network.vehicleTypes[other.type].capacity.value + 1e-9 {
                        let o = [dk] + other.villages.compactMap { slot[.village($0)] } + [dk]
                        for q in 0..<(o.count - 1) {
                            insert = min(insert, cost(o[q], seq[p], other.type) + cost(seq[p], o[q + 1], other.type)
                                - cost(o[q], o[q + 1], other.type))
                        }
                    }
                    if insert < bestCost { bestCost = insert; bestDepot = k }
                }
                if let k = bestDepot { steer[i] = k; moved += 1 }
            }
        }
        guard moved > 0, !relocations.contains(steer) else { return false }
        relocations.insert(steer)
        moves += 1
        return try evaluate(open, instance: estimates.repriced(base, steer: steer), label: "relocation (\(moved) villages)",
                            seeds: seeds(of: incumbent)) != nil
    }
}
