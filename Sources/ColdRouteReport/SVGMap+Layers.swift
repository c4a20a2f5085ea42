import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Foundation

extension SVGMap {
    /// Roads in grey (closed ones dashed red); roads the scenario changes get a yellow underlay.
    static func roadsLayer(network: CountyNetwork, changes: Changes, point: (String) -> (Double, Double)?, words: ReportWords) -> String {
        var svg = "<g class=\"roads\" stroke-linecap=\"round\">\n"
        for road in network.roads {
            guard let a = point(road.from), let b = point(road.to) else { continue }
            let line = "x1=\"\(f(a.0))\" y1=\"\(f(a.1))\" x2=\"\(f(b.0))\" y2=\"\(f(b.1))\""
            let changed = changes.roads.contains(Changes.key(road))
            if changed { svg += "<line class=\"changed\" \(line) stroke=\"\(Palette.change)\" stroke-width=\"6\" opacity=\"0.8\"/>" }
            let style = road.closed
                ? "stroke=\"\(Palette.closedRoad)\" stroke-width=\"1.4\" stroke-dasharray=\"4 3\""
                : "stroke=\"\(Palette.road)\" stroke-width=\"1.4\""
            let name = road.name.isEmpty ? "\(road.from)–\(road.to)" : road.name
            let note = (road.closed ? " (\(words.closedRoad))" : "") + (changed ? " — \(words.changedVersusStatusQuo)" : "")
            svg += "<line \(line) \(style)><title>\(escape(name))\(escape(note))</title></line>\n"
        }
        return svg + "</g>\n"
    }

    /// Each route's trips along the roads: depot → stops → depot through the fastest paths.
    static func routesLayer(network: CountyNetwork, travel: TravelModel, siting: SitingPlan, pickup: PickupPlan?,
                            projection: Projection, words: ReportWords) -> String {
        let colours = Dictionary(uniqueKeysWithValues: routeColours(siting: siting, pickup: pickup).map { ($0.depot, $0.colour) })
        var svg = "<g class=\"routes\" fill=\"none\" stroke-width=\"1.8\" stroke-linejoin=\"round\" stroke-linecap=\"round\" opacity=\"0.85\">\n"
        for route in pickup?.routes ?? [] {
            guard let depot = network.place(id: route.depot.rawValue) else { continue }
            var places: [Place] = []
            for trip in 1...max(1, route.tripList.count) {
                let stops = route.stops(ofTrip: trip).compactMap { network.place(id: $0.village.rawValue) }
                if places.isEmpty { places.append(depot) }
                places += stops + [depot]
            }
            let points = travel.path(through: places).map { c -> String in
                let p = projection.point(c)
                return "\(f(p.0)),\(f(p.1))"
            }
            let colour = colours[route.depot] ?? Palette.routes[0]
            let dash = route.refrigerated ? "" : " stroke-dasharray=\"5 2\""
            let title = words.routeTitle(vehicle: route.vehicle, stops: route.stops.count, km: route.distance.value, kg: route.load.value,
                                         trips: route.tripList.count)
            svg += "<polyline points=\"\(points.joined(separator: " "))\" stroke=\"\(colour)\" data-colour=\"\(colour)\"\(dash)><title>\(escape(title))</title></polyline>\n"
        }
        return svg + "</g>\n"
    }

    /// A ring around each village with low-income households, its area proportional to their number.
    static func lowIncomeLayer(network: CountyNetwork, projection: Projection, words: ReportWords) -> String {
        let most = Double(network.villages.map(\.lowIncomeHouseholds).max() ?? 0)
        guard most > 0 else { return "" }
        var svg = "<g class=\"low-income\" fill=\"\(Palette.lowIncome)\" fill-opacity=\"0.13\" stroke=\"\(Palette.lowIncome)\" stroke-width=\"1\" stroke-opacity=\"0.7\">\n"
        for v in network.villages where v.lowIncomeHouseholds > 0 {
            let (x, y) = projection.point(v.location)
            let r = villageRadius(v) + 2 + 9 * (Double(v.lowIncomeHouseholds) / most).squareRoot()
            svg += "<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"\(f(r))\"><title>\(escape(v.name)): \(escape(words.lowIncomeHouseholds(v.lowIncomeHouseholds)))</title></circle>\n"
        }
        return svg + "</g>\n"
    }

    /// Villages coloured by the headline coverage (``PlanCoverage``): collected by a route within
    /// shelf life when routes were planned, else assigned by the siting.
    static func villagesLayer(network: CountyNetwork, siting: SitingPlan, pickup: PickupPlan?, projection: Projection,
                              words: ReportWords) -> String {
        var uncoveredKg = [Village.ID: Double]()
        for u in siting.uncovered { uncoveredKg[u.village, default: 0] += u.kilograms.value }
        var collectedKg = [Village.ID: Double]()
        for route in pickup?.routes ?? [] {
            for stop in route.stops where stop.ageOnArrival.value <= stop.shelfLife.value + 1e-6 {
                collectedKg[stop.village, default: 0] += stop.kilograms.value
            }
        }
        let planned = siting.objective != nil
        var svg = "<g class=\"villages\" stroke=\"#ffffff\" stroke-width=\"0.8\">\n"
        for v in network.villages {
            let (x, y) = projection.point(v.location)
            let total = v.totalSupply.value
            let assigned = max(0, total - (uncoveredKg[v.id] ?? 0))
            let got = pickup == nil ? assigned : min(total, collectedKg[v.id] ?? 0)
            let colour: String, state: ReportWords.VillageState
            if total <= 0 { colour = Palette.noSupply; state = .noSupply }
            else if !planned || got <= 1e-6 { colour = Palette.uncovered; state = .none }
            else if got < total * (1 - 1e-6) - 0.01 { colour = Palette.partly; state = .partly }
            else { colour = Palette.covered; state = .all }
            let title = words.villageTitle(id: v.id.rawValue, name: v.name, state: state, routed: pickup != nil && planned,
                                           got: got, assigned: assigned, total: total, lowIncome: v.lowIncomeHouseholds, byRoute: pickup != nil)
            svg += "<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"\(f(villageRadius(v)))\" fill=\"\(colour)\"><title>\(escape(title))</title></circle>\n"
        }
        return svg + "</g>\n"
    }

    /// Lon/lat (or planar km) to SVG user units, fitted into the box with a margin.
    struct Projection {
        let scale: Double, x0: Double, y1: Double, offsetX: Double, offsetY: Double, xFactor: Double
        let kmPerUnit: Double?

        init(network: CountyNetwork, width: Double, height: Double, margin: Double) {
            let places = network.allPlaces.map { network.location(of: $0) }
            let xs = places.map(\.x), ys = places.map(\.y)
            let minX = xs.min() ?? 0, maxX = xs.max() ?? 1, minY = ys.min() ?? 0, maxY = ys.max() ?? 1
            let lonLat = network.coordinateSystem == .lonLat
            xFactor = lonLat ? cos((minY + maxY) / 2 * .pi / 180) : 1
            let spanX = max(1e-9, (maxX - minX) * xFactor), spanY = max(1e-9, maxY - minY)
            scale = min((width - 2 * margin) / spanX, (height - 2 * margin) / spanY)
            x0 = minX
            y1 = maxY
            offsetX = (width - spanX * scale) / 2
            offsetY = (height - spanY * scale) / 2
            kmPerUnit = lonLat ? 111.32 / scale : 1 / scale
        }

        func point(_ c: Coordinate) -> (Double, Double) {
            (offsetX + (c.x - x0) * xFactor * scale, offsetY + (y1 - c.y) * scale)
        }

        /// A 10 km (or suitable) scale bar in the lower left corner.
        func scaleBar(height: Double) -> String {
            guard let kmPerUnit else { return "" }
            let km = [1.0, 2, 5, 10, 20, 50, 100].last { $0 / kmPerUnit <= 120 } ?? 1
            let length = km / kmPerUnit
            let y = height - 10
            return "<g class=\"scale\" font-family=\"sans-serif\" font-size=\"10\" fill=\"#444\"><line x1=\"10\" y1=\"\(f(y))\" x2=\"\(f(10 + length))\" y2=\"\(f(y))\" stroke=\"#444\" stroke-width=\"2\"/><text x=\"\(f(14 + length))\" y=\"\(f(y + 3))\">\(Int(km)) km</text></g>\n"
        }
    }
}
