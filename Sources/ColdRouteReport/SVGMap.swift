import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Foundation

/// Draws a scenario as an inline SVG map: roads, pickup routes, villages coloured by headline
/// coverage (collected by a route within shelf life; assigned when no routes were planned),
/// depots (open existing, newly opened, closed) and express agencies.
///
/// Lon/lat networks are drawn in an equirectangular projection with longitudes scaled by the
/// cosine of the mean latitude, so distances look right at county scale; planar networks as they
/// are. Routes are drawn as straight lines between stops (the order a vehicle visits them), not
/// along the roads.
public enum SVGMap {
    /// The colours used, shared with the HTML legend.
    public enum Palette {
        public static let covered = "#2e9d4e"
        public static let partly = "#e9a227"
        public static let uncovered = "#d23c3c"
        public static let noSupply = "#9aa0a6"
        public static let existing = "#1f4e9c"
        public static let newDepot = "#17a589"
        public static let closed = "#ffffff"
        public static let agency = "#7d3c98"
        public static let road = "#c9ccd1"
        public static let closedRoad = "#e08080"
        /// Route colours by depot; no greens, oranges or reds, which mark village coverage.
        public static let routes = ["#1f77b4", "#8e44ad", "#8c564b", "#17a2b8", "#d35da8", "#34495e", "#7f8c8d", "#5d6d7e", "#a569bd"]
    }

    /// The SVG element (no XML prolog), `width` × `height` user units, scaled by CSS.
    public static func render(network: CountyNetwork, siting: SitingPlan, pickup: PickupPlan?, width: Double = 640, height: Double = 440,
                              label: String = "") -> String {
        let projection = Projection(network: network, width: width, height: height, margin: 18)
        var svg = "<svg class=\"map\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(escape(label.isEmpty ? "map" : label))\">\n"
        svg += "<rect width=\"100%\" height=\"100%\" fill=\"#fbfbf8\"/>\n"
        func point(_ id: String) -> (Double, Double)? {
            network.place(id: id).map { projection.point(network.location(of: $0)) }
        }
        // Roads.
        svg += "<g class=\"roads\" stroke-linecap=\"round\">\n"
        for road in network.roads {
            guard let a = point(road.from), let b = point(road.to) else { continue }
            let style = road.closed
                ? "stroke=\"\(Palette.closedRoad)\" stroke-width=\"1.4\" stroke-dasharray=\"4 3\""
                : "stroke=\"\(Palette.road)\" stroke-width=\"1.4\""
            svg += "<line x1=\"\(f(a.0))\" y1=\"\(f(a.1))\" x2=\"\(f(b.0))\" y2=\"\(f(b.1))\" \(style)><title>\(escape(road.name.isEmpty ? "\(road.from)–\(road.to)" : road.name))\(road.closed ? " (closed)" : "")</title></line>\n"
        }
        svg += "</g>\n"
        // Routes.
        let depotOrder = siting.openDepots.map(\.id)
        svg += "<g class=\"routes\" fill=\"none\" stroke-width=\"1.8\" stroke-linejoin=\"round\" opacity=\"0.85\">\n"
        for route in pickup?.routes ?? [] {
            guard let depot = point(route.depot.rawValue) else { continue }
            let stops = route.stops.compactMap { point($0.village.rawValue) }
            let points = ([depot] + stops + [depot]).map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
            let colour = Palette.routes[(depotOrder.firstIndex(of: route.depot) ?? 0) % Palette.routes.count]
            let dash = route.refrigerated ? "" : " stroke-dasharray=\"5 2\""
            svg += "<polyline points=\"\(points)\" stroke=\"\(colour)\"\(dash)><title>\(escape(route.vehicle)): \(route.stops.count) stops, \(f(route.distance.value)) km, \(Int(route.load.value.rounded())) kg</title></polyline>\n"
        }
        svg += "</g>\n"
        // Villages, coloured by the headline coverage (``PlanCoverage``): collected by a route
        // within shelf life when routes were planned, else assigned by the siting.
        var uncoveredKg = [Village.ID: Double]()
        for u in siting.uncovered { uncoveredKg[u.village, default: 0] += u.kilograms.value }
        var collectedKg = [Village.ID: Double]()
        for route in pickup?.routes ?? [] {
            for stop in route.stops where stop.ageOnArrival.value <= stop.shelfLife.value + 1e-6 {
                collectedKg[stop.village, default: 0] += stop.kilograms.value
            }
        }
        let planned = siting.objective != nil
        let verb = pickup == nil ? "assigned" : "collected"
        svg += "<g class=\"villages\" stroke=\"#ffffff\" stroke-width=\"0.8\">\n"
        for v in network.villages {
            let (x, y) = projection.point(v.location)
            let total = v.totalSupply.value
            let assigned = max(0, total - (uncoveredKg[v.id] ?? 0))
            let got = pickup == nil ? assigned : min(total, collectedKg[v.id] ?? 0)
            let colour: String, state: String
            if total <= 0 { colour = Palette.noSupply; state = "no supply" }
            else if !planned || got <= 1e-6 { colour = Palette.uncovered; state = "not \(verb)" }
            else if got < total * (1 - 1e-6) - 0.01 { colour = Palette.partly; state = "partly \(verb)" }
            else { colour = Palette.covered; state = verb }
            let detail = pickup == nil || !planned ? "" : ", \(Int(got.rounded())) kg collected of \(Int(assigned.rounded())) assigned"
            let r = 2.6 + min(3.4, total / 1200)
            svg += "<circle cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"\(f(r))\" fill=\"\(colour)\"><title>\(escape(v.id.rawValue)) \(escape(v.name)): \(state)\(detail), \(Int(total.rounded())) kg/day, \(v.lowIncomeHouseholds) low-income households</title></circle>\n"
        }
        svg += "</g>\n"
        // Agencies.
        svg += "<g class=\"agencies\" fill=\"\(Palette.agency)\" stroke=\"#ffffff\" stroke-width=\"1\">\n"
        for a in network.agencies {
            let (x, y) = projection.point(a.location)
            svg += "<path d=\"M\(f(x)),\(f(y - 7)) L\(f(x + 6.5)),\(f(y + 5)) L\(f(x - 6.5)),\(f(y + 5)) Z\"><title>\(escape(a.id.rawValue)) \(escape(a.name)) (express agency)</title></path>\n"
        }
        svg += "</g>\n"
        // Depots.
        let open = Dictionary(uniqueKeysWithValues: siting.openDepots.map { ($0.id, $0) })
        svg += "<g class=\"depots\" font-family=\"sans-serif\" font-size=\"11\">\n"
        for d in network.depots {
            let (x, y) = projection.point(d.location)
            let isOpen = open[d.id] != nil
            let fill = !isOpen ? Palette.closed : (d.status == .existing ? Palette.existing : Palette.newDepot)
            let stroke = isOpen ? "#111111" : "#6b7280"
            let state = isOpen ? (d.status == .existing ? "open (existing)" : "opened (new)") : (d.status == .existing ? "closed (existing)" : "not opened (candidate)")
            let load = open[d.id].map { ", load \(Int($0.load.value.rounded())) of \(Int($0.capacity.value.rounded())) kg/day" } ?? ""
            svg += "<rect x=\"\(f(x - 6))\" y=\"\(f(y - 6))\" width=\"12\" height=\"12\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"1.5\"><title>\(escape(d.id.rawValue)) \(escape(d.name)): \(state)\(load)</title></rect>\n"
            svg += "<text x=\"\(f(x + 8))\" y=\"\(f(y - 7))\" fill=\"\(isOpen ? "#111111" : "#6b7280")\" paint-order=\"stroke\" stroke=\"#fbfbf8\" stroke-width=\"3\">\(escape(d.id.rawValue))</text>\n"
        }
        svg += "</g>\n"
        svg += projection.scaleBar(height: height)
        svg += "</svg>"
        return svg
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

    static func f(_ v: Double) -> String { String(format: "%.1f", v) }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
