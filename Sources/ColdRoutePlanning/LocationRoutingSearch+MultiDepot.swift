import ColdRouteModel
import ColdRouteRouting
import ColdRouteSiting

extension LocationRoutingSearch {
    /// The pickups of a set of open depots as **one** multi-depot routing problem, so the route
    /// search moves villages between depots itself (inter-depot relocate, exchange and 2-opt* of the
    /// routing engine's local search; Vidal et al. 2012 solve the MDVRP the same way): the routing
    /// engine works per depot in ``PickupPlanner``, where a village stays at the depot the siting
    /// gave it.
    ///
    /// **Model.** Routing depot `n` is network depot `depots[n]` (receiving hours, unloading time,
    /// and a return early enough for the latest agency cut-off it reaches, as in
    /// ``PickupInstance``). Each village with supply in the siting plan, whatever depot it is
    /// assigned to, is one client carrying all its assigned kilograms (split into ⌈kg / capacity⌉
    /// visits only when the largest vehicle cannot take it, as ``PickupInstance/split``), with the
    /// village's window and loading time, the shortest shelf life of its products per ride class,
    /// and its produce's value as prize. A vehicle type based at a depot keeps its vehicles there;
    /// a shared type gets its whole count at every open depot (the engine has no fleet shared
    /// between depots, so the fleet is relaxed here). Depot capacities are not in the routing model
    /// either: the routes only steer the next day's siting, which enforces capacities, and
    /// ``PickupPlanner`` shares the fleet and routes that day as every other
    /// (``Search/routeAcrossDepots(round:)``).
    ///
    /// Units as ``PickupInstance``: seconds and metres.
    /// The most villages one multi-depot route search takes. The step may use half the time left,
    /// and on a 3,000-village county (47 open depots, one search over every village) that time was
    /// better spent routing the days found: `plan c3000.json --time-limit 120` collected 92.5 % of
    /// what it assigned with the step, 95.2 % before it was added (docs/benchmarks.md, "Collection
    /// coverage"). The literature's location-routing instances have at most a few hundred customers.
    static let multiDepotVillageLimit = 1_000

    struct MultiDepotInstance {
        /// Network depot index of routing depot `n`.
        let depots: [Int]
        /// Network village index of client `k` (node `depots.count + k`).
        let villages: [Int]
        /// Network vehicle type index of routing vehicle type `v`.
        let networkTypes: [Int]
        let instance: RoutingInstance

        /// `nil` when no open depot has a vehicle or no village has supply.
        init?(network: CountyNetwork, travel: TravelModel, siting: SitingPlan, open: [Int]) throws {
            let villageIndex = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
            let productIndex = Dictionary(uniqueKeysWithValues: network.products.enumerated().map { ($1.id, $0) })
            var kgOf = [Int: [Int: Double]]()
            for a in siting.assignments where a.kilograms.value > 0 {
                guard let i = villageIndex[a.village], let p = productIndex[a.product] else { continue }
                kgOf[i, default: [:]][p, default: 0] += a.kilograms.value
            }
            var types: [(depot: Int, type: Int, count: Int)] = []
            for (n, j) in open.enumerated() {
                for (t, type) in network.vehicleTypes.enumerated() where type.count > 0
                    && (type.homeDepot == nil || type.homeDepot == network.depots[j].id) {
                    types.append((n, t, type.count))
                }
            }
            guard !kgOf.isEmpty, !types.isEmpty else { return nil }
            let villages = kgOf.keys.sorted()
            let d = open.count
            let matrix = travel.matrix(among: open.map { .depot($0) } + villages.map { .village($0) })

            func seconds(_ minutes: Double) -> Int { Int(saturating: minutes * PickupInstance.secondsPerMinute, rounding: .up) }
            func shelfLife(_ products: [Int], refrigerated: Bool) -> Double {
                products.map { network.products[$0].shelfLife(refrigerated: refrigerated).value }.min() ?? .infinity
            }
            let largest = network.vehicleTypes.indices.filter { t in types.contains { $0.type == t } }
                .map { network.vehicleTypes[$0].capacity.value.rounded(.down) }.max() ?? 0

            var clients: [RoutingClient] = [], clientVillage: [Int] = [], placeOf: [Int] = Array(0..<d)
            for (position, i) in villages.enumerated() {
                let village = network.villages[i]
                let loads = kgOf[i]!.sorted { $0.key < $1.key }.map { (product: $0.key, kilograms: $0.value) }
                let kg = loads.reduce(0) { $0 + $1.kilograms }
                for part in PickupInstance.split(loads, capacity: largest, shelfLife: { network.products[$0].shelfLifeAmbient.value }) {
                    let share = part.products.reduce(0) { $0 + $1.kilograms }, products = part.products.map(\.product)
                    clients.append(RoutingClient(
                        demand: Int(saturating: share, rounding: .up),
                        readyTime: seconds(village.earliestPickup.value),
                        dueTime: max(seconds(village.earliestPickup.value),
                                     Int(saturating: village.pickupEnd.value * PickupInstance.secondsPerMinute, rounding: .down)),
                        serviceTime: seconds(village.serviceTime.value * share / max(kg, 1e-9)),
                        maxRideTime: [0: Int(saturating: shelfLife(products, refrigerated: false) * PickupInstance.secondsPerMinute, rounding: .down),
                                      1: Int(saturating: shelfLife(products, refrigerated: true) * PickupInstance.secondsPerMinute, rounding: .down)],
                        prize: part.products.reduce(0) { $0 + $1.kilograms * network.products[$1.product].valuePerKg.value }))
                    clientVillage.append(i)
                    placeOf.append(d + position)
                }
            }
            let n = placeOf.count
            var distances = [[Int]](repeating: [Int](repeating: 0, count: n), count: n)
            var durations = distances
            for a in 0..<n {
                for b in 0..<n where placeOf[a] != placeOf[b] {
                    distances[a][b] = min(PickupInstance.noLeg,
                                          Int(saturating: matrix.distance(placeOf[a], placeOf[b]) * PickupInstance.metresPerKm))
                    durations[a][b] = min(PickupInstance.noLeg, seconds(matrix.time(placeOf[a], placeOf[b])))
                }
            }
            let routingDepots = open.map { j -> RoutingDepot in
                let depot = network.depots[j]
                let agencies = travel.legs(from: .depot(j), to: network.agencies.indices.map { .agency($0) })
                let lastUseful = zip(network.agencies, agencies).compactMap { agency, leg in leg.map { agency.cutoff - $0.time } }.max()
                let close = min(depot.receivingClose, lastUseful ?? depot.receivingClose)
                return RoutingDepot(readyTime: seconds(depot.receivingOpen.value),
                                    dueTime: max(seconds(depot.receivingOpen.value),
                                                 Int(saturating: close.value * PickupInstance.secondsPerMinute, rounding: .down)),
                                    unloadTime: seconds(depot.unloadTime.value))
            }
            let vehicleTypes = types.map { entry -> RoutingVehicleType in
                let type = network.vehicleTypes[entry.type]
                return RoutingVehicleType(
                    capacity: Int(saturating: type.capacity.value, rounding: .down), count: entry.count, depot: entry.depot,
                    fixedCost: type.fixedCostPerDay.value,
                    unitDistanceCost: type.costPerKm.value / PickupInstance.metresPerKm,
                    unitDurationCost: (network.driverCostPerHour.value
                        + (type.refrigerated ? type.refrigerationCostPerHour.value : 0)) / 3600,
                    rideClass: type.refrigerated ? 1 : 0,
                    maxDuration: seconds(type.maxShift.value), maxTrips: type.maxTrips)
            }
            depots = open
            networkTypes = types.map(\.type)
            self.villages = clientVillage
            instance = try RoutingInstance(
                depots: routingDepots, clients: clients, vehicleTypes: vehicleTypes, distances: distances, durations: durations,
                scale: RoutingScale(distance: PickupInstance.metresPerKm, time: PickupInstance.secondsPerMinute))
        }

        /// Village → network depot of the route that collects most of it, for every village the
        /// solution visits. O(stops).
        func depotOf(_ solution: RoutingSolution) -> [Int: Int] {
            depotOf(solution.routes.map { (type: $0.vehicleType, trips: $0.trips.map(\.visits)) })
        }

        /// As above, for routes given as trips of client nodes per routing vehicle type.
        func depotOf(_ routes: [(type: Int, trips: [[Int]])]) -> [Int: Int] {
            var kg = [Int: [Int: Int]]()
            for route in routes {
                let depot = depots[instance.vehicleTypes[route.type].depot]
                for node in route.trips.joined() where node >= instance.depotCount {
                    kg[villages[node - instance.depotCount], default: [:]][depot, default: 0] += instance.clients[node - instance.depotCount].demand
                }
            }
            return kg.mapValues { byDepot in byDepot.max { ($0.value, -$0.key) < ($1.value, -$1.key) }!.key }
        }

        /// Seed routes (a day's, ``LocationRoutingSearch/Search/seeds(of:)``) as a starting
        /// solution: each on the routing vehicle type of its depot and network type, each village
        /// replaced by all its client nodes, trips separated by the route's depot node. Villages
        /// without supply here are skipped; the search inserts the clients it misses. O(stops + clients).
        func startingSolution(_ seeds: [PickupPlanner.SeedRoute]) -> [(type: Int, visits: [Int])] {
            guard !seeds.isEmpty else { return [] }
            var nodesOf = [Int: [Int]]()
            for (k, i) in villages.enumerated() { nodesOf[i, default: []].append(instance.depotCount + k) }
            var used = Set<Int>()
            var routes: [(type: Int, visits: [Int])] = []
            for seed in seeds {
                guard let v = instance.vehicleTypes.indices.first(where: {
                    depots[instance.vehicleTypes[$0].depot] == seed.depot && networkTypes[$0] == seed.vehicleType
                }) else { continue }
                var visits: [Int] = []
                for trip in seed.trips {
                    let nodes = trip.flatMap { nodesOf[$0] ?? [] }.filter { used.insert($0).inserted }
                    guard !nodes.isEmpty else { continue }
                    if !visits.isEmpty { visits.append(instance.vehicleTypes[v].depot) }
                    visits += nodes
                }
                if !visits.isEmpty { routes.append((v, visits)) }
            }
            return routes
        }

        /// Routes (trips of client nodes per routing vehicle type) as seeds for routing a day per depot (network depot, vehicle
        /// type and villages per trip; a split village appears once per trip). O(stops).
        func seeds(_ routes: [(type: Int, trips: [[Int]])]) -> [PickupPlanner.SeedRoute] {
            routes.map { route in
                let type = instance.vehicleTypes[route.type]
                return PickupPlanner.SeedRoute(
                    depot: depots[type.depot], vehicleType: networkTypes[route.type],
                    trips: route.trips.map { trip in
                        var seen = Set<Int>()
                        return trip.filter { $0 >= instance.depotCount }
                            .map { villages[$0 - instance.depotCount] }.filter { seen.insert($0).inserted }
                    })
            }
        }
    }
}

extension LocationRoutingSearch.Search {
    /// Routes the best day's open depots as one multi-depot problem (``multiDepotSteer(_:siting:iterations:limit:seed:)``
    /// with `4 × max(probe, route)` iterations and seed `seed + 7919 · round`, under a clock within
    /// the longer of the day's routing time and half the time left), then evaluates the day
    /// whose siting follows the villages' depots in those routes (``RouteCostEstimates/repriced(_:steer:)``:
    /// the same open depots; capacities and single-sourcing still hold). Returns whether a day was evaluated.
    @discardableResult
    mutating func routeAcrossDepots(round: UInt64) throws -> Bool {
        guard let incumbent = best, mayEvaluate() else { return false }
        let open = rules.openSet(of: incumbent.siting)
        let limit: Duration? = deadline.map { _ in
            max(.milliseconds(1), min(max(budget.routeTime, left * 0.5), left - slowest * 2 - .milliseconds(200)))
        }
        guard let md = try multiDepotSteer(open, siting: incumbent.siting,
                                           iterations: 4 * max(budget.probeIterations, budget.routeIterations ?? 0),
                                           limit: limit, seed: seed &+ 7_919 &* round, start: seeds(of: incumbent)),
              !relocations.contains(md.steer)
        else { return false }
        relocations.insert(md.steer)
        moves += 1
        return try evaluate(open, instance: estimates.repriced(base, steer: md.steer), label: "multi-depot routing \(round)",
                            seeds: md.seeds) != nil
    }

    /// Village → depot as one multi-depot route search over the depots `open` gives them
    /// (``LocationRoutingSearch/MultiDepotInstance`` on the supply `siting` assigns), with at most
    /// `iterations` iterations (5,000 without improvement) and `limit` of time, started from the
    /// routes `start` (a day's routes on these depots, ``seeds(of:)``) besides its constructed
    /// solutions. Returns the villages' depots and the routes (to seed the day's routing per
    /// depot); `nil` when fewer than two depots are open, or the search found no feasible routes.
    mutating func multiDepotSteer(_ open: [Bool], siting: SitingPlan, iterations: Int, limit: Duration?,
                                  seed: UInt64, start: [PickupPlanner.SeedRoute] = []) throws
        -> (steer: [Int: Int], seeds: [PickupPlanner.SeedRoute])?
    {
        let openDepots = network.depots.indices.filter { open[$0] }
        guard openDepots.count > 1,
              Set(siting.assignments.map(\.village)).count <= LocationRoutingSearch.multiDepotVillageLimit,
              let md = try LocationRoutingSearch.MultiDepotInstance(network: network, travel: travel, siting: siting, open: openDepots)
        else { return nil }
        let criterion = RecordingStop(seconds: limit.map(\.seconds), iterations: iterations, noImprovement: 5_000) { [stop] in
            stop?.isStopped ?? false
        }
        var rng = Xoshiro256(seed: seed)
        let initial = md.startingSolution(start)
        let result = HybridGeneticSearch(instance: md.instance)
            .solve(stop: criterion, initial: initial.isEmpty ? [] : [initial], using: &rng)
        guard result.isFeasible, !stopRequested else { return nil }
        // Depot capacities, which the route search leaves out, by the routes' cheapest moves
        // (LocationRoutingSearch+Capacity.swift) rather than by whatever the siting would move.
        let routes = md.capacityRepaired(result.solution, capacities: md.depots.map { network.depots[$0].capacityPerDay.value })
        let steer = md.depotOf(routes)
        return steer.isEmpty ? nil : (steer, md.seeds(routes))
    }

    /// A day's routes as seeds (network depot, vehicle type, villages per trip). O(stops).
    func seeds(of day: LocationRoutingSearch.Day) -> [PickupPlanner.SeedRoute] {
        let villageIndex = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let depotIndex = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, $0) })
        let typeIndex = Dictionary(uniqueKeysWithValues: network.vehicleTypes.enumerated().map { ($1.id, $0) })
        return day.pickup.routes.compactMap { route in
            guard let j = depotIndex[route.depot], let t = typeIndex[route.vehicleType] else { return nil }
            let trips = Set(route.stops.map(\.trip)).sorted().map { trip in
                var seen = Set<Int>()
                return route.stops.filter { $0.trip == trip }.compactMap { villageIndex[$0.village] }.filter { seen.insert($0).inserted }
            }
            return PickupPlanner.SeedRoute(depot: j, vehicleType: t, trips: trips)
        }
    }
}
