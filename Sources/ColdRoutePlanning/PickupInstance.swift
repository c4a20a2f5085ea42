import ColdRouteModel
import ColdRouteRouting
import ColdRouteSiting

/// One depot's pickup problem compiled from the network and a siting plan for the routing engine.
///
/// **Clients.** Each village's supply assigned to the depot (all products together) becomes one
/// or more pickups: when it exceeds the largest vehicle that can carry it within shelf life, it is
/// split into equal parts that fit (split pickups at one village, each with its share of the
/// loading time). A pickup's window is the village's `[earliestPickup, pickupEnd]` (start of
/// loading); its maximum ride time per vehicle class is the shortest shelf life among the
/// products loaded; its prize is the value of its produce, so the search may leave a pickup out
/// when collecting it is impossible or costs more than the produce is worth.
///
/// **Vehicles.** Types based at the depot keep their count; types without a home depot are shared
/// between the open depots in proportion to the fleet time the siting plan gave each depot
/// (largest remainder). Each vehicle drives one route within its shift (`maxShift`) and the
/// depot's receiving hours, and is back early enough for the cooled produce to reach an express
/// agency before its cut-off. Ride class 0 is ambient, 1 refrigerated.
///
/// **Units.** Seconds and metres (scale 60 per minute, 1000 per km); travel times are rounded up.
struct PickupInstance {
    /// A pickup: which village, how much, of which products.
    struct Pickup {
        var village: Int
        var kilograms: Double
        var products: [Int]
    }

    let depot: Int
    let instance: RoutingInstance
    /// `pickups[k]` is client node `1 + k`.
    let pickups: [Pickup]
    /// Network vehicle type of each routing vehicle type.
    let types: [Int]

    static let secondsPerMinute = 60.0
    static let metresPerKm = 1000.0

    /// `villageIndex` (village id → index in `network.villages`) may be passed in when compiling
    /// many depots, so each depot costs what its own villages cost, not the whole network.
    init?(network: CountyNetwork, travel: TravelModel, depot j: Int, assignments: [SitingPlan.Assignment],
          vehicleCounts: [Int], villageIndex: [Village.ID: Int]? = nil) throws
    {
        let villageIndex = villageIndex
            ?? Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let productIndex = Dictionary(uniqueKeysWithValues: network.products.enumerated().map { ($1.id, $0) })
        var kgOf = [Int: Double](), productsOf = [Int: Set<Int>]()
        for a in assignments {
            guard let i = villageIndex[a.village], let p = productIndex[a.product] else { continue }
            kgOf[i, default: 0] += a.kilograms.value
            productsOf[i, default: []].insert(p)
        }
        let types = network.vehicleTypes.indices.filter { vehicleCounts[$0] > 0 }
        guard !kgOf.isEmpty, !types.isEmpty else { return nil }
        let villages = kgOf.keys.sorted()
        let matrix = travel.matrix(among: [.depot(j)] + villages.map { .village($0) })
        let depot = network.depots[j]

        func seconds(_ minutes: Double) -> Int { Int(saturating: minutes * Self.secondsPerMinute, rounding: .up) }
        func shelfLife(_ products: Set<Int>, refrigerated: Bool) -> Double {
            products.map { network.products[$0].shelfLife(refrigerated: refrigerated).value }.min() ?? .infinity
        }

        var pickups: [Pickup] = [], clients: [RoutingClient] = [], nodeOfPlace: [Int] = []
        for (position, i) in villages.enumerated() {
            let village = network.villages[i], kg = kgOf[i]!, products = productsOf[i]!
            let direct = matrix.time(position + 1, 0)
            let carriers = types.filter { direct <= shelfLife(products, refrigerated: network.vehicleTypes[$0].refrigerated) }
            let chunk = (carriers.isEmpty ? types : carriers).map { network.vehicleTypes[$0].capacity.value }.min() ?? kg
            let parts = max(1, Int(saturating: kg / max(chunk, 1), rounding: .up))
            let valuePerKg = products.map { network.products[$0].valuePerKg.value }.min() ?? 0
            for _ in 0..<parts {
                let share = kg / Double(parts)
                pickups.append(Pickup(village: i, kilograms: share, products: products.sorted()))
                nodeOfPlace.append(position + 1)
                clients.append(RoutingClient(
                    demand: Int(saturating: share, rounding: .up),
                    readyTime: seconds(village.earliestPickup.value),
                    dueTime: max(seconds(village.earliestPickup.value), Int(saturating: village.pickupEnd.value * Self.secondsPerMinute, rounding: .down)),
                    serviceTime: seconds(village.serviceTime.value / Double(parts)),
                    maxRideTime: [0: Int(saturating: shelfLife(products, refrigerated: false) * Self.secondsPerMinute, rounding: .down),
                                  1: Int(saturating: shelfLife(products, refrigerated: true) * Self.secondsPerMinute, rounding: .down)],
                    prize: share * valuePerKg))
            }
        }
        let places = [0] + nodeOfPlace
        let n = places.count
        var distances = [[Int]](repeating: [Int](repeating: 0, count: n), count: n)
        var durations = distances
        for a in 0..<n {
            for b in 0..<n where places[a] != places[b] {
                distances[a][b] = Int(saturating: matrix.distance(places[a], places[b]) * Self.metresPerKm)
                durations[a][b] = seconds(matrix.time(places[a], places[b]))
            }
        }
        let vehicleTypes = types.map { t -> RoutingVehicleType in
            let type = network.vehicleTypes[t]
            return RoutingVehicleType(
                capacity: Int(saturating: type.capacity.value, rounding: .down), count: vehicleCounts[t], depot: 0,
                fixedCost: type.fixedCostPerDay.value,
                unitDistanceCost: type.costPerKm.value / Self.metresPerKm,
                unitDurationCost: (network.driverCostPerHour.value
                    + (type.refrigerated ? type.refrigerationCostPerHour.value : 0)) / 3600,
                rideClass: type.refrigerated ? 1 : 0,
                maxDuration: seconds(type.maxShift.value))
        }
        self.depot = j
        self.pickups = pickups
        self.types = types
        // Back by the receiving close, and in time for the latest agency cut-off reachable from here.
        let agencies = travel.legs(from: .depot(j), to: network.agencies.indices.map { .agency($0) })
        let lastUseful = zip(network.agencies, agencies).compactMap { agency, leg in leg.map { agency.cutoff - $0.time } }.max()
        let close = min(depot.receivingClose, lastUseful ?? depot.receivingClose)
        self.instance = try RoutingInstance(
            depots: [RoutingDepot(readyTime: seconds(depot.receivingOpen.value),
                                  dueTime: max(seconds(depot.receivingOpen.value), Int(saturating: close.value * Self.secondsPerMinute, rounding: .down)))],
            clients: clients, vehicleTypes: vehicleTypes, distances: distances, durations: durations,
            scale: RoutingScale(distance: Self.metresPerKm, time: Self.secondsPerMinute))
    }
}
