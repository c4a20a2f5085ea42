import ColdRouteModel
import ColdRouteRouting
import ColdRouteSiting

/// One depot's pickup problem compiled from the network and a siting plan for the routing engine.
///
/// **Clients are visits.** Each village's supply assigned to the depot, all products together, is
/// one visit: one routing client carrying the kilograms of each product. Only when that load is
/// more than the largest vehicle able to fetch it within shelf life can take is it split into
/// `n = ⌈kg / capacity⌉` visits of whole kilograms as the data give (1,180 kg in three parts is
/// 394 + 393 + 393, never 393.333 thirds); the products are packed into the parts in order of
/// shelf life, shortest first, so short-lived produce shares as few visits as possible. Each
/// visit's window is the village's `[earliestPickup, pickupEnd]` (start of loading), its loading
/// time the village's in proportion to its kilograms, its maximum ride time per vehicle class the
/// shortest shelf life among the products it carries, and its prize the value of its produce, so
/// the search may leave a visit out when collecting it is impossible or costs more than it is worth.
///
/// **Vehicles.** Types based at the depot keep their count; types without a home depot are shared
/// between the open depots in proportion to the fleet time the siting plan gave each depot
/// (largest remainder). Each vehicle drives one day of trips (at most its type's `maxTrips`)
/// within its shift (`maxShift`, unloading after the last trip included): after each trip it
/// unloads at the depot for the depot's `unloadTime` before leaving again. Every return falls in
/// the depot's receiving hours and early enough for the cooled produce to reach an express agency
/// before its cut-off; capacity and shelf life count per trip. Ride class 0 is ambient, 1
/// refrigerated.
///
/// **Speed factors.** A type drives the travel model's minutes times its
/// ``VehicleType/speedFactor``: each distinct factor is one duration profile of the routing
/// instance (``RoutingVehicleType/durationProfile``), so a slow refrigerated truck and a quick
/// tricycle share the visits but not the clock. Profile 0 is the smallest factor.
///
/// **Units.** Seconds and metres (scale 60 per minute, 1000 per km); travel times are rounded up.
struct PickupInstance {
    /// A visit: which village, and the kilograms of each product loaded there.
    struct Visit {
        var village: Int
        /// `(product index, kg)` in the network's product order.
        var products: [(product: Int, kilograms: Double)]
        /// Visit `part` of `parts` (1-based) when the village's load is split, else 1 of 1.
        var part: Int
        var parts: Int

        var kilograms: Double { products.reduce(0) { $0 + $1.kilograms } }
    }

    let depot: Int
    let instance: RoutingInstance
    /// `visits[k]` is client node `instance.depotCount + k`.
    let visits: [Visit]
    /// Network vehicle type of each routing vehicle type.
    let types: [Int]

    static let secondsPerMinute = 60.0
    static let metresPerKm = 1000.0
    /// Seconds and metres standing for "no leg" between two places (about 31 years; 10⁶ km).
    static let noLeg = 1_000_000_000

    /// `villageIndex` (village id → index in `network.villages`) may be passed in when compiling
    /// many depots, so each depot costs what its own villages cost, not the whole network.
    init?(network: CountyNetwork, travel: TravelModel, depot j: Int, assignments: [SitingPlan.Assignment],
          vehicleCounts: [Int], villageIndex: [Village.ID: Int]? = nil) throws
    {
        let villageIndex = villageIndex
            ?? Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let productIndex = Dictionary(uniqueKeysWithValues: network.products.enumerated().map { ($1.id, $0) })
        var kgOf = [Int: [Int: Double]]()
        for a in assignments where a.kilograms.value > 0 {
            guard let i = villageIndex[a.village], let p = productIndex[a.product] else { continue }
            kgOf[i, default: [:]][p, default: 0] += a.kilograms.value
        }
        let types = network.vehicleTypes.indices.filter { vehicleCounts[$0] > 0 }
        guard !kgOf.isEmpty, !types.isEmpty else { return nil }
        let villages = kgOf.keys.sorted()
        let matrix = travel.matrix(among: [.depot(j)] + villages.map { .village($0) })
        let depot = network.depots[j]

        func seconds(_ minutes: Double) -> Int { Int(saturating: minutes * Self.secondsPerMinute, rounding: .up) }
        func shelfLife(_ products: [Int], refrigerated: Bool) -> Double {
            products.map { network.products[$0].shelfLife(refrigerated: refrigerated).value }.min() ?? .infinity
        }

        var visits: [Visit] = [], clients: [RoutingClient] = [], nodeOfPlace: [Int] = []
        for (position, i) in villages.enumerated() {
            let village = network.villages[i]
            let loads = kgOf[i]!.sorted { $0.key < $1.key }.map { (product: $0.key, kilograms: $0.value) }
            let kg = loads.reduce(0) { $0 + $1.kilograms }
            let direct = matrix.time(position + 1, 0)
            let carriers = types.filter {
                let type = network.vehicleTypes[$0]
                return type.driving(Leg(time: Minutes(direct), distance: .zero)).time.value
                    <= shelfLife(loads.map(\.product), refrigerated: type.refrigerated)
            }
            let largest = (carriers.isEmpty ? types : carriers).map { network.vehicleTypes[$0].capacity.value.rounded(.down) }.max() ?? kg
            for (n, part) in Self.split(loads, capacity: largest, shelfLife: { network.products[$0].shelfLifeAmbient.value }).enumerated() {
                let visit = Visit(village: i, products: part.products, part: n + 1, parts: part.parts)
                let share = visit.kilograms, products = visit.products.map(\.product)
                visits.append(visit)
                nodeOfPlace.append(position + 1)
                clients.append(RoutingClient(
                    demand: Int(saturating: share, rounding: .up),
                    readyTime: seconds(village.earliestPickup.value),
                    dueTime: max(seconds(village.earliestPickup.value), Int(saturating: village.pickupEnd.value * Self.secondsPerMinute, rounding: .down)),
                    serviceTime: seconds(village.serviceTime.value * share / max(kg, 1e-9)),
                    maxRideTime: [0: Int(saturating: shelfLife(products, refrigerated: false) * Self.secondsPerMinute, rounding: .down),
                                  1: Int(saturating: shelfLife(products, refrigerated: true) * Self.secondsPerMinute, rounding: .down)],
                    prize: visit.products.reduce(0) { $0 + $1.kilograms * network.products[$1.product].valuePerKg.value }))
            }
        }
        let places = [0] + nodeOfPlace
        let n = places.count
        let factors = Set(types.map { network.vehicleTypes[$0].speedFactor }).sorted()
        var distances = [[Int]](repeating: [Int](repeating: 0, count: n), count: n)
        var profiles = [[[Int]]](repeating: distances, count: factors.count)
        for a in 0..<n {
            for b in 0..<n where places[a] != places[b] {
                // A pair with no leg (a `null` in an imported matrix, or a one-way road) gets `noLeg`:
                // finite, so the search's sums cannot overflow, and so long that a route using it
                // breaks every time window (the checker rejects it if one ever did).
                distances[a][b] = min(Self.noLeg, Int(saturating: matrix.distance(places[a], places[b]) * Self.metresPerKm))
                let minutes = matrix.time(places[a], places[b])
                for (p, factor) in factors.enumerated() {
                    // The same product as `VehicleType.driving`, so the checker's minutes match.
                    profiles[p][a][b] = min(Self.noLeg, seconds(factor == 1 ? minutes : minutes * factor))
                }
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
                maxDuration: seconds(type.maxShift.value), maxTrips: type.maxTrips,
                durationProfile: factors.firstIndex(of: type.speedFactor) ?? 0)
        }
        self.depot = j
        self.visits = visits
        self.types = types
        // Back by the receiving close, and in time for the latest agency cut-off reachable from here.
        let agencies = travel.legs(from: .depot(j), to: network.agencies.indices.map { .agency($0) })
        let lastUseful = zip(network.agencies, agencies).compactMap { agency, leg in leg.map { agency.cutoff - $0.time } }.max()
        let close = min(depot.receivingClose, lastUseful ?? depot.receivingClose)
        self.instance = try RoutingInstance(
            depots: [RoutingDepot(readyTime: seconds(depot.receivingOpen.value),
                                  dueTime: max(seconds(depot.receivingOpen.value), Int(saturating: close.value * Self.secondsPerMinute, rounding: .down)),
                                  unloadTime: seconds(depot.unloadTime.value))],
            clients: clients, vehicleTypes: vehicleTypes, distances: distances, durations: profiles[0],
            durationProfiles: Array(profiles.dropFirst()),
            scale: RoutingScale(distance: Self.metresPerKm, time: Self.secondsPerMinute))
    }

    /// A village's load `(product, kg)` as visits of at most `capacity` kg: one visit when it fits,
    /// else `⌈kg / capacity⌉` visits of whole kilograms as equal as can be (any fraction of a
    /// kilogram in the data goes to the last), filled with the products in order of `shelfLife`,
    /// shortest first. O(products + parts).
    static func split(_ loads: [(product: Int, kilograms: Double)], capacity: Double,
                      shelfLife: (Int) -> Double) -> [(products: [(product: Int, kilograms: Double)], parts: Int)]
    {
        let kg = loads.reduce(0) { $0 + $1.kilograms }
        guard capacity > 0, kg > capacity * (1 + 1e-9) else { return [(loads, 1)] }
        let parts = Int((kg / capacity).rounded(.up))
        let whole = kg.rounded(.down), fraction = kg - whole
        let base = (whole / Double(parts)).rounded(.down)
        let extra = Int(whole - base * Double(parts))
        var sizes = (0..<parts).map { base + ($0 < extra ? 1 : 0) }
        sizes[parts - 1] += fraction
        var queue = loads.sorted { (shelfLife($0.product), $0.product) < (shelfLife($1.product), $1.product) }[...]
        var out: [(products: [(product: Int, kilograms: Double)], parts: Int)] = []
        for (k, size) in sizes.enumerated() {
            var room = size, products: [(product: Int, kilograms: Double)] = []
            while room > 1e-9, var head = queue.first {
                let take = k == parts - 1 ? head.kilograms : min(room, head.kilograms)
                products.append((head.product, take))
                room -= take
                head.kilograms -= take
                if head.kilograms <= 1e-9 { queue.removeFirst() } else { queue[queue.startIndex] = head }
            }
            out.append((products.sorted { $0.product < $1.product }, parts))
        }
        return out
    }
}
