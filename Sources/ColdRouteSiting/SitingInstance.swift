import ColdRouteModel

/// A county network compiled for depot siting: dense supply items, and for every item and depot
/// a verdict saying whether (and at what estimated cost per kg) that depot can serve it.
///
/// **Items.** One item per village and product with positive supply, `s_k` kg/day, worth `v_k` yuan/kg.
///
/// **Verdicts.** Item `k` (village `i`, product `p`) can be served by depot `j` when
/// 1. some vehicle type can be based at `j` (its `homeDepot` is `j` or unset, and `count > 0`);
/// 2. open roads join `i` and `j`, with fastest travel time `t_ij`;
/// 3. `t_ij ≤ L_p(c)`, the shelf life of `p` on vehicle class `c` (refrigerated or ambient) of one of
///    those types: a direct trip is the fastest any route can bring the produce in, so this is exact
///    for the first village of a route and optimistic for later ones (routing checks the rest);
/// 4. loading can start at some time `P` with `max(ready_i, start_i) ≤ P ≤ end_i` and arrival
///    `P + service_i + t_ij` within the depot's receiving hours;
/// 5. from the earliest such arrival, some express agency is reached before its cut-off.
///
/// **Arcs.** A servable (item, depot) pair gives one ``ServiceArc`` per vehicle type meeting (3),
/// so the model can move produce to another type when the cheapest one's fleet is used up.
///
/// **Cost estimate per kg** (routing replaces it with real route costs): the vehicle type drives a
/// full load on a return trip, so per kg it costs `2·d_ij·costPerKm/capacity` (distance)
/// + `(2·t_ij + service_i)/60·driverCostPerHour/capacity` (driver)
/// + `2·t_ij/60·refrigerationCostPerHour/capacity` (refrigeration); plus depot handling;
/// plus express: agency handling and a full-load return trunk trip depot→agency by the
/// largest-capacity vehicle type, for the cheapest agency that meets (5). The same full-load
/// trip takes `(2·t_ij + service_i)/capacity` vehicle-minutes per kg of that type's fleet.
public struct SitingInstance: Sendable {
    /// One village's daily supply of one product.
    public struct Item: Hashable, Sendable {
        public var village: Int
        public var product: Int
        public var supply: Kilograms
        public var valuePerKg: Yuan
    }

    public let network: CountyNetwork
    public let items: [Item]
    /// `verdicts[k][j]`: can depot `j` serve item `k`? (A feasible verdict holds the cheapest arc.)
    public let verdicts: [[ArcVerdict]]
    /// Every feasible arc, one per (item, depot, vehicle type), item-major.
    public let arcs: [ServiceArc]
    /// Where legs come from (roads, straight lines or an imported matrix), for "no leg" explanations.
    public var legSource: UncoveredReason.LegSource = .roads
    /// Per vehicle type, how many times the full-load estimate's vehicle-minutes per kg every arc of
    /// that type needs (empty: 1 for every type, the estimate as compiled). Set by
    /// ``withFleetScale(_:)`` when routes have shown what a vehicle really collects in a day
    /// (`IntegratedPlanner+FleetCalibration.swift`); kept by ``repriced(_:)``.
    public internal(set) var fleetScale: [Double] = []

    /// Compiles `network` (which must be valid) using fastest paths from each depot.
    ///
    /// Complexity: one shortest-path search per depot and per agency, then O(items × depots × types).
    public init(network: CountyNetwork, travel: TravelModel) {
        self = Self.compiled(network: network, travel: travel, shouldContinue: { true })!
    }

    /// As ``init(network:travel:)``, polling `shouldContinue` before each depot's paths and verdicts
    /// (a second on a 2,000-village county in a release build): `nil` once it says no, so a stop
    /// request need not wait for the whole instance (issue 11, "No hangs").
    public static func compiled(
        network: CountyNetwork, travel: TravelModel, shouldContinue: () -> Bool
    ) -> SitingInstance? {
        var items: [Item] = []
        let productIndex = Dictionary(uniqueKeysWithValues: network.products.enumerated().map { ($1.id, $0) })
        for (i, village) in network.villages.enumerated() {
            for (p, product) in network.products.enumerated() {
                if let kg = village.supply[product.id], kg.value > 0, productIndex[product.id] != nil {
                    items.append(Item(village: i, product: p, supply: kg, valuePerKg: product.valuePerKg))
                }
            }
        }
        let villagePlaces = network.villages.indices.map { Place.village($0) }
        let agencyPlaces = network.agencies.indices.map { Place.agency($0) }
        let trunkType = network.vehicleTypes.max { $0.capacity < $1.capacity }
        var verdicts: [[ArcVerdict]] = Array(repeating: [], count: items.count)
        var arcsOfItem: [[ServiceArc]] = Array(repeating: [], count: items.count)
        for (j, depot) in network.depots.enumerated() {
            guard shouldContinue() else { return nil }
            let toVillages = travel.legs(from: .depot(j), to: villagePlaces)
            let toAgencies = travel.legs(from: .depot(j), to: agencyPlaces)
            let types = network.vehicleTypes.indices.filter {
                let type = network.vehicleTypes[$0]
                return type.count > 0 && (type.homeDepot == nil || type.homeDepot == depot.id)
            }
            for (k, item) in items.enumerated() {
                let (verdict, arcs) = Self.verdict(
                    item: k, depot: j, items: items, network: network, types: types,
                    leg: toVillages[item.village], toAgencies: toAgencies, trunkType: trunkType)
                verdicts[k].append(verdict)
                arcsOfItem[k] += arcs
            }
        }
        var instance = SitingInstance(network: network, items: items, verdicts: verdicts, arcs: arcsOfItem.flatMap { $0 })
        instance.legSource = travel.imported.map { .matrix($0.source) } ?? (travel.usesRoads ? .roads : .straightLines)
        return instance
    }

    /// The same instance with other arc costs (e.g. route-based estimates for a second siting round).
    /// `cost` gets each arc and returns its new cost per kg; verdicts and everything else are kept.
    public func repriced(_ cost: (ServiceArc) -> CostBreakdown) -> SitingInstance {
        var instance = SitingInstance(network: network, items: items, verdicts: verdicts, arcs: arcs.map { arc in
            var arc = arc
            arc.costPerKg = cost(arc)
            return arc
        })
        instance.legSource = legSource
        instance.fleetScale = fleetScale
        return instance
    }

    /// The scale of vehicle type `t`'s minutes per kg (1 when never scaled).
    public func fleetScale(of t: Int) -> Double { t < fleetScale.count ? fleetScale[t] : 1 }

    /// The same instance whose arcs of type `t` need `scale[t]` times the compiled full-load
    /// estimate of vehicle-minutes per kg (a scale, not a factor on the current one; types past the
    /// end of `scale` keep theirs). The fleet rows `Σ m_kjt s_k x_kjt ≤ n_t H_t` then count what
    /// a vehicle of type `t` really achieves in a shift; costs, verdicts and coverage are unchanged.
    public func withFleetScale(_ scale: [Double]) -> SitingInstance {
        let types = network.vehicleTypes.indices
        let new = types.map { $0 < scale.count && scale[$0] > 0 ? scale[$0] : fleetScale(of: $0) }
        var instance = SitingInstance(network: network, items: items, verdicts: verdicts, arcs: arcs.map { arc in
            var arc = arc
            arc.vehicleMinutesPerKg *= new[arc.vehicleType] / fleetScale(of: arc.vehicleType)
            return arc
        })
        instance.legSource = legSource
        instance.fleetScale = new
        return instance
    }

    private init(network: CountyNetwork, items: [Item], verdicts: [[ArcVerdict]], arcs: [ServiceArc]) {
        self.network = network
        self.items = items
        self.verdicts = verdicts
        self.arcs = arcs
    }

    /// The verdict over all `types`: each group of types with the same ``VehicleType/speedFactor``
    /// drives the leg in its own minutes (``VehicleType/driving(_:)``), so shelf life, windows and
    /// the arrival are judged per group; the arcs are all groups' arcs, and an item no group can
    /// serve gets the fastest group's reason. With every factor 1 this is one group, as before.
    // swiftlint:disable:next function_parameter_count
    private static func verdict(
        item k: Int, depot j: Int, items: [Item], network: CountyNetwork, types: [Int],
        leg: Leg?, toAgencies: [Leg?], trunkType: VehicleType?
    ) -> (ArcVerdict, [ServiceArc]) {
        guard !types.isEmpty else { return (.noVehicle, []) }
        guard let leg else { return (.unreachable, []) }
        let factors = Set(types.map { network.vehicleTypes[$0].speedFactor }).sorted()
        guard factors.count > 1 else {
            return groupVerdict(item: k, depot: j, items: items, network: network, types: types,
                                leg: network.vehicleTypes[types[0]].driving(leg), toAgencies: toAgencies, trunkType: trunkType)
        }
        var arcs: [ServiceArc] = [], fastestFailure: ArcVerdict?
        for factor in factors {
            let group = types.filter { network.vehicleTypes[$0].speedFactor == factor }
            let (verdict, groupArcs) = groupVerdict(
                item: k, depot: j, items: items, network: network, types: group,
                leg: network.vehicleTypes[group[0]].driving(leg), toAgencies: toAgencies, trunkType: trunkType)
            arcs += groupArcs
            if groupArcs.isEmpty, fastestFailure == nil { fastestFailure = verdict }
        }
        guard let cheapest = arcs.min(by: { $0.costPerKg.total < $1.costPerKg.total }) else { return (fastestFailure ?? .noVehicle, []) }
        return (.feasible(cheapest), arcs)
    }

    /// The verdict for `types` that all drive `leg` (already in their minutes).
    // swiftlint:disable:next function_parameter_count
    private static func groupVerdict(
        item k: Int, depot j: Int, items: [Item], network: CountyNetwork, types: [Int],
        leg: Leg, toAgencies: [Leg?], trunkType: VehicleType?
    ) -> (ArcVerdict, [ServiceArc]) {
        let item = items[k]
        let village = network.villages[item.village]
        let product = network.products[item.product]
        let depot = network.depots[j]

        let fitting = types.filter { leg.time <= product.shelfLife(refrigerated: network.vehicleTypes[$0].refrigerated) }
        guard !fitting.isEmpty else {
            let refrigerated = types.contains { network.vehicleTypes[$0].refrigerated }
            return (.shelfLifeExceeded(
                travel: leg.time, shelfLife: product.shelfLife(refrigerated: refrigerated), refrigerated: refrigerated), [])
        }
        let drive = village.serviceTime + leg.time
        let firstPickup = max(village.earliestPickup, depot.receivingOpen - drive)
        let lastPickup = min(village.pickupEnd, depot.receivingClose - drive)
        guard firstPickup <= lastPickup else {
            return (.windowMissed(
                travel: leg.time, pickupEnd: village.pickupEnd,
                receivingOpen: depot.receivingOpen, receivingClose: depot.receivingClose), [])
        }
        let arrival = firstPickup + drive

        var bestAgency: (index: Int, cost: Yuan)?
        for (a, agency) in network.agencies.enumerated() {
            guard let trunk = toAgencies[a], arrival + trunk.time <= agency.cutoff else { continue }
            var cost = agency.handlingCostPerKg
            if let trunkType, trunkType.capacity.value > 0 {
                cost += trunkType.costPerKm * (2 * trunk.distance.value / trunkType.capacity.value)
            }
            if bestAgency == nil || cost < bestAgency!.cost { bestAgency = (a, cost) }
        }
        guard let bestAgency else { return (.cutoffMissed(arrival: arrival), []) }

        var arcs: [ServiceArc] = []
        for t in fitting {
            let type = network.vehicleTypes[t]
            guard type.capacity.value > 0 else { continue }
            let perKg = 1 / type.capacity.value
            var cost = CostBreakdown()
            cost.distance = type.costPerKm * (2 * leg.distance.value * perKg)
            cost.driverTime = network.driverCostPerHour * ((2 * leg.time.value + village.serviceTime.value) / 60 * perKg)
            cost.refrigeration = type.refrigerated
                ? type.refrigerationCostPerHour * (2 * leg.time.value / 60 * perKg) : .zero
            cost.handling = depot.handlingCostPerKg
            cost.express = bestAgency.cost
            arcs.append(ServiceArc(
                item: k, depot: j, vehicleType: t, agency: bestAgency.index, travel: leg, arrival: arrival,
                costPerKg: cost, vehicleMinutesPerKg: (2 * leg.time.value + village.serviceTime.value) * perKg))
        }
        guard let cheapest = arcs.min(by: { $0.costPerKg.total < $1.costPerKg.total }) else { return (.noVehicle, []) }
        return (.feasible(cheapest), arcs)
    }
}
