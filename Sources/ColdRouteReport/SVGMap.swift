import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Foundation

/// Draws a scenario as an inline SVG map, bottom layer first: roads (those the scenario changes
/// against the status quo under a yellow highlight), pickup routes **along the roads** (each
/// trip depot → stops → depot through ``TravelModel/path(through:)``, the fastest path the
/// planner measured; a straight segment where no road leads), the **low-income layer** (a ring
/// around each village, its area proportional to the village's low-income households), villages
/// coloured by headline coverage (collected by a route within shelf life; assigned when no
/// routes were planned), depots (open existing, newly opened, closed; a yellow halo when the
/// scenario opens or closes it against the status quo), express agencies **above** the depots,
/// and last the **names**, placed without overlap by ``MapLabelPlacer`` (depots, then agencies,
/// then villages by supply; a name with no free place is left to the tooltip).
///
/// Lon/lat networks are drawn in an equirectangular projection with longitudes scaled by the
/// cosine of the mean latitude, so distances look right at county scale; planar networks as they
/// are. Each route's colour is its depot's (``routeColours(siting:pickup:)``, listed in the legend).
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
        public static let lowIncome = "#c2185b"
        public static let change = "#f5c400"
        /// Route colours by depot; no greens, oranges or reds, which mark village coverage.
        public static let routes = ["#1f77b4", "#8e44ad", "#8c564b", "#17a2b8", "#d35da8", "#34495e", "#7f8c8d", "#5d6d7e", "#a569bd"]
    }

    /// What a scenario changes against the status quo: depots opened or closed, roads added,
    /// closed, reopened or re-timed. Empty for the status quo itself.
    public struct Changes: Sendable {
        public var depots: Set<Depot.ID> = []
        /// Roads by `from`–`to` (either direction).
        public var roads: Set<String> = []

        public init() {}

        public init(network: CountyNetwork, siting: SitingPlan, baseNetwork: CountyNetwork, baseSiting: SitingPlan) {
            let open = Set(siting.openDepots.map(\.id)), baseOpen = Set(baseSiting.openDepots.map(\.id))
            depots = open.symmetricDifference(baseOpen)
            var base: [String: Road] = [:]
            for r in baseNetwork.roads { base[Self.key(r)] = r }
            for r in network.roads where base[Self.key(r)] != r { roads.insert(Self.key(r)) }
        }

        static func key(_ r: Road) -> String { r.from < r.to ? "\(r.from)|\(r.to)" : "\(r.to)|\(r.from)" }
        public var isEmpty: Bool { depots.isEmpty && roads.isEmpty }
    }

    /// The colour of each depot's routes, in the order of the open depots, with the number of
    /// vehicles: what the map's legend lists.
    public static func routeColours(siting: SitingPlan, pickup: PickupPlan?) -> [(depot: Depot.ID, colour: String, routes: Int)] {
        siting.openDepots.enumerated().compactMap { n, d in
            let count = pickup?.routes.count { $0.depot == d.id } ?? 0
            return count == 0 ? nil : (d.id, Palette.routes[n % Palette.routes.count], count)
        }
    }

    /// The SVG element (no XML prolog), `width` × `height` user units, scaled by CSS.
    public static func render(network: CountyNetwork, siting: SitingPlan, pickup: PickupPlan?, width: Double = 640, height: Double = 440,
                              label: String = "", changes: Changes = Changes(), words: ReportWords = ReportWords()) -> String {
        let projection = Projection(network: network, width: width, height: height, margin: 18)
        let travel = TravelModel(network: network)
        var svg = "<svg class=\"map\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(escape(label.isEmpty ? "map" : label))\">\n"
        svg += "<rect width=\"100%\" height=\"100%\" fill=\"#fbfbf8\"/>\n"
        func point(_ id: String) -> (Double, Double)? {
            network.place(id: id).map { projection.point(network.location(of: $0)) }
        }
        svg += roadsLayer(network: network, changes: changes, point: point, words: words)
        svg += routesLayer(network: network, travel: travel, siting: siting, pickup: pickup, projection: projection, words: words)
        svg += lowIncomeLayer(network: network, projection: projection, words: words)
        svg += villagesLayer(network: network, siting: siting, pickup: pickup, projection: projection, words: words)

        var labels = MapLabelPlacer(width: width, height: height)
        labels.block(.init(x0: 0, y0: height - 22, x1: 160, y1: height))   // the scale bar
        let open = Dictionary(uniqueKeysWithValues: siting.openDepots.map { ($0.id, $0) })
        svg += "<g class=\"depots\">\n"
        for d in network.depots {
            let (x, y) = projection.point(d.location)
            labels.block(.init(x0: x - 7, y0: y - 7, x1: x + 7, y1: y + 7))
            let isOpen = open[d.id] != nil
            let fill = !isOpen ? Palette.closed : (d.status == .existing ? Palette.existing : Palette.newDepot)
            let stroke = isOpen ? "#111111" : "#6b7280"
            let state = words.depotState(open: isOpen, existing: d.status == .existing)
            let load = open[d.id].map { words.depotLoad(load: $0.load.value, capacity: $0.capacity.value) } ?? ""
            if changes.depots.contains(d.id) {
                svg += "<circle class=\"changed\" cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"11\" fill=\"none\" stroke=\"\(Palette.change)\" stroke-width=\"4\"/>"
            }
            svg += "<rect x=\"\(f(x - 6))\" y=\"\(f(y - 6))\" width=\"12\" height=\"12\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"1.5\"><title>\(escape(d.id.rawValue)) \(escape(d.name)): \(escape(state))\(escape(load))</title></rect>\n"
        }
        svg += "</g>\n"
        // Agencies above the depots, so a triangle is never hidden under a square.
        svg += "<g class=\"agencies\" fill=\"\(Palette.agency)\" stroke=\"#ffffff\" stroke-width=\"1\">\n"
        for a in network.agencies {
            let (x, y) = projection.point(a.location)
            labels.block(.init(x0: x - 7, y0: y - 8, x1: x + 7, y1: y + 6))
            svg += "<path d=\"M\(f(x)),\(f(y - 7)) L\(f(x + 6.5)),\(f(y + 5)) L\(f(x - 6.5)),\(f(y + 5)) Z\"><title>\(escape(a.id.rawValue)) \(escape(a.name)) (\(escape(words.agency)))</title></path>\n"
        }
        svg += "</g>\n"
        for v in network.villages {
            let (x, y) = projection.point(v.location)
            let r = villageRadius(v)
            labels.block(.init(x0: x - r, y0: y - r, x1: x + r, y1: y + r))
        }
        // Names: depots, agencies, then villages by supply (the larger first).
        svg += "<g class=\"labels\" font-family=\"sans-serif\" paint-order=\"stroke\" stroke=\"#fbfbf8\" stroke-width=\"3\" stroke-linejoin=\"round\">\n"
        func name(_ text: String, _ c: Coordinate, radius: Double, size: Double, colour: String, weight: String = "normal") {
            let (x, y) = projection.point(c)
            guard let p = labels.place(text, at: x, y, radius: radius, size: size) else { return }
            let box = [p.box.x0, p.box.y0, p.box.x1, p.box.y1].map(f).joined(separator: " ")
            svg += "<text class=\"label\" x=\"\(f(p.x))\" y=\"\(f(p.y))\" font-size=\"\(f(size))\" font-weight=\"\(weight)\" fill=\"\(colour)\" data-box=\"\(box)\">\(escape(text))</text>\n"
        }
        for d in network.depots {
            name("\(d.id.rawValue) \(d.name)", d.location, radius: 7, size: 10.5, colour: open[d.id] != nil ? "#111111" : "#6b7280", weight: "600")
        }
        for a in network.agencies { name(a.name, a.location, radius: 7, size: 9.5, colour: Palette.agency) }
        for v in network.villages.sorted(by: { $0.totalSupply.value > $1.totalSupply.value }) {
            name(v.name, v.location, radius: villageRadius(v), size: 8.5, colour: "#3a4150")
        }
        svg += "</g>\n"
        svg += projection.scaleBar(height: height)
        svg += "</svg>"
        return svg
    }

    static func villageRadius(_ v: Village) -> Double { 2.6 + min(3.4, v.totalSupply.value / 1200) }

    static func f(_ v: Double) -> String { String(format: "%.1f", v) }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
