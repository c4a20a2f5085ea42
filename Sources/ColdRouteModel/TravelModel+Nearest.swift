extension TravelModel {
    /// For every village, the index (into `sources`) of the source it is fastest to reach, with
    /// that travel time; `nil` for a village no source reaches.
    ///
    /// With an imported matrix, the matrix's legs from each source, O(villages × sources).
    /// With roads this is one multi-source run of Dijkstra's algorithm (all sources start at time 0;
    /// roads are two-way, so "from the village" and "from the source" agree; with one-way roads the
    /// times are from the source), O((V + E) log V) for the
    /// whole network instead of one search per source. Without roads, the straight-line legs,
    /// O(villages × sources). Ties go to the earlier source.
    public func nearestSource(among sources: [Place]) -> [(source: Int, time: Minutes)?] {
        if let imported {
            return (0..<villageCount).map { i in
                var best: (source: Int, time: Minutes)?
                for (n, place) in sources.enumerated() {
                    guard let t = matrixLeg(imported, node(place), i)?.time else { continue }
                    if best == nil || t < best!.time { best = (n, t) }
                }
                return best
            }
        }
        guard usesRoads else {
            return (0..<villageCount).map { i in
                var best: (source: Int, time: Minutes)?
                for (n, place) in sources.enumerated() {
                    let t = straightLeg(node(place), i).time.value
                    if best == nil || t < best!.time.value { best = (n, Minutes(t)) }
                }
                return best
            }
        }
        let n = placeCount
        var time = [Double](repeating: .infinity, count: n)
        var owner = [Int](repeating: -1, count: n)
        var settled = [Bool](repeating: false, count: n)
        var heap = MinHeap<OwnerLabel>()
        for (s, place) in sources.enumerated() {
            let u = node(place)
            guard owner[u] < 0 else { continue }
            time[u] = 0
            owner[u] = s
            heap.push(OwnerLabel(time: 0, source: s, node: u))
        }
        while let label = heap.pop() {
            let (t, s, u) = (label.time, label.source, label.node)
            if settled[u] { continue }
            settled[u] = true
            for arc in Int(arcStart[u])..<Int(arcStart[u + 1]) {
                let v = Int(arcHead[arc])
                if settled[v] { continue }
                let next = t + arcTime[arc]
                if next < time[v] || (next == time[v] && s < owner[v]) {
                    time[v] = next
                    owner[v] = s
                    heap.push(OwnerLabel(time: next, source: s, node: v))
                }
            }
        }
        return (0..<villageCount).map { owner[$0] >= 0 ? (owner[$0], Minutes(time[$0])) : nil }
    }
}

/// A label of the multi-source search: ordered by time, then source (ties go to the earlier source).
private struct OwnerLabel: HeapOrdered {
    var time: Double
    var source: Int
    var node: Int

    func precedes(_ other: OwnerLabel) -> Bool {
        time < other.time || (time == other.time && source < other.source)
    }
}
