import ColdRouteModel
import Foundation

extension PickupPlanChecker {
    /// The per-route, per-trip and fleet checks, in the order ``check(_:network:travel:siting:)``
    /// reports them. Stops are numbered over the whole day: 0 is the first departure, 1…n the
    /// village stops in driving order, n + 1 the last return; a violation at a later trip's
    /// departure or an earlier trip's return is reported at that trip's first or last stop.
    static func routeViolations(_ plan: PickupPlan, network: CountyNetwork, travel: TravelModel, rules: Rules)
        -> [PlanViolation]
    {
        var out: [PlanViolation] = []
        let tol = rules.timeTolerance
        let depotIndex = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, $0) })
        let villageIndex = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let typeIndex = Dictionary(uniqueKeysWithValues: network.vehicleTypes.enumerated().map { ($1.id, $0) })
        let productIndex = Dictionary(uniqueKeysWithValues: network.products.enumerated().map { ($1.id, $0) })
        let usedDepots = Set(plan.routes.map(\.depot))
        let agencyLegs = network.depots.indices.map { j -> [Leg?] in
            rules.standalone && usedDepots.contains(network.depots[j].id)
                ? travel.legs(from: .depot(j), to: network.agencies.indices.map { Place.agency($0) }) : []
        }
        var routesOfType = [VehicleType.ID: Int]()

        for (r, route) in plan.routes.enumerated() {
            let last = route.stops.count + 1
            func fail(_ kind: PlanViolation.Kind, stop: Int? = nil, place: String? = nil, _ reason: PlanViolation.Reason) {
                out.append(PlanViolation(kind: kind, vehicle: route.vehicle, route: r, stop: stop, place: place, reason: reason))
            }
            guard let j = depotIndex[route.depot], let t = typeIndex[route.vehicleType] else {
                fail(.unreachable, stop: 0, place: route.depot.rawValue, .unknownDepotOrType)
                continue
            }
            let depot = network.depots[j], type = network.vehicleTypes[t], depotID = depot.id.rawValue
            routesOfType[type.id, default: 0] += 1
            if let home = type.homeDepot, home != depot.id { fail(.homeDepot, stop: 0, place: depotID, .notHomeDepot(type: type.id.rawValue, home: home.rawValue, depot: depotID)) }
            if route.refrigerated != type.refrigerated { fail(.misreported, stop: 0, place: depotID, .temperatureMisreported) }
            let trips = route.tripList
            if let most = type.maxTrips, trips.count > most {
                fail(.trips, stop: last, place: depotID, .tooManyTrips(trips: trips.count, type: type.id.rawValue, most: most))
            }
            if zip(route.stops, route.stops.dropFirst()).contains(where: { $0.trip > $1.trip })
                || route.stops.contains(where: { $0.trip < 1 || $0.trip > trips.count })
            {
                fail(.misreported, stop: 0, place: depotID, .tripOrder(trips: trips.count))
            }
            if let first = trips.first, let final = trips.last,
               abs(first.start.value - route.start.value) > tol || abs(final.end.value - route.end.value) > tol
            {
                fail(.misreported, stop: 0, place: depotID, .dayBoundsMisreported)
            }
            if let first = trips.first, let final = trips.last, (final.end - first.start).value > type.maxShift.value + tol {
                fail(.shift, stop: last, place: depotID,
                     .shiftTooLong(start: first.start, end: final.end, shift: type.maxShift))
            }

            var offset = 0, previousEnd: Minutes?
            for (k, trip) in trips.enumerated() {
                let stops = Array(route.stops(ofTrip: k + 1))
                let label: Int? = trips.count > 1 ? k + 1 : nil
                let startStop = offset == 0 ? 0 : offset + 1, endStop = stops.isEmpty ? startStop : offset + stops.count
                let returnStop = k == trips.count - 1 ? last : endStop
                if let previousEnd {
                    if trip.start.value < (previousEnd + depot.unloadTime).value - tol {
                        fail(.unloading, stop: startStop, place: depotID,
                             .unloading(trip: label, depot: depotID, leaves: trip.start, unload: depot.unloadTime, previousReturn: previousEnd))
                    }
                } else if trip.start.value < depot.receivingOpen.value - tol {
                    fail(.receivingHours, stop: 0, place: depotID,
                         .leavesBeforeOpening(leaves: trip.start, depot: depotID, opens: depot.receivingOpen))
                }
                if trip.end.value > depot.receivingClose.value + tol || trip.end.value < depot.receivingOpen.value - tol {
                    fail(.receivingHours, stop: returnStop, place: depotID,
                         .returnsOutsideHours(trip: label, returns: trip.end, depot: depotID, opens: depot.receivingOpen,
                                             closes: depot.receivingClose))
                }
                var place = Place.depot(j), clock = trip.start, load = 0.0
                for (n, stop) in stops.enumerated() {
                    let s = offset + n + 1, v = stop.village.rawValue
                    guard let i = villageIndex[stop.village] else { fail(.unreachable, stop: s, place: v, .unknownVillage(village: v)); continue }
                    let village = network.villages[i]
                    guard let leg = type.driving(travel.leg(from: place, to: .village(i))) else { fail(.unreachable, stop: s, place: v, .noRoadTo(village: v)); continue }
                    if stop.arrival.value < (clock + leg.time).value - tol {
                        fail(.travelTime, stop: s, place: v, .fasterThanRoads(village: v))
                    }
                    if stop.serviceStart.value < max(stop.arrival, village.earliestPickup).value - tol
                        || stop.serviceStart.value > village.pickupEnd.value + tol
                    {
                        fail(.pickupWindow, stop: s, place: v, .outsideWindow(village: v, loads: stop.serviceStart))
                    }
                    if stop.departure.value < stop.serviceStart.value - tol {
                        fail(.service, stop: s, place: v, .leavesBeforeLoading(village: v))
                    } else if rules.standalone, village.totalSupply.value > 0 {
                        let needed = village.serviceTime.value * min(1, stop.kilograms.value / village.totalSupply.value)
                        if (stop.departure - stop.serviceStart).value < needed - tol {
                            fail(.service, stop: s, place: v, .loadingTooShort(village: v, loading: stop.departure - stop.serviceStart,
                                                  needed: Minutes(needed), kilograms: stop.kilograms))
                        }
                    }
                    if !stop.products.isEmpty {
                        let sum = stop.products.reduce(0.0) { $0 + $1.kilograms.value }
                        if abs(sum - stop.kilograms.value) > 1e-6 * max(1, sum) + rules.kilogramTolerance {
                            fail(.misreported, stop: s, place: v, .productsMisreported(village: v, sum: Kilograms(sum), kilograms: stop.kilograms))
                        }
                    }
                    load += stop.kilograms.value
                    if abs(stop.load.value - load) > 1e-6 * max(1, load) + rules.kilogramTolerance {
                        fail(.misreported, stop: s, place: v, .loadMisreported(village: v))
                    }
                    if load > type.capacity.value * (1 + 1e-6) + rules.kilogramTolerance,
                       load - stop.kilograms.value <= type.capacity.value * (1 + 1e-6) + rules.kilogramTolerance
                    {
                        fail(.capacity, stop: s, place: v, .overCapacity(trip: label, kilograms: stop.kilograms, village: v, load: Kilograms(load),
                                       capacity: type.capacity))
                    }
                    place = .village(i)
                    clock = stop.departure
                }
                if abs(trip.load.value - load) > 1e-6 * max(1, load) + rules.kilogramTolerance {
                    fail(.misreported, stop: returnStop, place: depotID, .returnLoadMisreported(trip: label))
                }
                if let home = type.driving(travel.leg(from: place, to: .depot(j))) {
                    if trip.end.value < (clock + home.time).value - tol { fail(.travelTime, stop: returnStop, place: depotID, .returnsFasterThanRoads(trip: label)) }
                } else {
                    fail(.unreachable, stop: returnStop, place: depotID, .noRoadBack)
                }
                for (n, stop) in stops.enumerated() {
                    shelfLife(stop, number: offset + n + 1, age: trip.end - stop.departure, depot: depot, refrigerated: type.refrigerated)
                }
                if rules.standalone, !stops.isEmpty {
                    let legs = agencyLegs[j]
                    let reachable = network.agencies.indices.contains { a in
                        legs[a].map { (trip.end + $0.time).value <= network.agencies[a].cutoff.value + tol } ?? false
                    }
                    if !reachable {
                        fail(.expressCutoff, stop: returnStop, place: depotID,
                             .noAgencyInTime(trip: label, depot: depotID, arrives: trip.end, networkHasAgencies: !network.agencies.isEmpty))
                    }
                }
                offset += stops.count
                previousEnd = trip.end
            }

            /// Shelf life of each product on board, from the stop's departure to its trip's return.
            func shelfLife(_ stop: PickupPlan.Stop, number s: Int, age: Minutes, depot: Depot, refrigerated: Bool) {
                if abs(age.value - stop.ageOnArrival.value) > max(1e-6, tol) {
                    fail(.misreported, stop: s, place: stop.village.rawValue, .ageMisreported(village: stop.village.rawValue))
                }
                let onBoard: [(product: Int, kg: Double?)] = stop.products.isEmpty
                    ? rules.products(stop.village, depot.id).map { ($0, nil) }
                    : stop.products.filter { $0.kilograms.value > 0 }.map { (productIndex[$0.product] ?? -1, $0.kilograms.value) }
                let spoiling = onBoard.filter { p in
                    network.products.indices.contains(p.product)
                        && age.value > network.products[p.product].shelfLife(refrigerated: refrigerated).value + tol
                }
                var keeps: (loaded: Kilograms, keeping: Kilograms)?
                if stop.products.isEmpty, rules.standalone, !spoiling.isEmpty, let i = villageIndex[stop.village] {
                    // The file does not say which products are on board: the stop passes when what it
                    // loads can be made up of the village's products that keep this long.
                    let keeping = onBoard.filter { p in !spoiling.contains { $0.product == p.product } }
                        .reduce(0.0) { $0 + (network.villages[i].supply[network.products[$1.product].id]?.value ?? 0) }
                    if stop.kilograms.value <= keeping * (1 + 1e-6) + rules.kilogramTolerance { return }
                    if keeping > 0 { keeps = (stop.kilograms, Kilograms(keeping)) }
                }
                for p in spoiling {
                    let product = network.products[p.product], life = product.shelfLife(refrigerated: refrigerated)
                    fail(.shelfLife, stop: s, place: stop.village.rawValue,
                         .shelfLife(kilograms: p.kg.map { Kilograms($0) }, product: product.id.rawValue, village: stop.village.rawValue,
                                    stop: s, age: age, shelfLife: life, loaded: keeps?.loaded, keeping: keeps?.keeping))
                }
            }
        }
        for type in network.vehicleTypes where routesOfType[type.id, default: 0] > type.count {
            out.append(PlanViolation(kind: .fleetSize, reason: .fleetSize(type: type.id.rawValue, routes: routesOfType[type.id]!, vehicles: type.count)))
        }
        return out
    }
}
