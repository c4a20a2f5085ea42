/// Travel times and distances between the places of a network.
///
/// **With roads** (``CountyNetwork/usesRoads``), travel follows the open roads, both ways (a
/// ``Road/oneWay`` road only from `from` to `to`). A leg is the
/// *fastest* path (least total `travelMin`); among equally fast paths the shortest one, and its
/// `distance` is that path's length. A place that no open road reaches has no leg (`nil`), except
/// to itself. Roads whose endpoints are unknown (an invalid network) are ignored.
///
/// **Without roads**, a leg is the straight-line distance (``Coordinate/distance(to:in:)``: haversine
/// for lon/lat, Euclidean for planar) times ``CountyNetwork/circuityFactor``, driven at
/// ``CountyNetwork/defaultSpeedKmh``: `time = distance / speed × 60`. Every place reaches every other.
///
/// **With an imported matrix** (``init(network:matrix:)``), a leg is the matrix's entry, and nothing
/// else: roads and straight lines are not consulted, a `null` cell is no leg, and a junction (which
/// a matrix does not list) is reached from nowhere but itself. ``restricted(to:)`` keeps the matrix
/// for the sub-networks of regional planning.
///
/// The road graph is stored once as a compressed sparse row (CSR) adjacency list of open roads;
/// queries run Dijkstra's algorithm (Dijkstra 1959) with a binary heap. Do not ask for all pairs of a
/// large network: one ``legs(from:to:)`` per depot, or a ``matrix(among:)`` of one depot's villages,
/// is what solvers need.
public struct TravelModel: Sendable {
    public let coordinateSystem: CoordinateSystem
    public let circuityFactor: Double
    public let defaultSpeedKmh: Double
    /// Whether legs follow the road graph (`true`) or straight lines (or an imported matrix).
    public let usesRoads: Bool
    /// The imported matrix legs come from, when there is one.
    public let imported: ImportedMatrix?
    /// For each graph node, its row in ``imported`` (`-1`: none, a junction). Empty without a matrix.
    let matrixRow: [Int32]

    // Node numbering: villages, then depots, agencies, junctions (each in array order).
    let villageCount: Int
    let depotCount: Int
    let agencyCount: Int
    let junctionCount: Int
    let locations: [Coordinate]

    // CSR adjacency of open roads, each road stored in both directions:
    // the arcs leaving node `u` are `arcHead[arcStart[u] ..< arcStart[u + 1]]`.
    let arcStart: [Int32]
    let arcHead: [Int32]
    let arcTime: [Double]
    let arcLength: [Double]
    /// The shape points of each arc in its direction (ends excluded; empty: straight), shared with
    /// the network's roads (``Road/shape``). Used only to draw paths (`TravelModel+Path.swift`).
    let arcShape: [ArcShape]

    /// Builds the model once from a network. Complexity: O(P + R) for P places and R roads.
    public init(network: CountyNetwork) {
        self.init(network: network, imported: nil, rows: [])
    }

    /// The designated initialiser: a matrix, with each node's row in it, or none.
    init(network: CountyNetwork, imported: ImportedMatrix?, rows: [Int32]) {
        self.imported = imported
        matrixRow = rows
        coordinateSystem = network.coordinateSystem
        circuityFactor = network.circuityFactor
        defaultSpeedKmh = network.defaultSpeedKmh
        usesRoads = imported == nil && network.usesRoads
        villageCount = network.villages.count
        depotCount = network.depots.count
        agencyCount = network.agencies.count
        junctionCount = network.junctions.count
        locations = network.villages.map(\.location) + network.depots.map(\.location)
            + network.agencies.map(\.location) + network.junctions.map(\.location)

        var nodeOfID: [String: Int] = [:]
        for (node, place) in network.allPlaces.enumerated() where nodeOfID[network.id(of: place)] == nil {
            nodeOfID[network.id(of: place)] = node
        }
        var arcs: [(tail: Int, head: Int, time: Double, length: Double, shape: ArcShape)] = []
        for road in network.roads where !road.closed && imported == nil {
            guard let a = nodeOfID[road.from], let b = nodeOfID[road.to], a != b else { continue }
            arcs.append((a, b, road.travelTime.value, road.length.value, ArcShape(points: road.shape, reversed: false)))
            if !road.oneWay { arcs.append((b, a, road.travelTime.value, road.length.value, ArcShape(points: road.shape, reversed: true))) }
        }
        let nodeCount = locations.count
        var start = [Int32](repeating: 0, count: nodeCount + 1)
        for arc in arcs { start[arc.tail + 1] += 1 }
        for u in 0..<nodeCount { start[u + 1] += start[u] }
        var fill = start
        var head = [Int32](repeating: 0, count: arcs.count)
        var time = [Double](repeating: 0, count: arcs.count)
        var length = [Double](repeating: 0, count: arcs.count)
        var shape = [ArcShape](repeating: ArcShape(points: [], reversed: false), count: arcs.count)
        for arc in arcs {
            let slot = Int(fill[arc.tail])
            fill[arc.tail] += 1
            head[slot] = Int32(arc.head)
            time[slot] = arc.time
            length[slot] = arc.length
            shape[slot] = arc.shape
        }
        arcStart = start
        arcHead = head
        arcTime = time
        arcLength = length
        arcShape = shape
    }

    /// The number of places (graph nodes).
    public var placeCount: Int { locations.count }

    /// The number of directed arcs (two per open two-way road, one per one-way road).
    public var arcCount: Int { arcHead.count }

    /// The graph node of a place. Traps if the index is out of range for the network.
    func node(_ place: Place) -> Int {
        switch place {
        case .village(let i):
            precondition(i >= 0 && i < villageCount, "village index \(i) out of range")
            return i
        case .depot(let i):
            precondition(i >= 0 && i < depotCount, "depot index \(i) out of range")
            return villageCount + i
        case .agency(let i):
            precondition(i >= 0 && i < agencyCount, "agency index \(i) out of range")
            return villageCount + depotCount + i
        case .junction(let i):
            precondition(i >= 0 && i < junctionCount, "junction index \(i) out of range")
            return villageCount + depotCount + agencyCount + i
        }
    }

    /// Travel from one place to each of `targets`, in order; `nil` where no open road leads.
    ///
    /// Complexity: with roads, one Dijkstra run from `source`, O((V + E) log V), stopped as soon as
    /// every target is settled (for one or two targets in time and memory proportional to what it
    /// explores); without roads, O(targets).
    public func legs(from source: Place, to targets: [Place]) -> [Leg?] {
        let s = node(source)
        let nodes = targets.map(node)
        if let imported { return nodes.map { matrixLeg(imported, s, $0) } }
        guard usesRoads else { return nodes.map { straightLeg(s, $0) } }
        if nodes.count <= Self.sparseTargetLimit {
            let labels = sparseShortestPaths(from: s, stoppingAfter: nodes)
            return nodes.map { t in labels[t].map { Leg(time: Minutes($0.time), distance: Kilometres($0.distance)) } }
        }
        let tree = shortestPaths(from: s, stoppingAfter: nodes)
        return nodes.map { t in
            tree.time[t].isFinite ? Leg(time: Minutes(tree.time[t]), distance: Kilometres(tree.distance[t])) : nil
        }
    }

    /// Travel from one place to another; `nil` when no open road leads there.
    public func leg(from source: Place, to target: Place) -> Leg? {
        legs(from: source, to: [target])[0]
    }

    /// Pairwise travel among `places` (e.g. one depot and the villages it serves).
    ///
    /// Complexity: with roads, one Dijkstra run per place, O(k (V + E) log V) for k places, and
    /// O(k²) memory; without roads O(k²).
    public func matrix(among places: [Place]) -> TravelMatrix {
        let k = places.count
        var times = [Double](repeating: .infinity, count: k * k)
        var distances = [Double](repeating: .infinity, count: k * k)
        for (i, place) in places.enumerated() {
            for (j, leg) in legs(from: place, to: places).enumerated() {
                guard let leg else { continue }
                times[i * k + j] = leg.time.value
                distances[i * k + j] = leg.distance.value
            }
        }
        return TravelMatrix(places: places, times: times, distances: distances)
    }

    func straightLeg(_ a: Int, _ b: Int) -> Leg {
        if a == b { return .zero }
        let km = locations[a].distance(to: locations[b], in: coordinateSystem).value * circuityFactor
        return Leg(time: Minutes(km / defaultSpeedKmh * 60), distance: Kilometres(km))
    }

    /// Up to this many targets, a search keeps its labels in a dictionary: it then costs what it
    /// explores (a route leg between neighbouring villages: a few nodes) instead of allocating
    /// labels for the whole network, which made one search per route leg quadratic in villages.
    static let sparseTargetLimit = 2

    /// ``shortestPaths(from:stoppingAfter:)`` with labels in a dictionary; the same labels for
    /// every settled node, in particular the targets. Unreached targets have no entry.
    private func sparseShortestPaths(from source: Int, stoppingAfter targets: [Int]) -> [Int: (time: Double, distance: Double)] {
        var label: [Int: (time: Double, distance: Double)] = [source: (0, 0)]
        var settled = Set<Int>()
        var targetsLeft = Set(targets)
        var heap = MinHeap<Label>()
        heap.push(Label(time: 0, distance: 0, node: source))
        while !targetsLeft.isEmpty, let top = heap.pop() {
            let u = top.node
            guard settled.insert(u).inserted else { continue }
            targetsLeft.remove(u)
            for arc in Int(arcStart[u])..<Int(arcStart[u + 1]) {
                let v = Int(arcHead[arc])
                if settled.contains(v) { continue }
                let t = top.time + arcTime[arc], d = top.distance + arcLength[arc]
                if let old = label[v], !(t < old.time || (t == old.time && d < old.distance)) { continue }
                label[v] = (t, d)
                heap.push(Label(time: t, distance: d, node: v))
            }
        }
        return label.filter { settled.contains($0.key) }
    }

    /// Fastest paths from `source`, ties broken by distance (lexicographic labels).
    /// Unreached nodes keep `time == .infinity`. Stops once every node in `targets` is settled.
    private func shortestPaths(from source: Int, stoppingAfter targets: [Int]) -> (time: [Double], distance: [Double]) {
        let n = placeCount
        var time = [Double](repeating: .infinity, count: n)
        var distance = [Double](repeating: .infinity, count: n)
        var settled = [Bool](repeating: false, count: n)
        var isTarget = [Bool](repeating: false, count: n)
        var targetsLeft = 0
        for t in targets where !isTarget[t] {
            isTarget[t] = true
            targetsLeft += 1
        }
        var heap = MinHeap<Label>()
        time[source] = 0
        distance[source] = 0
        heap.push(Label(time: 0, distance: 0, node: source))
        while targetsLeft > 0, let label = heap.pop() {
            let u = label.node
            if settled[u] { continue }
            settled[u] = true
            if isTarget[u] { targetsLeft -= 1 }
            for arc in Int(arcStart[u])..<Int(arcStart[u + 1]) {
                let v = Int(arcHead[arc])
                if settled[v] { continue }
                let t = label.time + arcTime[arc], d = label.distance + arcLength[arc]
                if t < time[v] || (t == time[v] && d < distance[v]) {
                    time[v] = t
                    distance[v] = d
                    heap.push(Label(time: t, distance: d, node: v))
                }
            }
        }
        return (time, distance)
    }
}

/// A tentative path label in Dijkstra's algorithm, ordered by time, then distance.
private struct Label: HeapOrdered {
    var time: Double
    var distance: Double
    var node: Int

    func precedes(_ other: Label) -> Bool {
        time < other.time || (time == other.time && distance < other.distance)
    }
}
