import Foundation

/// Lays out one generated county, step by step (see ``NetworkGenerator`` for the picture):
/// trunk road and towns, township roads with their valley clusters, depots, agencies, extra and
/// closed roads, fleet. Each step draws from the same random stream in a fixed order.
struct CountyBuilder {
    let spec: NetworkGenerator
    let layout: CountyLayout
    let products: [Product]
    let countyName: String
    var draft: CountyDraft

    /// Trunk junctions, west to east.
    var trunk: [DraftNode] = []
    /// The trunk junction each township road leaves from, and that road's direction (radians).
    var mouths: [DraftNode] = []
    var headings: [Double] = []
    /// The county seat (first) and the market towns: trunk junctions with their town names.
    var towns: [(node: DraftNode, name: String)] = []
    /// The junctions along each township road, mouth excluded.
    var roadNodes: [[DraftNode]] = []
    /// The far end of each cluster's valley road.
    var clusterEnds: [DraftNode] = []
    /// Candidate depot sites inside clusters, in cluster order (placed once supply is known).
    var clusterSites: [DepotSite] = []

    init(spec: NetworkGenerator, using rng: inout some RandomNumberGenerator) {
        self.spec = spec
        layout = CountyLayout(spec, using: &rng)
        let origin = Coordinate(
            x: LocalFrame.round5(108.65 + rng.uniform(-0.3, 0.3)), y: LocalFrame.round5(33.45 + rng.uniform(-0.2, 0.2)))
        draft = CountyDraft(frame: LocalFrame(origin: origin))
        products = ProduceCatalog.season(using: &rng)
        countyName = spec.name ?? PlaceNames.town(using: &rng) + " County"
    }

    mutating func build(using rng: inout some RandomNumberGenerator) -> CountyNetwork {
        layTrunk(using: &rng)
        for r in layout.townshipRoads.indices { layTownshipRoad(r, using: &rng) }
        supplyEveryProduct(using: &rng)
        placeDepots(using: &rng)
        placeAgencies(using: &rng)
        addPassesAndClosures(using: &rng)
        return draft.network(name: countyName, products: products, vehicleTypes: fleet())
    }

    // MARK: - Trunk road and towns

    /// The trunk: a junction where each township road leaves (north and south roads alternate,
    /// pairs 12 km apart), plus the points where it enters and leaves the county; it meanders
    /// 2.5 km either side of a straight line. The mouth nearest the middle is the county seat,
    /// and market towns are spread evenly among the others.
    mutating func layTrunk(using rng: inout some RandomNumberGenerator) {
        let roads = layout.townshipRoads.count
        let pairs = (roads + 1) / 2
        var xs = (0..<roads).map { r in
            (Double(r / 2) - Double(pairs - 1) / 2) * 12 + (r % 2 == 1 ? 4 : 0) + rng.uniform(-1.5, 1.5)
        }
        let west = (xs.min() ?? 0) - rng.uniform(4, 8), east = (xs.max() ?? 0) + rng.uniform(4, 8)
        let phase = rng.uniform(0, 2 * Double.pi)
        func point(_ x: Double, using rng: inout some RandomNumberGenerator) -> KmPoint {
            KmPoint(x: x, y: 2.5 * sin(x / 23 + phase) + rng.uniform(-0.6, 0.6))
        }
        // Keep mouths apart so that no two township roads share a junction.
        let order = (0..<roads).sorted { xs[$0] < xs[$1] }
        for (a, b) in zip(order, order.dropFirst()) where xs[b] < xs[a] + 1 { xs[b] = xs[a] + 1 }

        let seatRoad = order.min { abs(xs[$0]) < abs(xs[$1]) } ?? 0
        let others = order.filter { $0 != seatRoad }
        let townCount = layout.marketTowns
        let townRoads = (0..<townCount).map { others[((2 * $0 + 1) * others.count) / (2 * townCount)] }
        var townName: [Int: String] = [seatRoad: "Chengguan"]
        for r in townRoads { townName[r] = PlaceNames.town(using: &rng) }

        trunk.append(draft.junction("Xikou junction", at: point(west, using: &rng)))
        mouths = Array(repeating: trunk[0], count: roads)
        for r in order {
            let name: String
            if r == seatRoad {
                name = "Chengguan crossroads"
            } else if let town = townName[r] {
                name = "\(town) market square"
            } else {
                name = "\(PlaceNames.town(using: &rng)) junction"
            }
            let node = draft.junction(name, at: point(xs[r], using: &rng))
            trunk.append(node)
            mouths[r] = node
        }
        trunk.append(draft.junction("Dongkou junction", at: point(east, using: &rng)))
        towns = [(mouths[seatRoad], "Chengguan")] + townRoads.sorted { xs[$0] < xs[$1] }.map { (mouths[$0], townName[$0]!) }

        let trunkName = "G\(rng.integer(200...399)) main valley road"
        for (a, b) in zip(trunk, trunk.dropFirst()) { draft.road(a, b, .trunk, name: trunkName, using: &rng) }
    }

    // MARK: - Extra roads

    /// Loops and closures: mountain passes between the heads of neighbouring township roads on the
    /// same side (some closed by snow), ridge roads between neighbouring side valleys closed by
    /// landslides, and old gorge roads closed by flood damage. All of them are extra links between
    /// places already connected, so closing them disconnects nothing.
    mutating func addPassesAndClosures(using rng: inout some RandomNumberGenerator) {
        let roads = layout.townshipRoads
        for r in roads.indices where r + 2 < roads.count && rng.chance(0.3) {
            guard let a = roadNodes[r].last, let b = roadNodes[r + 2].last else { continue }
            let closed = rng.chance(0.3)
            draft.road(a, b, .mountain, name: closed ? "Mountain pass road (closed: snow)" : "Mountain pass road",
                       closed: closed, using: &rng)
        }
        for clusters in roads where clusters.count >= 3 && rng.chance(0.35) {
            let first = clusters.lowerBound
            draft.road(clusterEnds[first], clusterEnds[first + 2], .mountain,
                       name: "Ridge road (closed: landslide)", closed: true, using: &rng)
        }
        for r in roads.indices where roadNodes[r].count >= 3 && rng.chance(0.25) {
            draft.road(mouths[r], roadNodes[r][1], .township, name: "Old gorge road (closed: flood damage)",
                       closed: true, using: &rng)
        }
    }
}
