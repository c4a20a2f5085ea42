import ColdRouteModel
import Foundation

/// Adds an OpenStreetMap extract's roads to a network (`coldroute import-osm`).
///
/// **Graph.** Each kept way (``HighwaySpeeds``) is cut at its *junction nodes*: its two ends, every
/// node shared with another kept way, and every node a place snaps to. Between two consecutive
/// junction nodes it becomes one ``Road`` whose length is the sum of the great-circle lengths of
/// the OSM segments and whose time is length / the class speed. `oneway=yes|1|true` (and motorways,
/// roundabouts) give a one-way road along the way, `oneway=-1` against it; `access=no` and
/// `highway=construction` give closed roads (kept, carrying no traffic). Junction ids are
/// `osm<node id>`. Nodes inside a road are not junctions: they are the road's ``Road/shape``, so
/// maps and `routes.geojson` draw the road as OSM does (its length is measured along them).
///
/// **Snapping.** Every village, depot and agency is joined to the nearest node of an open kept way
/// (great-circle distance, found through a grid of 0.01° cells) by a two-way access road of that
/// length driven at ``accessSpeedKmh``. A place farther than `maxSnapKm` (default
/// ``defaultMaxSnapKm``) from every road node is an error naming it and the distance.
///
/// Roads and junctions the network already has are kept; the OSM ones are added. Lon/lat networks only.
public enum OSMImport {
    public static let defaultMaxSnapKm = 2.0
    /// The speed on the access road from a place to its snapped node.
    public static let accessSpeedKmh = 20.0

    public struct Snap: Sendable {
        public var place: String
        public var node: Int64
        public var kilometres: Double
    }

    public struct Outcome: Sendable {
        public var network: CountyNetwork
        /// One per village, depot and agency, in that order.
        public var snaps: [Snap]
        public var waysRead: Int
        public var waysSkipped: Int
        public var nodesRead: Int
        public var roadsAdded: Int
        public var junctionsAdded: Int
    }

    public enum Failure: Error, CustomStringConvertible {
        case planar
        case noRoads(String)
        case tooFar(place: String, kilometres: Double, limit: Double)
        case missingNode(way: Int64, node: Int64)

        public var description: String {
            switch self {
            case .planar: return "the network's coordinates are planar (x/y km); OSM needs lon/lat"
            case .noRoads(let file): return "\(file): no way with a highway class of the speed table"
            case let .tooFar(place, km, limit):
                return "\(place) is \(String(format: "%.2f", km)) km from the nearest road node, more than --max-snap-km \(limit)"
            case let .missingNode(way, node): return "way \(way) refers to node \(node), which the extract does not hold"
            }
        }
    }

    /// Reads `path` (`.osm` XML) and returns `network` with the extract's roads added.
    public static func run(path: String, network: CountyNetwork, speeds: HighwaySpeeds = .standard,
                           maxSnapKm: Double = defaultMaxSnapKm) throws -> Outcome {
        guard network.coordinateSystem == .lonLat else { throw Failure.planar }
        let extract = try OSMExtract.read(path: path, speeds: speeds)
        guard !extract.ways.isEmpty else { throw Failure.noRoads(path) }
        let n = extract.nodeIDs.count
        // Resolve node ids; count uses by kept ways; mark ends.
        var wayNodes = [Int32](repeating: 0, count: extract.wayNodes.count)
        var uses = [UInt8](repeating: 0, count: n)
        var isJunction = [Bool](repeating: false, count: n)
        var onOpenWay = [Bool](repeating: false, count: n)
        for way in extract.ways {
            for k in way.nodes {
                guard let u = extract.nodeIndex[extract.wayNodes[k]] else {
                    throw Failure.missingNode(way: way.id, node: extract.wayNodes[k])
                }
                wayNodes[k] = u
                if uses[Int(u)] < 2 { uses[Int(u)] += 1 }
                if !way.closed { onOpenWay[Int(u)] = true }
            }
            isJunction[Int(wayNodes[way.nodes.lowerBound])] = true
            isJunction[Int(wayNodes[way.nodes.upperBound - 1])] = true
        }
        for u in 0..<n where uses[u] >= 2 { isJunction[u] = true }

        // Snap places to the nearest node of an open way.
        let grid = NodeGrid(lon: extract.lon, lat: extract.lat, include: onOpenWay)
        let places = network.villages.map { ($0.id.rawValue, $0.location) } + network.depots.map { ($0.id.rawValue, $0.location) }
            + network.agencies.map { ($0.id.rawValue, $0.location) }
        var snaps: [Snap] = []
        var roads: [Road] = []
        for (id, location) in places {
            guard let (u, km) = grid.nearest(lon: location.x, lat: location.y, withinKm: maxSnapKm) else {
                var far = Double.infinity  // the error path: a plain scan of every open-way node
                for u in 0..<n where onOpenWay[u] {
                    far = min(far, location.distance(to: Coordinate(x: extract.lon[u], y: extract.lat[u]), in: .lonLat).value)
                }
                throw Failure.tooFar(place: id, kilometres: far, limit: maxSnapKm)
            }
            isJunction[u] = true
            snaps.append(Snap(place: id, node: extract.nodeIDs[u], kilometres: km))
            roads.append(Road(from: id, to: "osm\(extract.nodeIDs[u])", length: Kilometres(km),
                              travelTime: Minutes(km / accessSpeedKmh * 60), name: "access"))
        }

        // Cut ways at junction nodes.
        var used = [Bool](repeating: false, count: n)
        for way in extract.ways {
            var nodes = Array(wayNodes[way.nodes])
            if way.direction < 0 { nodes.reverse() }
            var from = Int(nodes[0]), km = 0.0, shape: [Coordinate] = []
            for k in 1..<nodes.count {
                let a = Int(nodes[k - 1]), b = Int(nodes[k])
                let point = Coordinate(x: extract.lon[b], y: extract.lat[b])
                km += Coordinate(x: extract.lon[a], y: extract.lat[a]).distance(to: point, in: .lonLat).value
                guard isJunction[b] else {
                    shape.append(point)
                    continue
                }
                if b != from {
                    roads.append(Road(from: "osm\(extract.nodeIDs[from])", to: "osm\(extract.nodeIDs[b])", length: Kilometres(km),
                                      travelTime: Minutes(km / way.kmh * 60), closed: way.closed, name: way.name,
                                      oneWay: way.direction != 0, shape: shape))
                    used[from] = true
                    used[b] = true
                }
                from = b
                km = 0
                shape.removeAll(keepingCapacity: true)
            }
        }
        for snap in snaps { used[Int(extract.nodeIndex[snap.node]!)] = true }
        var result = network
        let existing = Set(network.allPlaces.map(network.id(of:)))
        var junctionsAdded = 0
        for u in 0..<n where used[u] && !existing.contains("osm\(extract.nodeIDs[u])") {
            result.junctions.append(Junction(id: Junction.ID("osm\(extract.nodeIDs[u])"), name: "osm\(extract.nodeIDs[u])",
                                             location: Coordinate(x: extract.lon[u], y: extract.lat[u])))
            junctionsAdded += 1
        }
        result.roads += roads
        return Outcome(network: result, snaps: snaps, waysRead: extract.ways.count, waysSkipped: extract.skippedWays,
                       nodesRead: n, roadsAdded: roads.count, junctionsAdded: junctionsAdded)
    }
}

/// Road nodes bucketed in 0.01° cells for nearest-node queries.
private struct NodeGrid {
    static let cell = 0.01
    let lon: [Double], lat: [Double]
    var buckets: [Int64: [Int32]] = [:]

    init(lon: [Double], lat: [Double], include: [Bool]) {
        self.lon = lon
        self.lat = lat
        for u in lon.indices where include[u] { buckets[Self.key(Self.ix(lon[u]), Self.ix(lat[u])), default: []].append(Int32(u)) }
    }

    static func ix(_ degrees: Double) -> Int { Int((degrees / cell).rounded(.down)) }
    static func key(_ x: Int, _ y: Int) -> Int64 { Int64(x) &* 1_000_003 &+ Int64(y) }

    /// The nearest node within `limit` km (finite), searching rings of cells outwards until a ring lies
    /// beyond both the best distance found and the limit.
    func nearest(lon x: Double, lat y: Double, withinKm limit: Double) -> (Int, km: Double)? {
        let here = Coordinate(x: x, y: y)
        let cx = Self.ix(x), cy = Self.ix(y)
        // A cell is at least 0.01° of latitude (1.11 km) and 0.01° × cos(lat) of longitude across.
        let ringKm = 111.0 * Self.cell * max(0.05, cos(y * .pi / 180))
        var best: (Int, km: Double)?
        let maxRing = Int(limit / ringKm) + 1
        var r = 0
        while r <= maxRing {
            if let best, Double(r - 1) * ringKm > best.km { break }
            for dx in -r...r {
                for dy in -r...r where max(abs(dx), abs(dy)) == r {
                    for u in buckets[Self.key(cx + dx, cy + dy)] ?? [] {
                        let km = here.distance(to: Coordinate(x: lon[Int(u)], y: lat[Int(u)]), in: .lonLat).value
                        if km <= limit, best == nil || km < best!.km { best = (Int(u), km) }
                    }
                }
            }
            r += 1
        }
        return best
    }
}
