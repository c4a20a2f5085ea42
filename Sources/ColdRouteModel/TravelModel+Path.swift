extension TravelModel {
    /// The geometry of the leg from `source` to `target`: the coordinates of the places the leg
    /// passes, `source` first and `target` last.
    ///
    /// With roads, the path ``leg(from:to:)`` measures: the fastest path, ties broken by distance,
    /// so the polyline and the leg's time and distance describe the same path; each road on it is
    /// drawn through its ``Road/shape`` points (an imported OSM road as OSM draws it). Without
    /// roads, or when no open road leads from `source` to `target`, the straight segment
    /// `[source, target]` (a map still shows the leg; the leg itself is `nil` in the second case).
    /// A place to itself is one coordinate.
    ///
    /// Complexity: one Dijkstra run from `source` stopped when `target` is settled, with labels and
    /// predecessors in dictionaries, so it costs what it explores (as the sparse ``legs(from:to:)``).
    public func path(from source: Place, to target: Place) -> [Coordinate] {
        let s = node(source), t = node(target)
        if s == t { return [locations[s]] }
        guard usesRoads, let arcs = fastestPathArcs(from: s, to: t) else { return [locations[s], locations[t]] }
        var line = [locations[s]]
        for arc in arcs {
            let shape = arcShape[arc]
            line.append(contentsOf: shape.reversed ? shape.points.reversed() : shape.points)
            line.append(locations[Int(arcHead[arc])])
        }
        return line
    }

    /// The geometry of a route visiting `places` in order (e.g. depot, stops, depot): the paths of
    /// its consecutive legs joined, each shared end written once.
    public func path(through places: [Place]) -> [Coordinate] {
        guard let first = places.first else { return [] }
        var line = [locations[node(first)]]
        for (a, b) in zip(places, places.dropFirst()) {
            line.append(contentsOf: path(from: a, to: b).dropFirst())
        }
        return line
    }

    /// Graph nodes of the fastest path from `s` to `t` (both included), ties broken by distance;
    /// `nil` when `t` is unreachable. The same label order as the searches in `TravelModel.swift`.
    func fastestPathNodes(from s: Int, to t: Int) -> [Int]? {
        guard let arcs = fastestPathArcs(from: s, to: t) else { return nil }
        return [s] + arcs.map { Int(arcHead[$0]) }
    }

    /// The arcs (CSR slots) of the fastest path from `s` to `t` in driving order; `nil` when `t`
    /// is unreachable, empty when `s == t`.
    func fastestPathArcs(from s: Int, to t: Int) -> [Int]? {
        var label: [Int: (time: Double, distance: Double)] = [s: (0, 0)]
        var predecessor: [Int: Int] = [:]  // node → the arc that reaches it
        var settled = Set<Int>()
        var heap = MinHeap<PathLabel>()
        heap.push(PathLabel(time: 0, distance: 0, node: s))
        while let top = heap.pop() {
            let u = top.node
            guard settled.insert(u).inserted else { continue }
            if u == t { break }
            for arc in Int(arcStart[u])..<Int(arcStart[u + 1]) {
                let v = Int(arcHead[arc])
                if settled.contains(v) { continue }
                let time = top.time + arcTime[arc], distance = top.distance + arcLength[arc]
                if let old = label[v], !(time < old.time || (time == old.time && distance < old.distance)) { continue }
                label[v] = (time, distance)
                predecessor[v] = arc
                heap.push(PathLabel(time: time, distance: distance, node: v))
            }
        }
        guard settled.contains(t) else { return nil }
        var arcs: [Int] = []
        var u = t
        while u != s, let arc = predecessor[u] {
            arcs.append(arc)
            u = tail(of: arc)
        }
        return arcs.reversed()
    }

    /// The node an arc leaves: the `u` with `arcStart[u] ≤ arc < arcStart[u + 1]`. O(log V).
    func tail(of arc: Int) -> Int {
        var low = 0, high = arcStart.count - 2
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(arcStart[mid]) <= arc { low = mid } else { high = mid - 1 }
        }
        return low
    }
}

/// A tentative label of the path search, ordered by time, then distance.
private struct PathLabel: HeapOrdered {
    var time: Double
    var distance: Double
    var node: Int

    func precedes(_ other: PathLabel) -> Bool {
        time < other.time || (time == other.time && distance < other.distance)
    }
}

/// An arc's shape: its road's ``Road/shape`` points, driven forwards or (the reverse arc of a
/// two-way road) backwards.
struct ArcShape: Sendable {
    let points: [Coordinate]
    let reversed: Bool
}
