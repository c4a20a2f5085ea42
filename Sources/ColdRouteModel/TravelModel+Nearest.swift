extension TravelModel {
    /// For every village, the index (into `sources`) of the source it is fastest to reach, with
    /// that travel time; `nil` for a village no source reaches.
    ///
    /// With roads this is one multi-source run of Dijkstra's algorithm (all sources start at time 0;
    /// roads are two-way, so "from the village" and "from the source" agree), O((V + E) log V) for the
    /// whole network instead of one search per source. Without roads, the straight-line legs,
    /// O(villages × sources). Ties go to the earlier source.
    public func nearestSource(among sources: [Place]) -> [(source: Int, time: Minutes)?] {
        guard usesRoads else {
            return (0..<villageCount).map { i in
                var best: (source: Int, time: Minutes)?
                for (n, place) in sources.enumerated() {
                    let t = straightTime(node(place), i)
                    if best == nil || t < best!.time.value { best = (n, Minutes(t)) }
                }
                return best
            }
        }
        let n = placeCount
        var time = [Double](repeating: .infinity, count: n)
        var owner = [Int](repeating: -1, count: n)
        var settled = [Bool](repeating: false, count: n)
        var heap = OwnerHeap()
        for (s, place) in sources.enumerated() {
            let u = node(place)
            guard owner[u] < 0 else { continue }
            time[u] = 0
            owner[u] = s
            heap.push((0, s, u))
        }
        while let (t, s, u) = heap.pop() {
            if settled[u] { continue }
            settled[u] = true
            for arc in Int(arcStart[u])..<Int(arcStart[u + 1]) {
                let v = Int(arcHead[arc])
                if settled[v] { continue }
                let next = t + arcTime[arc]
                if next < time[v] || (next == time[v] && s < owner[v]) {
                    time[v] = next
                    owner[v] = s
                    heap.push((next, s, v))
                }
            }
        }
        return (0..<villageCount).map { owner[$0] >= 0 ? (owner[$0], Minutes(time[$0])) : nil }
    }

    private func straightTime(_ a: Int, _ b: Int) -> Double {
        if a == b { return 0 }
        let km = locations[a].distance(to: locations[b], in: coordinateSystem).value * circuityFactor
        return km / defaultSpeedKmh * 60
    }
}

/// A binary min-heap of (time, source, node) labels, ordered by time then source.
private struct OwnerHeap {
    private var items: [(Double, Int, Int)] = []

    private static func precedes(_ a: (Double, Int, Int), _ b: (Double, Int, Int)) -> Bool {
        a.0 < b.0 || (a.0 == b.0 && a.1 < b.1)
    }

    mutating func push(_ label: (Double, Int, Int)) {
        items.append(label)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.precedes(items[child], items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (Double, Int, Int)? {
        guard !items.isEmpty else { return nil }
        let top = items[0]
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var best = parent
                if left < items.count, Self.precedes(items[left], items[best]) { best = left }
                if right < items.count, Self.precedes(items[right], items[best]) { best = right }
                if best == parent { break }
                items.swapAt(parent, best)
                parent = best
            }
        }
        return top
    }
}
