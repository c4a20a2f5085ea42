import ColdRouteModel
import ColdRoutePlanning
import Foundation

/// One vehicle's day as its driver follows it: per trip, the depot departure, each stop with the
/// village's pickup window and the products to load, the return to the depot, the end of
/// unloading, and the latest return the shelf life of the produce on board allows.
///
/// Built from a checked ``PickupPlan`` and its network, nothing re-planned. Shelf life runs from
/// leaving a village to reaching the depot (as ``PickupPlan/Stop/ageOnArrival``), so a stop's
/// produce must be back by `departure + min(shelf life of its products on this vehicle's class)`;
/// a trip's latest return is the earliest of its stops' (what is on board when it heads back).
/// Every return the plan schedules is no later than that, since the plan passed the shelf-life
/// check.
public struct DriverSheet: Hashable, Sendable {
    /// One product loaded at a stop.
    public struct Load: Hashable, Sendable {
        public var product: Product.ID
        public var name: String
        public var kilograms: Kilograms
        /// The product's shelf life on this vehicle's class.
        public var shelfLife: Minutes
    }

    /// One village visit.
    public struct Stop: Hashable, Sendable {
        public var village: Village.ID
        public var name: String
        /// `part`/`parts` when the village's load is split over several visits; 1/1 otherwise.
        public var part: Int, parts: Int
        public var arrival: Minutes
        public var departure: Minutes
        /// The village's pickup window (loading may start in it) and when its produce is ready.
        public var windowStart: Minutes, windowEnd: Minutes, readyTime: Minutes
        public var loads: [Load]
        public var kilograms: Kilograms
        /// Load on board after this stop.
        public var loadAfter: Kilograms
        /// The latest arrival at the depot for this stop's produce: departure + shortest shelf life.
        public var returnBy: Minutes
    }

    /// One trip from the depot and back.
    public struct Trip: Hashable, Sendable {
        public var number: Int
        public var departure: Minutes
        /// Arrival back at the depot, and the end of unloading there.
        public var returnTime: Minutes, unloadedBy: Minutes
        /// The earliest ``Stop/returnBy`` of the trip's stops; `nil` for a trip with no produce.
        public var latestReturn: Minutes?
        public var kilograms: Kilograms
        public var distance: Kilometres
        public var stops: [Stop]
    }

    public var vehicle: String
    public var depot: Depot.ID
    public var depotName: String
    public var vehicleType: VehicleType.ID
    public var vehicleTypeName: String
    public var refrigerated: Bool
    public var trips: [Trip]

    /// One sheet per route of `pickup`, in the plan's order.
    public static func sheets(network: CountyNetwork, pickup: PickupPlan) -> [DriverSheet] {
        let depots = Dictionary(network.depots.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let villages = Dictionary(network.villages.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let products = Dictionary(network.products.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let types = Dictionary(network.vehicleTypes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return pickup.routes.map { route in
            let depot = depots[route.depot]
            let unload = depot?.unloadTime ?? .zero
            let trips = route.tripList.enumerated().map { k, trip -> Trip in
                let stops = route.stops(ofTrip: k + 1).map { s -> Stop in
                    let village = villages[s.village]
                    let loads = s.products.map { p in
                        Load(product: p.product, name: products[p.product]?.name ?? p.product.rawValue, kilograms: p.kilograms,
                             shelfLife: products[p.product]?.shelfLife(refrigerated: route.refrigerated) ?? s.shelfLife)
                    }
                    let shelfLife = loads.map(\.shelfLife).min() ?? s.shelfLife
                    return Stop(village: s.village, name: s.name, part: s.part, parts: s.parts, arrival: s.arrival,
                                departure: s.departure, windowStart: village?.pickupStart ?? s.arrival,
                                windowEnd: village?.pickupEnd ?? s.arrival, readyTime: village?.readyTime ?? s.arrival,
                                loads: loads, kilograms: s.kilograms, loadAfter: s.load, returnBy: s.departure + shelfLife)
                }
                let withProduce = stops.filter { $0.kilograms.value > 0 }
                return Trip(number: k + 1, departure: trip.start, returnTime: trip.end, unloadedBy: trip.end + unload,
                            latestReturn: withProduce.map(\.returnBy).min(), kilograms: trip.load, distance: trip.distance,
                            stops: stops)
            }
            return DriverSheet(vehicle: route.vehicle, depot: route.depot, depotName: depot?.name ?? route.depot.rawValue,
                               vehicleType: route.vehicleType, vehicleTypeName: types[route.vehicleType]?.name ?? route.vehicleType.rawValue,
                               refrigerated: route.refrigerated, trips: trips)
        }
    }

    /// A time as `HH:MM`, rounded down: a deadline shown never lies after the real one.
    static func deadline(_ t: Minutes) -> String { Minutes(t.value.rounded(.down)).clockString }
}
