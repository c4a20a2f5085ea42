import Foundation

/// Inline SVG charts for the comparison report: cost against low-income coverage, and the cost
/// breakdown.
///
/// The breakdown is drawn in **two panels with their own scales** (the choice for "readable when
/// spoilage dominates"): the seven operating components (depots, vehicles, distance, drivers,
/// refrigeration, handling, express) as stacked bars on one axis, and spoilage — the value of
/// produce lost, often larger than all of them together — as plain bars on a second axis beside
/// it, each bar labelled with its amount and the row with the total. A broken axis would hide how
/// large spoilage is; a log scale cannot stack; separate panels keep both readable and honest.
public enum SVGCharts {
    /// Colours of the cost components, in ``ComparisonRow/costComponents`` order.
    public static let componentColours = ["#4e79a7", "#a0cbe8", "#f28e2b", "#ffbe7d", "#59a14f", "#8cd17d", "#b07aa1", "#e15759"]

    /// Scatter: x = share of low-income households covered, y = cost per day; one labelled point
    /// per scenario with a plan.
    public static func costVersusCoverage(_ rows: [ComparisonRow], width: Double = 560, height: Double = 360,
                                          words: ReportWords = ReportWords()) -> String {
        let points = rows.compactMap { r in r.totalCost.map { (r.scenario, r.lowIncomeShare * 100, $0) } }
        let left = 72.0, right = 24.0, top = 20.0, bottom = 46.0
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"cost versus low-income coverage\" font-family=\"sans-serif\" font-size=\"11\">\n"
        guard !points.isEmpty else { return svg + "<text x=\"20\" y=\"30\">\(SVGMap.escape(words.t("chart.noPlans")))</text></svg>" }
        let xs = points.map(\.1), ys = points.map(\.2)
        let xPad = (xs.max()! - xs.min()!) * 0.04, yPad = (ys.max()! - ys.min()!) * 0.06
        var (xLow, xHigh, xStep) = niceRange(xs.min()! - xPad, xs.max()! + xPad, minSpan: 10)
        if xs.max()! <= 100 { xHigh = min(xHigh, 100) }       // shares stop at 100 %
        if xLow + xStep > xHigh { xLow = max(0, xHigh - 2 * xStep) }
        let (yLow, yHigh, yStep) = niceRange(max(0, ys.min()! - yPad), ys.max()! + yPad, minSpan: max(100, ys.max()! * 0.05))
        let plotW = width - left - right, plotH = height - top - bottom
        func px(_ x: Double) -> Double { left + (x - xLow) / (xHigh - xLow) * plotW }
        func py(_ y: Double) -> Double { top + (yHigh - y) / (yHigh - yLow) * plotH }
        svg += axes(left: left, top: top, plotW: plotW, plotH: plotH)
        var x = xLow
        while x <= xHigh + 1e-9 {
            svg += "<line x1=\"\(f(px(x)))\" y1=\"\(f(top))\" x2=\"\(f(px(x)))\" y2=\"\(f(top + plotH))\" stroke=\"#eee\"/>"
            svg += "<text x=\"\(f(px(x)))\" y=\"\(f(top + plotH + 15))\" text-anchor=\"middle\" fill=\"#555\">\(Int(x.rounded()))%</text>\n"
            x += xStep
        }
        var y = yLow
        while y <= yHigh + 1e-9 {
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(py(y)))\" x2=\"\(f(left + plotW))\" y2=\"\(f(py(y)))\" stroke=\"#eee\"/>"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(py(y) + 4))\" text-anchor=\"end\" fill=\"#555\">\(ComparisonReport.money(y))</text>\n"
            y += yStep
        }
        svg += "<text x=\"\(f(left + plotW / 2))\" y=\"\(f(height - 8))\" text-anchor=\"middle\" fill=\"#333\">\(SVGMap.escape(words.t("chart.xLowIncome")))</text>\n"
        svg += "<text transform=\"translate(14 \(f(top + plotH / 2))) rotate(-90)\" text-anchor=\"middle\" fill=\"#333\">\(SVGMap.escape(words.t("chart.yCost")))</text>\n"
        // Labels: for each point, the first candidate position that overlaps no point and no earlier label.
        struct Box { var x0, y0, x1, y1: Double
            func overlaps(_ o: Box) -> Bool { x0 < o.x1 && o.x0 < x1 && y0 < o.y1 && o.y0 < y1 }
        }
        let centres = points.map { (px($0.1), py($0.2)) }
        var placed: [Box] = centres.map { Box(x0: $0.0 - 6, y0: $0.1 - 6, x1: $0.0 + 6, y1: $0.1 + 6) }
        for (n, p) in points.enumerated() {
            let (cx, cy) = centres[n]
            svg += "<circle cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"5\" fill=\"#4e79a7\" stroke=\"#fff\" stroke-width=\"1.5\"><title>\(SVGMap.escape(p.0)): \(String(format: "%.1f", p.1))%, \(ComparisonReport.money(p.2)) \(SVGMap.escape(words.t("yuanPerDay")))</title></circle>\n"
        }
        for (n, p) in points.enumerated() {
            let (cx, cy) = centres[n]
            let w = MapLabelPlacer.textWidth(p.0, size: 11) + 2, h = 12.0
            // (dx, dy) of the text's baseline start, in order of preference.
            let candidates: [(Double, Double)] = [(8, 4), (-8 - w, 4), (8, -8), (8, 16), (-8 - w, -8), (-8 - w, 16),
                                                  (-w / 2, -10), (-w / 2, 20), (8, -20), (8, 28), (-8 - w, -20), (-8 - w, 28)]
            // The first free position inside the plot; failing that, the inside one with the fewest overlaps.
            var chosen = candidates[0], best: Box?, fewest = Int.max
            for (dx, dy) in candidates {
                let box = Box(x0: cx + dx - 1, y0: cy + dy - h + 2, x1: cx + dx + w + 1, y1: cy + dy + 3)
                guard box.x0 >= 2, box.x1 <= width - 2, box.y0 >= 0, box.y1 <= top + plotH + 4 else { continue }
                let overlaps = placed.filter { $0.overlaps(box) }.count
                if overlaps < fewest {
                    fewest = overlaps
                    chosen = (dx, dy)
                    best = box
                    if overlaps == 0 { break }
                }
            }
            let box = best ?? Box(x0: cx + chosen.0, y0: cy + chosen.1 - h, x1: cx + chosen.0 + w, y1: cy + chosen.1)
            placed.append(box)
            let boxText = [box.x0, box.y0, box.x1, box.y1].map(f).joined(separator: " ")
            svg += "<text class=\"label\" data-box=\"\(boxText)\" x=\"\(f(cx + chosen.0))\" y=\"\(f(cy + chosen.1))\" fill=\"#222\" paint-order=\"stroke\" stroke=\"#fff\" stroke-width=\"3\">\(SVGMap.escape(p.0))</text>\n"
        }
        return svg + "</svg>"
    }

    /// Two panels, one row per scenario: operating costs stacked (left, its own axis) and
    /// spoilage (right, its own axis), with a legend of the components.
    public static func costBreakdown(_ rows: [ComparisonRow], width: Double = 560, words: ReportWords = ReportWords()) -> String {
        let components = ComparisonRow.costComponents
        let operating = components.filter { $0 != "spoilage" }
        let planned = rows.filter { $0.totalCost != nil }
        let left = 124.0, top = 30.0, barH = 20.0, gap = 10.0, split = 0.64, panelGap = 64.0, right = 52.0
        let legendRows = Double((components.count + 2) / 3)
        let axisY = top + Double(max(1, planned.count)) * (barH + gap)
        let height = axisY + 30 + legendRows * 18 + 8
        let usable = width - left - right - panelGap
        let opW = usable * split, spW = usable * (1 - split)
        let spLeft = left + opW + panelGap
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(f(width)) \(f(height))\" role=\"img\" aria-label=\"\(SVGMap.escape(words.t("chart.breakdown")))\" font-family=\"sans-serif\" font-size=\"11\">\n"
        func amount(_ r: ComparisonRow, _ c: String) -> Double { max(0, r.cost[c] ?? 0) }
        let maxOperating = planned.map { r in operating.reduce(0.0) { $0 + amount(r, $1) } }.max() ?? 1
        let maxSpoilage = planned.map { amount($0, "spoilage") }.max() ?? 0
        let (_, opHigh, opStep) = niceRange(0, max(1, maxOperating), minSpan: 1)
        let (_, spHigh, spStep) = niceRange(0, max(1, maxSpoilage), minSpan: 1)
        func ox(_ v: Double) -> Double { left + v / opHigh * opW }
        func sx(_ v: Double) -> Double { spLeft + v / spHigh * spW }
        svg += "<text x=\"\(f(left))\" y=\"14\" font-weight=\"600\" fill=\"#333\">\(SVGMap.escape(words.t("chart.operating")))</text>"
        svg += "<text x=\"\(f(spLeft))\" y=\"14\" font-weight=\"600\" fill=\"#333\">\(SVGMap.escape(words.component("spoilage")))</text>\n"
        func ticks(_ high: Double, _ step: Double, _ x: (Double) -> Double) {
            // Thin the ticks until their labels (about 7 px per digit) cannot touch.
            var every = step
            let labelWidth = MapLabelPlacer.textWidth(ComparisonReport.money(high), size: 11) + 10
            while x(every) - x(0) < labelWidth, every < high { every += step }
            var tick = 0.0
            while tick <= high + 1e-9 {
                svg += "<line x1=\"\(f(x(tick)))\" y1=\"\(f(top - 4))\" x2=\"\(f(x(tick)))\" y2=\"\(f(axisY))\" stroke=\"#eee\"/>"
                svg += "<text x=\"\(f(x(tick)))\" y=\"\(f(axisY + 14))\" text-anchor=\"middle\" fill=\"#555\">\(ComparisonReport.money(tick))</text>\n"
                tick += every
            }
        }
        ticks(opHigh, opStep, ox)
        ticks(spHigh, spStep, sx)
        let spoilageColour = componentColours[components.firstIndex(of: "spoilage") ?? 7]
        for (n, r) in planned.enumerated() {
            let y = top + Double(n) * (barH + gap)
            svg += "<text x=\"\(f(left - 8))\" y=\"\(f(y + barH / 2 + 4))\" text-anchor=\"end\" fill=\"#222\">\(SVGMap.escape(r.scenario))</text>"
            var x = 0.0
            for (c, name) in components.enumerated() where name != "spoilage" {
                let v = amount(r, name)
                guard v > 0 else { continue }
                svg += "<rect class=\"seg\" data-component=\"\(name)\" x=\"\(f(ox(x)))\" y=\"\(f(y))\" width=\"\(f(ox(x + v) - ox(x)))\" height=\"\(f(barH))\" fill=\"\(componentColours[c % componentColours.count])\"><title>\(SVGMap.escape(r.scenario)): \(SVGMap.escape(words.component(name))) \(ComparisonReport.money(v)) \(SVGMap.escape(words.t("yuanPerDay")))</title></rect>"
                x += v
            }
            svg += "<text x=\"\(f(ox(x) + 4))\" y=\"\(f(y + barH / 2 + 4))\" fill=\"#222\">\(ComparisonReport.money(x))</text>\n"
            let spoiled = amount(r, "spoilage")
            svg += "<rect class=\"seg\" data-component=\"spoilage\" x=\"\(f(sx(0)))\" y=\"\(f(y))\" width=\"\(f(sx(spoiled) - sx(0)))\" height=\"\(f(barH))\" fill=\"\(spoilageColour)\"><title>\(SVGMap.escape(r.scenario)): \(SVGMap.escape(words.component("spoilage"))) \(ComparisonReport.money(spoiled)) \(SVGMap.escape(words.t("yuanPerDay")))</title></rect>"
            svg += "<text x=\"\(f(sx(spoiled) + 4))\" y=\"\(f(y + barH / 2 + 4))\" fill=\"#222\">\(ComparisonReport.money(spoiled))</text>\n"
        }
        // Legend, rows of three.
        let legendY = axisY + 36
        for (c, name) in components.enumerated() {
            let lx = 8 + Double(c % 3) * (width - 16) / 3, ly = legendY + Double(c / 3) * 18
            svg += "<rect x=\"\(f(lx))\" y=\"\(f(ly - 9))\" width=\"11\" height=\"11\" fill=\"\(componentColours[c % componentColours.count])\"/>"
            svg += "<text x=\"\(f(lx + 15))\" y=\"\(f(ly))\" fill=\"#333\">\(SVGMap.escape(words.component(name)))</text>\n"
        }
        return svg + "</svg>"
    }

    static func label(_ name: String) -> String {
        switch name {
        case "depotOpening": "depot opening"
        case "vehicleFixed": "vehicles"
        case "driverTime": "drivers"
        default: name
        }
    }

    static func axes(left: Double, top: Double, plotW: Double, plotH: Double) -> String {
        "<rect x=\"\(f(left))\" y=\"\(f(top))\" width=\"\(f(plotW))\" height=\"\(f(plotH))\" fill=\"#fff\" stroke=\"#bbb\"/>\n"
    }

    /// A range that contains [low, high] with round tick steps (about 5 ticks).
    static func niceRange(_ low: Double, _ high: Double, minSpan: Double) -> (Double, Double, Double) {
        var lo = low, hi = high
        if hi - lo < minSpan {
            let mid = (hi + lo) / 2
            lo = mid - minSpan / 2
            hi = mid + minSpan / 2
        }
        let raw = (hi - lo) / 5
        let magnitude = pow(10, floor(log10(raw)))
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
        let start = floor(lo / step) * step, end = ceil(hi / step) * step
        return (low >= 0 ? max(0, start) : start, end, step)
    }

    static func f(_ v: Double) -> String { String(format: "%.1f", v) }
}
