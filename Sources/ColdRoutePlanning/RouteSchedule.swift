import ColdRouteModel
import ColdRouteSiting

/// A vehicle's pickup day as another program (or a dispatcher) wrote it down: the vehicle, its
/// trips, the stops in order with their times, kilograms and (when the file says) the kilograms of
/// each product. ``PickupPlan/init(schedules:network:travel:)`` turns a list of them into a
/// ``PickupPlan`` that ``PickupPlanChecker`` can evaluate.
public struct RouteSchedule: Hashable, Sendable {
    /// Loading at one village.
    public struct Visit: Hashable, Sendable {
        public var village: Village.ID
        public var kilograms: Kilograms
        /// Kilograms per product, when the file gives them (else empty).
        public var products: [PickupPlan.ProductLoad] = []
        /// The trip (1-based) the visit belongs to.
        public var trip: Int = 1
        public var arrival: Minutes
        /// When loading starts; `nil` means as early as allowed: the later of the arrival and the
        /// village's earliest pickup.
        public var serviceStart: Minutes?
        public var departure: Minutes

        public init(village: Village.ID, kilograms: Kilograms, products: [PickupPlan.ProductLoad] = [], trip: Int = 1,
                    arrival: Minutes, serviceStart: Minutes? = nil, departure: Minutes)
        {
            self.village = village
            self.kilograms = kilograms
            self.products = products
            self.trip = trip
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
    /// Departure and return of each trip; empty means one trip from `start` to `end`.
    public var trips: [Trip] = []

    /// One trip's departure from the depot and return to it.
    public struct Trip: Hashable, Sendable {
        public var start: Minutes
        public var end: Minutes
        public init(start: Minutes, end: Minutes) {
            self.start = start
            self.end = end
        }
    }

    public init(vehicle: String, depot: Depot.ID, vehicleType: VehicleType.ID, refrigerated: Bool? = nil,
                start: Minutes, end: Minutes, visits: [Visit], trips: [Trip] = [])
    {
        self.trips = trips
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
    /// loads after each stop (within its trip), the produce's age on arrival (its trip's return −
    /// departure), each stop's shortest shelf life over the products on board (or, when the file
    /// does not say, over the village's products), and each route's distance (fastest roads
    /// between consecutive places, back to the depot after each trip) and cost (vehicle fixed,
    /// distance, driver and refrigeration time from first departure to last return). Nothing is
    /// checked here: unknown ids are kept as they are for ``PickupPlanChecker`` to report.
    public init(schedules: [RouteSchedule], network: CountyNetwork, travel: TravelModel) {
        let villageIndex = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let depotIndex = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, $0) })
        let types = Dictionary(uniqueKeysWithValues: network.vehicleTypes.map { ($0.id, $0) })
        let productIndex = Dictionary(uniqueKeysWithValues: network.products.enumerated().map { ($1.id, $0) })
        var routes: [Route] = []
        var totalCost = CostBreakdown()
        for schedule in schedules {
            let type = types[schedule.vehicleType]
            let refrigerated = type?.refrigerated ?? schedule.refrigerated ?? false
            let tripTimes = schedule.trips.isEmpty ? [RouteSchedule.Trip(start: schedule.start, end: schedule.end)] : schedule.trips
            var total = Kilograms.zero, stops: [Stop] = [], trips: [Trip] = [], km = 0.0
            for (k, times) in tripTimes.enumerated() {
                var load = Kilograms.zero, tripKm = 0.0
                let visits = schedule.visits.filter { $0.trip == k + 1 }
                for visit in visits {
                    load += visit.kilograms
                    let village = villageIndex[visit.village].map { network.villages[$0] }
                    let carried = visit.products.isEmpty
                        ? (village?.supply.filter { $0.value.value > 0 }.compactMap { productIndex[$0.key] } ?? [])
                        : visit.products.filter { $0.kilograms.value > 0 }.compactMap { productIndex[$0.product] }
                    let life = carried.map { network.products[$0].shelfLife(refrigerated: refrigerated) }.min() ?? .zero
                    let serviceStart = visit.serviceStart ?? max(visit.arrival, village?.earliestPickup ?? visit.arrival)
                    stops.append(Stop(village: visit.village, name: village?.name ?? visit.village.rawValue, kilograms: visit.kilograms,
                                      products: visit.products, trip: visit.trip, arrival: visit.arrival, serviceStart: serviceStart,
                                      departure: visit.departure, load: load, ageOnArrival: times.end - visit.departure, shelfLife: life))
                }
                if let j = depotIndex[schedule.depot] {
                    let places = [Place.depot(j)] + visits.compactMap { villageIndex[$0.village].map(Place.village) } + [.depot(j)]
                    for (a, b) in zip(places, places.dropFirst()) where a != b { tripKm += travel.leg(from: a, to: b)?.distance.value ?? 0 }
                }
                km += tripKm
                total += load
                trips.append(Trip(start: times.start, end: times.end, load: load, distance: Kilometres(tripKm)))
            }
            // Visits naming a trip the schedule does not have are kept (at the end) for the checker to report.
            for visit in schedule.visits where visit.trip < 1 || visit.trip > tripTimes.count {
                total += visit.kilograms
                stops.append(Stop(village: visit.village, name: visit.village.rawValue, kilograms: visit.kilograms, products: visit.products,
                                  trip: visit.trip, arrival: visit.arrival, serviceStart: visit.serviceStart ?? visit.arrival,
                                  departure: visit.departure, load: visit.kilograms, ageOnArrival: .zero, shelfLife: .zero))
            }
            var cost = CostBreakdown()
            if let type {
                let hours = (schedule.end - schedule.start).value / 60
                cost.vehicleFixed = type.fixedCostPerDay
                cost.distance = type.costPerKm * km
                cost.driverTime = network.driverCostPerHour * hours
                cost.refrigeration = type.refrigerated ? type.refrigerationCostPerHour * hours : .zero
            }
            totalCost.add(cost)
            routes.append(Route(
                vehicle: schedule.vehicle, depot: schedule.depot, vehicleType: schedule.vehicleType,
                refrigerated: schedule.refrigerated ?? refrigerated, start: schedule.start, end: schedule.end,
                distance: Kilometres(km), load: total, stops: stops, cost: cost, trips: trips))
        }
        self.init(routes: routes, unserved: [], cost: totalCost, seconds: 0, seed: 0)
    }
}
