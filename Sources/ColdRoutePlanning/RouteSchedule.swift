import ColdRouteModel
import ColdRouteSiting

/// A pickup route as another program (or a dispatcher) wrote it down: the vehicle, the stops in
/// order with their times and kilograms. ``PickupPlan/init(schedules:network:travel:)`` turns a
/// list of them into a ``PickupPlan`` that ``PickupPlanChecker`` can evaluate.
public struct RouteSchedule: Hashable, Sendable {
    /// Loading at one village.
    public struct Visit: Hashable, Sendable {
        public var village: Village.ID
        public var kilograms: Kilograms
        public var arrival: Minutes
        /// When loading starts; `nil` means as early as allowed: the later of the arrival and the
        /// village's earliest pickup.
        public var serviceStart: Minutes?
        public var departure: Minutes

        public init(village: Village.ID, kilograms: Kilograms, arrival: Minutes, serviceStart: Minutes? = nil, departure: Minutes) {
            self.village = village
            self.kilograms = kilograms
            self.arrival = arrival
            self.serviceStart = serviceStart
            self.departure = departure
        }
    }

    public var vehicle: String
    public var depot: Depot.ID
    public var vehicleType: VehicleType.ID
    /// The temperature class the file claims; `nil` takes the vehicle type's.
    public var refrigerated: Bool?
    /// Departure from the depot and return to it (times of day).
    public var start: Minutes
    public var end: Minutes
    public var visits: [Visit]

    public init(vehicle: String, depot: Depot.ID, vehicleType: VehicleType.ID, refrigerated: Bool? = nil,
                start: Minutes, end: Minutes, visits: [Visit])
    {
        self.vehicle = vehicle
        self.depot = depot
        self.vehicleType = vehicleType
        self.refrigerated = refrigerated
        self.start = start
        self.end = end
        self.visits = visits
    }
}

extension PickupPlan {
    /// A plan from routes written elsewhere, with what the file leaves implicit filled in: names,
    /// loads after each stop, the produce's age on arrival (return time − departure), each stop's
    /// shortest shelf life over the village's products, and each route's distance (fastest roads
    /// between consecutive places) and cost (vehicle fixed, distance, driver and refrigeration
    /// time from departure to return). Nothing is checked here: unknown ids are kept as they are
    /// for ``PickupPlanChecker`` to report.
    public init(schedules: [RouteSchedule], network: CountyNetwork, travel: TravelModel) {
        let villageIndex = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let depotIndex = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, $0) })
        let types = Dictionary(uniqueKeysWithValues: network.vehicleTypes.map { ($0.id, $0) })
        let productIndex = Dictionary(uniqueKeysWithValues: network.products.enumerated().map { ($1.id, $0) })
        var routes: [Route] = []
        var total = CostBreakdown()
        for schedule in schedules {
            let type = types[schedule.vehicleType]
            let refrigerated = type?.refrigerated ?? schedule.refrigerated ?? false
            var load = Kilograms.zero
            let stops = schedule.visits.map { visit -> Stop in
                load += visit.kilograms
                let village = villageIndex[visit.village].map { network.villages[$0] }
                let life = village.map { v in
                    v.supply.filter { $0.value.value > 0 }.compactMap { productIndex[$0.key] }
                        .map { network.products[$0].shelfLife(refrigerated: refrigerated) }.min() ?? .zero
                } ?? .zero
                let serviceStart = visit.serviceStart ?? max(visit.arrival, village?.earliestPickup ?? visit.arrival)
                return Stop(village: visit.village, name: village?.name ?? visit.village.rawValue, kilograms: visit.kilograms,
                            arrival: visit.arrival, serviceStart: serviceStart, departure: visit.departure, load: load,
                            ageOnArrival: schedule.end - visit.departure, shelfLife: life)
            }
            var km = 0.0
            if let j = depotIndex[schedule.depot] {
                let places = [Place.depot(j)] + schedule.visits.compactMap { villageIndex[$0.village].map(Place.village) } + [.depot(j)]
                for (a, b) in zip(places, places.dropFirst()) where a != b { km += travel.leg(from: a, to: b)?.distance.value ?? 0 }
            }
            var cost = CostBreakdown()
            if let type {
                let hours = (schedule.end - schedule.start).value / 60
                cost.vehicleFixed = type.fixedCostPerDay
                cost.distance = type.costPerKm * km
                cost.driverTime = network.driverCostPerHour * hours
                cost.refrigeration = type.refrigerated ? type.refrigerationCostPerHour * hours : .zero
            }
            total.add(cost)
            routes.append(Route(
                vehicle: schedule.vehicle, depot: schedule.depot, vehicleType: schedule.vehicleType,
                refrigerated: schedule.refrigerated ?? refrigerated, start: schedule.start, end: schedule.end,
                distance: Kilometres(km), load: load, stops: stops, cost: cost))
        }
        self.init(routes: routes, unserved: [], cost: total, seconds: 0, seed: 0)
    }
}
