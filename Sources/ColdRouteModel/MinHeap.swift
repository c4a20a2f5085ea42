/// An element of a ``MinHeap``: `precedes` is a strict weak ordering, smallest first.
protocol HeapOrdered {
    func precedes(_ other: Self) -> Bool
}

/// A binary min-heap for Dijkstra's algorithm with lazy deletion (callers skip stale labels when
/// they pop them). Ties pop in no particular order: the ordering itself must break the ties a
/// search cares about.
struct MinHeap<Element: HeapOrdered> {
    private var items: [Element] = []

    mutating func push(_ element: Element) {
        items.append(element)
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard items[child].precedes(items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> Element? {
        guard !items.isEmpty else { return nil }
        let top = items[0]
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var best = parent
                if left < items.count, items[left].precedes(items[best]) { best = left }
                if right < items.count, items[right].precedes(items[best]) { best = right }
                if best == parent { break }
                items.swapAt(parent, best)
                parent = best
            }
        }
        return top
    }
}
