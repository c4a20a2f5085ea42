import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting

/// Writes the pickup plan as a VROOM solution (`routes-vroom.json`), the format existing dispatch
/// tooling reads (VROOM `docs/API.md`, "Output").
///
/// VROOM's units: times and durations in whole **seconds**, with `arrival` = seconds since
/// midnight of the planning day; distances in whole **metres**; amounts are integer arrays, here
/// `[kg]` rounded to the kilogram; `cost` in whole yuan (the plan's routing cost). Each route is a
/// pickup tour: steps `start` (the depot), `job` (a village stop) and `end` (back at the depot);
/// a step's `load` is the load after it, `duration` the travel time so far and `distance` the
/// metres driven so far; a job's `waiting_time` is the wait before loading starts and `service`
/// its loading time, so `arrival + waiting_time + service` is its departure.
///
/// **Trips.** A route is one vehicle's day. When it drives several trips, the return that ends
/// each trip but the last is a `break` step at the depot (VROOM's step type for a stop that is
/// no job): `arrival` is the return, `service` the depot's unloading time, `waiting_time` any
/// wait before the next trip leaves (so `arrival + waiting_time + service` is the next trip's
/// departure), `load` `[0]` after unloading, and `kilograms` what the trip brought back. Every
/// step carries `trip` (1, 2, …); `load` counts within a trip.
///
/// Ids: route `vehicle` is the route's 1-based number; a job's `id` is its village's 1-based
/// index in the network's `villages` (the second and later loads at the same village, when its
/// supply is split, get ids after the last village's), and its `description` is the village id.
/// Extra fields VROOM does not write: route `depot`, `vehicle_type`, `refrigerated` and
/// `description` (the vehicle name), step `kilograms` (exact), `products` (kg per product id),
/// `trip` and `name`, and for each
/// `unassigned` entry `kilograms` and `reason` (why its supply is not collected; one entry per
/// village with uncollected supply, `id` its village index), and a top-level `"interrupted": true`
/// when a stop request cut the run short. `summary.computing_times` (milliseconds in VROOM) are
/// all 0, so the file is the same on every run of the same plan.
///
/// `location_index` (steps and unassigned jobs): when the plan's legs came from an imported travel
/// matrix (`plan --matrix`), the place's row in that matrix, as VROOM gives it for a problem
/// stated by matrix indices; absent otherwise (there is no matrix to index). `geometry` (routes):
/// the day's path along the roads, every trip, as an encoded polyline (``EncodedPolyline``, what
/// `vroom -g` writes), when the network has roads and lon/lat coordinates; absent for a network
/// without roads (straight lines are no road geometry) or with planar x/y coordinates.
enum VroomSolutionWriter {
    static func json(network: CountyNetwork, travel: TravelModel, siting: SitingPlan, pickup: PickupPlan?) -> String {
        let villageIndex = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let depotIndex = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, $0) })
        func seconds(_ m: Minutes) -> Int { Int((m.value * 60).rounded()) }
        func location(_ c: Coordinate) -> JSONText { RoutesGeoJSONWriter.position(c) }
        // `location_index`: the place's row in the imported travel matrix, when the plan's legs came from one.
        let matrixRow = travel.imported.map { Dictionary($0.ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a }) }
        func located(_ id: String, _ c: Coordinate) -> [(String, JSONText)] {
            [("location", location(c))] + (matrixRow?[id].map { [("location_index", JSONText.integer($0))] } ?? [])
        }
        // `geometry`: the day's path along the roads, when the network has roads and lon/lat coordinates.
        let drawsRoads = travel.usesRoads && network.coordinateSystem == .lonLat

        var routes: [JSONText] = []
        var usedIDs = Set<Int>(), nextSpareID = network.villages.count + 1
        var total = (cost: 0, pickup: 0, service: 0, duration: 0, waiting: 0, distance: 0)
        var totalViolations = Violations()
        let capacity = Dictionary(network.vehicleTypes.map { ($0.id, $0.capacity) }, uniquingKeysWith: { a, _ in a })
        for (r, route) in (pickup?.routes ?? []).enumerated() {
            guard let j = depotIndex[route.depot] else { continue }
            let depot = network.depots[j]
            var steps: [JSONText] = [.object([("type", .string("start"))] + located(depot.id.rawValue, depot.location) + [
                ("description", .string(depot.id.rawValue)),
                ("trip", .integer(1)), ("setup", .integer(0)), ("service", .integer(0)), ("waiting_time", .integer(0)),
                ("load", .array([.integer(0)])), ("arrival", .integer(seconds(route.start))),
                ("duration", .integer(0)), ("distance", .integer(0)), ("violations", .array([])),
            ])]
            var routeViolations = Violations()
            var dayPlaces = [Place.depot(j)]
            var place = Place.depot(j), clock = route.start, travelled = 0, metres = 0.0, service = 0, waiting = 0
            for (k, trip) in route.tripList.enumerated() {
                if k > 0 {
                    // The return that ends trip k: unload, then leave on trip k + 1 at `trip.start`.
                    let previous = route.tripList[k - 1]
                    metres += (travel.leg(from: place, to: .depot(j))?.distance.value ?? 0) * 1000
                    travelled += seconds(previous.end) - seconds(clock)
                    let gap = max(0, seconds(trip.start) - seconds(previous.end))
                    let unload = min(gap, seconds(depot.unloadTime)), wait = gap - unload
                    service += unload
                    waiting += wait
                    steps.append(.object([("type", .string("break")), ("id", .integer(k))] + located(depot.id.rawValue, depot.location) + [
                        ("description", .string("return to \(depot.id.rawValue), unload")), ("trip", .integer(k)),
                        ("setup", .integer(0)), ("service", .integer(unload)), ("waiting_time", .integer(wait)),
                        ("load", .array([.integer(0)])), ("kilograms", JSONText.rounded(previous.load.value, 6)),
                        ("arrival", .integer(seconds(previous.end))), ("duration", .integer(travelled)),
                        ("distance", .integer(Int(metres.rounded()))), ("violations", .array([])),
                    ]))
                    place = .depot(j)
                    dayPlaces.append(place)
                    clock = trip.start
                }
                for stop in route.stops(ofTrip: k + 1) {
                    guard let i = villageIndex[stop.village] else { continue }
                    metres += (travel.leg(from: place, to: .village(i))?.distance.value ?? 0) * 1000
                    travelled += seconds(stop.arrival) - seconds(clock)
                    var id = i + 1
                    if !usedIDs.insert(id).inserted {
                        id = nextSpareID
                        nextSpareID += 1
                    }
                    let wait = seconds(stop.serviceStart) - seconds(stop.arrival), load = seconds(stop.departure) - seconds(stop.serviceStart)
                    service += load
                    waiting += wait
                    let village = network.villages[i]
                    let stepViolations = Violations.of(
                        serviceStart: seconds(stop.serviceStart), window: (seconds(village.earliestPickup), seconds(village.pickupEnd)),
                        load: stop.load, capacity: capacity[route.vehicleType])
                    routeViolations.add(stepViolations)
                    steps.append(.object([("type", .string("job"))] + located(stop.village.rawValue, village.location) + [
                        ("id", .integer(id)),
                        ("description", .string(stop.village.rawValue)), ("name", .string(stop.name)), ("trip", .integer(k + 1)),
                        ("setup", .integer(0)), ("service", .integer(load)), ("waiting_time", .integer(wait)),
                        ("load", .array([.integer(Int(stop.load.value.rounded()))])),
                        ("kilograms", JSONText.rounded(stop.kilograms.value, 6)),
                        ("products", .object(stop.products.map { ($0.product.rawValue, JSONText.rounded($0.kilograms.value, 6)) })),
                        ("arrival", .integer(seconds(stop.arrival))), ("duration", .integer(travelled)),
                        ("distance", .integer(Int(metres.rounded()))), ("violations", stepViolations.json),
                    ]))
                    place = .village(i)
                    dayPlaces.append(place)
                    clock = stop.departure
                }
            }
            metres += (travel.leg(from: place, to: .depot(j))?.distance.value ?? 0) * 1000
            travelled += seconds(route.end) - seconds(clock)
            dayPlaces.append(.depot(j))
            let kg = Int(route.load.value.rounded()), cost = Int(route.cost.total.value.rounded())
            let lastLoad = Int((route.tripList.last?.load.value ?? 0).rounded())
            steps.append(.object([("type", .string("end"))] + located(depot.id.rawValue, depot.location) + [
                ("description", .string(depot.id.rawValue)),
                ("trip", .integer(route.tripList.count)), ("setup", .integer(0)), ("service", .integer(0)), ("waiting_time", .integer(0)),
                ("load", .array([.integer(lastLoad)])), ("arrival", .integer(seconds(route.end))),
                ("duration", .integer(travelled)), ("distance", .integer(Int(metres.rounded()))), ("violations", .array([])),
            ]))
            routes.append(.object([
                ("vehicle", .integer(r + 1)), ("description", .string(route.vehicle)),
                ("depot", .string(route.depot.rawValue)), ("vehicle_type", .string(route.vehicleType.rawValue)),
                ("refrigerated", .bool(route.refrigerated)), ("cost", .integer(cost)),
                ("delivery", .array([.integer(0)])), ("pickup", .array([.integer(kg)])),
                ("setup", .integer(0)), ("service", .integer(service)), ("duration", .integer(travelled)),
                ("waiting_time", .integer(waiting)), ("priority", .integer(0)), ("distance", .integer(Int(metres.rounded()))),
                ("violations", routeViolations.json), ("steps", .array(steps)),
            ] + (drawsRoads ? [("geometry", .string(EncodedPolyline.encode(travel.path(through: dayPlaces))))] : [])))
            total.cost += cost
            total.pickup += kg
            total.service += service
            total.duration += travelled
            total.waiting += waiting
            total.distance += Int(metres.rounded())
            totalViolations.add(routeViolations)
        }

        let reasons = ExchangeReasons(siting: siting, pickup: pickup)
        let unassigned: [JSONText] = reasons.villages.compactMap { id in
            guard let i = villageIndex[id] else { return nil }
            // Disjoint from the routes: a village partly collected keeps its index for its job
            // step(s), and its uncollected rest gets the next spare id.
            var entryID = i + 1
            if usedIDs.contains(entryID) {
                entryID = nextSpareID
                nextSpareID += 1
            }
            return .object([("id", .integer(entryID))] + located(id.rawValue, network.villages[i].location) + [("type", .string("job")),
                ("description", .string(id.rawValue)), ("kilograms", JSONText.rounded(reasons.kilograms(id), 6)),
                ("reason", .string(reasons.text(id) ?? "")),
            ])
        }
        let summary: JSONText = .object([
            ("cost", .integer(total.cost)), ("routes", .integer(routes.count)), ("unassigned", .integer(unassigned.count)),
            ("delivery", .array([.integer(0)])), ("pickup", .array([.integer(total.pickup)])),
            ("setup", .integer(0)), ("service", .integer(total.service)), ("duration", .integer(total.duration)),
            ("waiting_time", .integer(total.waiting)), ("priority", .integer(0)), ("violations", totalViolations.json),
            ("distance", .integer(total.distance)),
            ("computing_times", .object([
                ("loading", .integer(0)), ("solving", .integer(0)), ("routing", .integer(0)),
            ])),
        ])
        var document: [(String, JSONText)] = [
            ("code", .integer(0)), ("summary", summary), ("unassigned", .array(unassigned)), ("routes", .array(routes)),
        ]
        if siting.interrupted || pickup?.interrupted == true { document.append(("interrupted", .bool(true))) }
        return JSONText.object(document).rendered() + "\n"
    }
}
