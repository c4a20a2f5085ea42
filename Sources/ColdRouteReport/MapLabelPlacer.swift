/// Greedy label placement with collision avoidance, for the report's maps and charts.
///
/// Model: each label is a rectangle of estimated text size (Latin characters 0.58 × the font
/// size wide, CJK and other wide characters 1.0 ×, height 1.2 × the font size) that may sit at
/// one of eight positions around its anchor symbol (right, left, above, below, then the four
/// corners). Labels are placed in the order given — the caller puts the important ones first —
/// each at the first position that lies inside the drawing and overlaps neither a symbol box
/// registered with ``block(_:)`` nor an earlier label. A label with no free position is left out
/// (its name stays in the symbol's tooltip), so labels never overlap.
struct MapLabelPlacer {
    struct Box: Equatable {
        var x0, y0, x1, y1: Double
        func overlaps(_ o: Box) -> Bool { x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1 }
    }

    /// A placed label: the text's start point (SVG `x`, `y` baseline) and its box.
    struct Placed {
        var text: String
        var x: Double, y: Double
        var box: Box
    }

    let width: Double, height: Double
    private(set) var obstacles: [Box] = []
    private(set) var placed: [Placed] = []

    init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    mutating func block(_ box: Box) { obstacles.append(box) }

    /// Estimated width of `text` at `size` px.
    static func textWidth(_ text: String, size: Double) -> Double {
        text.unicodeScalars.reduce(0.0) { w, s in w + (s.value >= 0x2E80 ? 1.0 : 0.58) * size }
    }

    /// Places `text` next to the symbol at (`x`, `y`) of radius `radius`; nil when no position is free.
    mutating func place(_ text: String, at x: Double, _ y: Double, radius: Double, size: Double) -> Placed? {
        let w = Self.textWidth(text, size: size), h = size * 1.2, gap = radius + 2
        // Box origins (left, top) in order of preference.
        let candidates: [(Double, Double)] = [
            (x + gap, y - h / 2), (x - gap - w, y - h / 2), (x - w / 2, y - gap - h), (x - w / 2, y + gap),
            (x + gap * 0.7, y - gap * 0.7 - h), (x - gap * 0.7 - w, y - gap * 0.7 - h),
            (x + gap * 0.7, y + gap * 0.7), (x - gap * 0.7 - w, y + gap * 0.7),
        ]
        for (left, top) in candidates {
            let box = Box(x0: left, y0: top, x1: left + w, y1: top + h)
            guard box.x0 >= 1, box.y0 >= 1, box.x1 <= width - 1, box.y1 <= height - 1 else { continue }
            if obstacles.contains(where: { $0.overlaps(box) }) || placed.contains(where: { $0.box.overlaps(box) }) { continue }
            let label = Placed(text: text, x: left, y: top + size * 0.95, box: box)
            placed.append(label)
            return label
        }
        return nil
    }
}
