import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting

/// Writes `routes.geojson`: an RFC 7946 FeatureCollection that QGIS and web maps open directly.
///
/// - a Point per village (`kind` "village"): `id`, `name`, `covered` (all its supply collected by
///   a route — or, without routes, covered by the siting plan), `supply_kg`, `collected_kg`,
///   `low_income_households`, and `uncovered_reason` when not covered;
/// - a Point per depot (`kind` "depot"): `status` existing/candidate, `open`, `load_kg` (the siting
///   plan's), `capacity_kg`, `receiving_open`/`receiving_close`;
/// - a Point per agency (`kind` "agency"): `cutoff` (HH:MM);
/// - a LineString per trip (`kind` "route"; a vehicle driving two trips a day has two), depot →
///   stops → depot along the roads when the network has roads (``TravelModel/path(through:)``:
///   the junctions of each leg's fastest path, the path whose time and distance the plan uses),
///   else as straight segments between the places: `vehicle`, `trip` (1, 2, …) and `trips` (the vehicle's trips that day),
///   `depot`, `vehicle_type`, `refrigerated`, `distance_km` (the trip's, by road), `load_kg` (the
///   trip's), `products_kg` (kg per product id on the trip), `stops` (count), `start`/`end`
///   (HH:MM, the trip's departure and return) and `path` (`D1 → V3 → V5 → D1`).
///
/// The collection carries `"interrupted": true` when a stop request cut the run short.
/// Coordinates are `[lon, lat]` in degrees (WGS 84), rounded to 6 decimals. Only for `lonlat`
/// networks: planar x/y kilometres are not GeoJSON coordinates.
enum RoutesGeoJSONWriter {
    static func geoJSON(network: CountyNetwork, travel: TravelModel, siting: SitingPlan, pickup: PickupPlan?) -> String {
        precondition(network.coordinateSystem == .lonLat, "GeoJSON needs lon/lat coordinates")
        var features: [JSONText] = []
        func point(_ c: Coordinate) -> JSONText { .object([("type", .string("Point")), ("coordinates", position(c))]) }
        func feature(_ geometry: JSONText, _ properties: [(String, JSONText)]) -> JSONText {
            .object([("type", .string("Feature")), ("geometry", geometry), ("properties", .object(properties))])
        }

        var collected = [Village.ID: Double]()
        for route in pickup?.routes ?? [] { for stop in route.stops { collected[stop.village, default: 0] += stop.kilograms.value } }
        let reasons = ExchangeReasons(siting: siting, pickup: pickup)
        for village in network.villages {
            let supply = village.totalSupply.value
            let got = pickup == nil ? supply - reasons.kilograms(village.id) : collected[village.id, default: 0]
            let covered = supply > 0 && got >= supply * (1 - 1e-6) - 0.01
            var properties: [(String, JSONText)] = [
                ("kind", .string("village")), ("id", .string(village.id.rawValue)), ("name", .string(village.name)),
                ("covered", .bool(covered)), ("supply_kg", JSONText.rounded(supply, 3)),
                ("collected_kg", JSONText.rounded(max(0, got), 3)),
                ("low_income_households", .integer(village.lowIncomeHouseholds)),
            ]
            if !covered {
                let why = supply <= 0 ? "supplies nothing" : reasons.text(village.id) ?? "not collected by any route"
                properties.append(("uncovered_reason", .string(why)))
            }
            features.append(feature(point(village.location), properties))
        }
        let open = Dictionary(uniqueKeysWithValues: siting.openDepots.map { ($0.id, $0) })
        for depot in network.depots {
            features.append(feature(point(depot.location), [
                ("kind", .string("depot")), ("id", .string(depot.id.rawValue)), ("name", .string(depot.name)),
                ("status", .string(depot.status.rawValue)), ("open", .bool(open[depot.id] != nil)),
                ("load_kg", JSONText.rounded(open[depot.id]?.load.value ?? 0, 3)),
                ("capacity_kg", JSONText.rounded(depot.capacityPerDay.value, 3)),
                ("receiving_open", .string(depot.receivingOpen.clockString)),
                ("receiving_close", .string(depot.receivingClose.clockString)),
            ]))
        }
        for agency in network.agencies {
            features.append(feature(point(agency.location), [
                ("kind", .string("agency")), ("id", .string(agency.id.rawValue)), ("name", .string(agency.name)),
                ("cutoff", .string(agency.cutoff.clockString)),
            ]))
        }
        let villageAt = Dictionary(network.villages.enumerated().map { ($1.id, Place.village($0)) }, uniquingKeysWith: { a, _ in a })
        let depotAt = Dictionary(network.depots.enumerated().map { ($1.id, Place.depot($0)) }, uniquingKeysWith: { a, _ in a })
        for route in pickup?.routes ?? [] {
            guard let home = depotAt[route.depot] else { continue }
            let trips = route.tripList
            for (k, trip) in trips.enumerated() {
                let stops = Array(route.stops(ofTrip: k + 1))
                let line = travel.path(through: [home] + stops.compactMap { villageAt[$0.village] } + [home])
                let path = ([route.depot.rawValue] + stops.map(\.village.rawValue) + [route.depot.rawValue]).joined(separator: " → ")
                var products: [(Product.ID, Double)] = []
                for load in stops.flatMap(\.products) {
                    if let n = products.firstIndex(where: { $0.0 == load.product }) { products[n].1 += load.kilograms.value } else {
                        products.append((load.product, load.kilograms.value))
                    }
                }
                let order = Dictionary(uniqueKeysWithValues: network.products.enumerated().map { ($1.id, $0) })
                products.sort { (order[$0.0] ?? .max) < (order[$1.0] ?? .max) }
                features.append(feature(.object([("type", .string("LineString")), ("coordinates", .array(line.map(position)))]), [
                    ("kind", .string("route")), ("vehicle", .string(route.vehicle)), ("trip", .integer(k + 1)),
                    ("trips", .integer(trips.count)), ("depot", .string(route.depot.rawValue)),
                    ("vehicle_type", .string(route.vehicleType.rawValue)), ("refrigerated", .bool(route.refrigerated)),
                    ("distance_km", JSONText.rounded(trip.distance.value, 3)), ("load_kg", JSONText.rounded(trip.load.value, 3)),
                    ("products_kg", .object(products.map { ($0.0.rawValue, JSONText.rounded($0.1, 3)) })),
                    ("stops", .integer(stops.count)), ("start", .string(trip.start.clockString)),
                    ("end", .string(trip.end.clockString)), ("path", .string(path)),
                ]))
            }
        }
        var collection: [(String, JSONText)] = [
            ("type", .string("FeatureCollection")),
            ("name", .string(network.name)),
        ]
        // A foreign member (RFC 7946 §6.1), only when a stop request cut the run short.
        if siting.interrupted || pickup?.interrupted == true { collection.append(("interrupted", .bool(true))) }
        collection.append(("features", .array(features)))
        return JSONText.object(collection).rendered() + "\n"
    }

    /// `[lon, lat]`, rounded to 6 decimals.
    static func position(_ c: Coordinate) -> JSONText { .array([JSONText.rounded(c.x, 6), JSONText.rounded(c.y, 6)]) }
}
