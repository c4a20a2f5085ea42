import ColdRouteModel
import ColdRouteScenario
import Foundation

/// The comparison as one self-contained HTML page: inline CSS and inline SVG only, no scripts,
/// fonts or images from elsewhere, so it can be mailed, opened offline or printed (a print
/// stylesheet lays it out on A4 landscape pages, one map per page half, no shadows or backgrounds).
///
/// Sections: the comparison table, findings, two charts (cost against low-income coverage; the
/// cost breakdown in two panels so spoilage does not flatten the rest — ``SVGCharts``), and a
/// map per scenario (``SVGMap``: routes along roads, names without overlap, a low-income layer,
/// and what the scenario changes against the status quo highlighted) with its own legend of
/// route colours and its headline numbers. Every visible word comes from the ``Catalog``
/// (`report.*` keys), so `--lang zh-CN` gives a Chinese report.
public enum HTMLReport {
    public static func render(_ outcomes: [ScenarioOutcome], title: String? = nil, catalog: Catalog = .english) -> String {
        let words = ReportWords(catalog)
        let rows = outcomes.map(ComparisonRow.init)
        let network = outcomes.first?.network.name ?? ""
        let heading = title ?? words.t("title", ["network": network])
        let base = ComparisonReport.baseline(rows).flatMap { b in outcomes.first { $0.scenario.name == b.scenario } }
        var html = """
            <!DOCTYPE html>
            <html lang="\(e(catalog.language))">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(e(heading))</title>
            <style>\(css)</style>
            </head>
            <body>
            <header><h1>\(e(heading))</h1>
            <p class="sub">\(e(words.t("subtitle", ["n": catalog.integer(outcomes.count)])))</p></header>

            """
        if rows.contains(where: \.interrupted) {
            html += "<p class=\"interrupted\"><b>\(e(catalog("brief.interrupted")))</b></p>\n"
        }
        html += "<section><h2>\(e(words.t("comparison")))</h2>\n" + table(rows, words) + "</section>\n"
        html += "<section><h2>\(e(words.t("findings")))</h2>\n<ul class=\"findings\">\n"
        for finding in ComparisonReport.findings(rows, catalog: catalog) { html += "<li>\(markdownBold(e(finding)))</li>\n" }
        html += "</ul></section>\n"
        html += "<section class=\"charts\"><div class=\"card\"><h3>\(e(words.t("chart.scatter")))</h3>\n"
            + SVGCharts.costVersusCoverage(rows, words: words) + "\n<p class=\"note\">\(e(words.t("chart.scatterNote")))</p></div>\n"
        html += "<div class=\"card\"><h3>\(e(words.t("chart.breakdown")))</h3>\n" + SVGCharts.costBreakdown(rows, words: words)
            + "\n<p class=\"note\">\(e(words.t("chart.breakdownNote")))</p></div></section>\n"
        html += "<section><h2>\(e(words.t("maps")))</h2>\n" + legend(words, statusQuo: base?.scenario.name) + "<div class=\"maps\">\n"
        for (outcome, row) in zip(outcomes, rows) {
            let changes = base.map { b in
                b.scenario.name == outcome.scenario.name ? SVGMap.Changes()
                    : SVGMap.Changes(network: outcome.network, siting: outcome.siting, baseNetwork: b.network, baseSiting: b.siting)
            } ?? SVGMap.Changes()
            let status = row.status == "optimal" ? "ok" : "warn"
            html += "<figure class=\"card\" id=\"scenario-\(e(row.scenario))\"><h3>\(e(row.scenario)) <span class=\"status \(status)\">\(e(catalog.text("status." + row.status, otherwise: row.status)))</span></h3>\n"
            if !row.description.isEmpty { html += "<p class=\"desc\">\(e(row.description))</p>\n" }
            html += SVGMap.render(network: outcome.network, siting: outcome.siting, pickup: outcome.pickup,
                                  label: words.t("mapOf", ["scenario": row.scenario]), changes: changes, words: words) + "\n"
            html += routeLegend(outcome, words)
            if !changes.isEmpty {
                html += "<p class=\"changes\"><i class=\"halo\"></i>\(e(words.t("changes", ["depots": catalog.integer(changes.depots.count), "roads": catalog.integer(changes.roads.count)])))</p>\n"
            }
            html += "<figcaption>" + [
                "<b>\(row.totalCost.map(ComparisonReport.money) ?? "–")</b> \(e(words.t("yuanPerDay")))",
                "\(row.costPerKg.map { catalog.number($0, decimals: 3) } ?? "–") \(e(words.t("yuanPerKg")))",
                e(words.t("caption.villages", ["n": catalog.integer(row.villagesCovered), "total": catalog.integer(row.villagesTotal)])),
                e(words.t("caption.lowIncome", ["n": catalog.integer(row.lowIncomeCovered), "total": catalog.integer(row.lowIncomeTotal)])),
                e(words.t("caption.spoiled", ["kg": catalog.number(row.spoiledKg, decimals: 0)])),
                e(words.t("caption.vehicles", ["routes": row.vehicles.map { catalog.integer($0) } ?? "–",
                                               "km": row.vehicleKm.map { catalog.number($0, decimals: 0) } ?? "–"])),
                e(words.t("caption.depots", ["depots": row.depotsOpen.joined(separator: " ")])),
            ].joined(separator: " · ") + "</figcaption></figure>\n"
        }
        html += "</div></section>\n<footer>\(e(words.t("footer")))</footer>\n</body>\n</html>\n"
        return html
    }

    static func table(_ rows: [ComparisonRow], _ words: ReportWords) -> String {
        let heads = ["scenario", "cost", "yuanPerKg", "villages", "supply", "lowIncome", "spoiled", "vehicleKm", "newDepots", "uncovered", "status"]
        var t = "<table><thead><tr>" + heads.map { "<th>\(e(words.t("table." + $0)))</th>" }.joined() + "</tr></thead><tbody>\n"
        let cheapest = rows.compactMap(\.totalCost).min()
        let bestCoverage = rows.filter { $0.totalCost != nil }.map(\.lowIncomeShare).max()
        let c = words.catalog
        for r in rows {
            let costClass = r.totalCost != nil && r.totalCost == cheapest ? " class=\"best\"" : ""
            let coverClass = r.totalCost != nil && r.lowIncomeShare == bestCoverage ? " class=\"best\"" : ""
            t += "<tr><td><a href=\"#scenario-\(e(r.scenario))\">\(e(r.scenario))</a></td>"
                + "<td\(costClass)>\(r.totalCost.map(ComparisonReport.money) ?? "–")</td>"
                + "<td>\(r.costPerKg.map { c.number($0, decimals: 3) } ?? "–")</td>"
                + "<td>\(r.villagesCovered)/\(r.villagesTotal)</td><td>\(c.percent(r.supplyShare))</td>"
                + "<td\(coverClass)>\(r.lowIncomeCovered)/\(r.lowIncomeTotal) (\(c.percent(r.lowIncomeShare)))</td>"
                + "<td>\(c.number(r.spoiledKg, decimals: 0))</td><td>\(r.vehicleKm.map { c.number($0, decimals: 0) } ?? "–")</td>"
                + "<td>\(r.newDepotsOpened.isEmpty ? "–" : e(r.newDepotsOpened.joined(separator: " ")))</td>"
                + "<td>\(r.uncoveredVillages)</td><td>\(e(c.text("status." + r.status, otherwise: r.status)))</td></tr>\n"
        }
        return t + "</tbody></table>\n"
    }

    /// The symbols shared by every map.
    static func legend(_ words: ReportWords, statusQuo: String?) -> String {
        typealias P = SVGMap.Palette
        func dot(_ c: String, _ key: String) -> String { "<span><i class=\"dot\" style=\"background:\(c)\"></i>\(e(words.t(key)))</span>" }
        func square(_ c: String, _ key: String, border: String = "#111") -> String {
            "<span><i class=\"sq\" style=\"background:\(c);border-color:\(border)\"></i>\(e(words.t(key)))</span>"
        }
        return "<div class=\"legend\">" + [
            dot(P.covered, "legend.collected"), dot(P.partly, "legend.partly"), dot(P.uncovered, "legend.notCollected"),
            "<span><i class=\"ring\"></i>\(e(words.t("legend.lowIncome")))</span>",
            square(P.existing, "legend.existing"), square(P.newDepot, "legend.newDepot"), square(P.closed, "legend.closedDepot", border: "#6b7280"),
            "<span><i class=\"tri\"></i>\(e(words.t("legend.agency")))</span>",
            "<span><i class=\"ln\"></i>\(e(words.t("legend.route")))</span>",
            "<span><i class=\"rd\"></i>\(e(words.t("legend.road")))</span>",
            "<span><i class=\"halo\"></i>\(e(words.t("legend.changed", ["statusQuo": statusQuo ?? "–"])))</span>",
        ].joined() + "</div>\n"
    }

    /// The map's route colours: one entry per depot with routes.
    static func routeLegend(_ outcome: ScenarioOutcome, _ words: ReportWords) -> String {
        let entries = SVGMap.routeColours(siting: outcome.siting, pickup: outcome.pickup)
        guard !entries.isEmpty else { return "" }
        let names = Dictionary(outcome.network.depots.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        return "<div class=\"legend routes-legend\">" + entries.map { entry in
            "<span data-colour=\"\(entry.colour)\"><i class=\"ln\" style=\"border-top-color:\(entry.colour)\"></i>"
                + e(words.routesFrom(depot: entry.depot.rawValue, name: names[entry.depot] ?? "", routes: entry.routes)) + "</span>"
        }.joined() + "</div>\n"
    }

    static let css = """
        body{font:14px/1.45 -apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1d2330;margin:0;padding:0 28px 28px;background:#f4f5f7}
        header{padding:18px 0 4px}h1{font-size:24px;margin:0 0 4px}h2{font-size:18px;margin:22px 0 10px}h3{font-size:15px;margin:0 0 6px}
        .sub{color:#5b6270;margin:0}section{max-width:1340px}
        table{border-collapse:collapse;background:#fff;width:100%;box-shadow:0 1px 2px rgba(0,0,0,.08)}
        th,td{padding:6px 9px;border-bottom:1px solid #e6e8ec;text-align:right;white-space:nowrap}th{background:#eef1f5;font-weight:600}
        td:first-child,th:first-child,td:nth-child(9),td:nth-child(11){text-align:left}td.best{background:#e3f4e8;font-weight:600}
        a{color:#1f4e9c;text-decoration:none}
        .findings li{margin:4px 0}.interrupted{background:#fdf0d5;color:#8a5a00;padding:8px 12px;border-radius:6px;max-width:1316px}
        .charts{display:grid;grid-template-columns:1fr 1fr;gap:16px}
        .card{background:#fff;border-radius:6px;padding:12px 14px;margin:0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
        .maps{display:grid;grid-template-columns:1fr 1fr;gap:16px}
        svg{width:100%;height:auto;display:block}
        figcaption{font-size:12.5px;color:#3a4150;margin-top:6px}.desc{margin:0 0 6px;color:#5b6270;font-size:12.5px}.note{font-size:12px;color:#5b6270;margin:4px 0 0}
        .status{font-size:11px;font-weight:600;padding:1px 6px;border-radius:8px;vertical-align:middle}.ok{background:#e3f4e8;color:#1e6b35}.warn{background:#fdf0d5;color:#8a5a00}
        .legend{display:flex;flex-wrap:wrap;gap:6px 18px;font-size:12.5px;margin:0 0 10px}
        .legend i{display:inline-block;vertical-align:middle;margin-right:5px}
        .dot{width:10px;height:10px;border-radius:50%}.sq{width:10px;height:10px;border:1.5px solid #111}
        .tri{width:0;height:0;border-left:6px solid transparent;border-right:6px solid transparent;border-bottom:10px solid #7d3c98}
        .ln{width:22px;height:0;border-top:2px solid #1f77b4}.rd{width:22px;height:0;border-top:2px solid #c9ccd1}
        .ring{width:12px;height:12px;border-radius:50%;border:1.5px solid #c2185b;background:rgba(194,24,91,.13)}
        .halo{width:10px;height:10px;border-radius:50%;border:3px solid #f5c400}
        .routes-legend{margin:6px 0 0;font-size:12px}.changes{font-size:12px;margin:4px 0 0;color:#5b6270}.changes i{display:inline-block;vertical-align:middle;margin-right:5px}
        footer{margin-top:18px;font-size:12px;color:#5b6270}
        @media (max-width:900px){.charts,.maps{grid-template-columns:1fr}}
        @media print{
          @page{size:A4 landscape;margin:12mm}
          body{background:#fff;padding:0;font-size:11px;-webkit-print-color-adjust:exact;print-color-adjust:exact}
          .card,table{box-shadow:none;border:1px solid #d5d8de}
          .card,figure,tr,.legend{break-inside:avoid}
          .charts{grid-template-columns:1fr 1fr}.maps{grid-template-columns:1fr 1fr;gap:10px}
          section{max-width:none}h2{break-after:avoid;margin-top:12px}
          a{color:inherit}
          .maps figure{break-inside:avoid}
        }
        """

    static func e(_ text: String) -> String { SVGMap.escape(text) }

    /// `**x**` → `<b>x</b>` (findings are written in Markdown for the brief).
    static func markdownBold(_ text: String) -> String {
        var out = "", open = false
        var rest = Substring(text)
        while let range = rest.range(of: "**") {
            out += rest[..<range.lowerBound]
            out += open ? "</b>" : "<b>"
            open.toggle()
            rest = rest[range.upperBound...]
        }
        return out + rest + (open ? "</b>" : "")
    }
}
