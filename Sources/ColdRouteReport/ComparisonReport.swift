import ColdRouteModel
import Foundation

/// Renders a scenario comparison: a text table for the terminal, CSV and JSON for programs, and
/// a Markdown brief with findings computed from the numbers.
public enum ComparisonReport {
    /// The first line of the text, brief and HTML report of a comparison a stop request cut short.
    public static var interruptedLine: String { Catalog.english("brief.interrupted") }

    /// The text table: one row per scenario, in the language of `catalog`.
    public static func text(_ rows: [ComparisonRow], catalog w: Catalog = .english) -> String {
        var table = TextTable(
            ["scenario", "status", "cost", "perKg", "villages", "collected", "lowIncome", "spoiled", "vehicleKm", "newDepots", "uncovered"]
                .map { w("compare.\($0)") },
            alignments: [.left, .left, .right, .right, .right, .right, .right, .right, .right, .left, .right])
        for r in rows {
            table.add([r.scenario, w.text("status.\(r.status)", otherwise: r.status), r.totalCost.map(money) ?? "-",
                       r.costPerKg.map { w.number($0, decimals: 3) } ?? "-",
                       "\(w.integer(r.villagesCovered))/\(w.integer(r.villagesTotal))", w.percent(r.supplyShare),
                       "\(w.percent(r.lowIncomeShare)) (\(w.integer(r.lowIncomeCovered)))", w.number(r.spoiledKg),
                       r.vehicleKm.map { w.number($0) } ?? "-",
                       r.newDepotsOpened.isEmpty ? "-" : r.newDepotsOpened.joined(separator: " "), w.integer(r.uncoveredVillages)])
        }
        var out = rows.contains(where: \.interrupted) ? w("brief.interrupted") + "\n\n" : ""
        out += table.render() + "\n"
        out += "\n" + w("compare.costTitle") + "\n"
        var costs = TextTable([w("compare.scenario")] + ComparisonRow.costComponents.map { w.text("compare.cost.\($0)", otherwise: SVGCharts.label($0)) },
                              alignments: [.left] + ComparisonRow.costComponents.map { _ in .right })
        for r in rows { costs.add([r.scenario] + ComparisonRow.costComponents.map { money(r.cost[$0] ?? 0) }) }
        out += costs.render() + "\n"
        out += "\n" + w("compare.coverageTitle") + "\n"
        var coverage = TextTable(["scenario", "reachable", "assigned", "collected", "total"].map { w("compare.coverage.\($0)") },
                                 alignments: [.left, .right, .right, .right, .right])
        for r in rows { coverage.add(coverageCells(r, w)) }
        out += coverage.render() + "\n"
        return out
    }

    /// CSV header: the fields, in order. No timings (they are in `timings.json`), so the same
    /// comparison gives the same bytes.
    public static let csvColumns = [
        "scenario", "status", "routes", "total_cost", "cost_per_kg",
    ] + ComparisonRow.costComponents.map { "cost_\(snake($0))" } + [
        "villages_covered", "villages_total", "village_share", "supply_covered_kg", "supply_total_kg", "supply_share",
        "low_income_covered", "low_income_total", "low_income_share", "spoiled_kg", "uncollected_kg", "vehicle_km", "vehicles",
        "depots_open", "new_depots", "uncovered_villages", "checks_passed", "interrupted",
        "coverage_headline", "villages_reachable", "supply_reachable_kg", "low_income_reachable", "villages_assigned",
        "supply_assigned_kg", "low_income_assigned", "villages_collected", "supply_collected_kg", "low_income_collected",
        "description",
    ]

    /// One CSV row per scenario (RFC 4180 quoting; empty cells for values that do not exist).
    public static func csv(_ rows: [ComparisonRow]) -> String {
        var lines = [csvColumns.joined(separator: ",")]
        for r in rows {
            var cells: [String] = [r.scenario, r.status, String(r.routesPlanned)]
            cells.append(r.totalCost.map(number) ?? "")
            cells.append(r.costPerKg.map { number($0, 4) } ?? "")
            for name in ComparisonRow.costComponents { cells.append(number(r.cost[name] ?? 0)) }
            cells += [String(r.villagesCovered), String(r.villagesTotal), number(r.villageShare, 4)]
            cells += [number(r.supplyCoveredKg), number(r.supplyTotalKg), number(r.supplyShare, 4)]
            cells += [String(r.lowIncomeCovered), String(r.lowIncomeTotal), number(r.lowIncomeShare, 4)]
            cells += [number(r.spoiledKg), number(r.uncollectedKg)]
            cells.append(r.vehicleKm.map(number) ?? "")
            cells.append(r.vehicles.map(String.init) ?? "")
            cells += [r.depotsOpen.joined(separator: " "), r.newDepotsOpened.joined(separator: " ")]
            cells += [String(r.uncoveredVillages), String(r.checksPassed), String(r.interrupted)]
            cells += [r.coverageHeadline, String(r.villagesReachable), number(r.supplyReachableKg), String(r.lowIncomeReachable)]
            cells += [String(r.villagesAssigned), number(r.supplyAssignedKg), String(r.lowIncomeAssigned)]
            cells += [r.villagesCollected.map(String.init) ?? "", r.supplyCollectedKg.map(number) ?? "",
                      r.lowIncomeCollected.map(String.init) ?? "", r.description]
            lines.append(cells.map(quote).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `{"format": "coldroute-comparison", "version": 1, "interrupted": false, "scenarios": [rows…],
    /// "findings": […]}`, pretty-printed with sorted keys; findings are plain text (no Markdown).
    public static func json(_ rows: [ComparisonRow]) throws -> Data {
        struct Document: Encodable {
            let format = "coldroute-comparison"
            let version = 1
            let interrupted: Bool
            let scenarios: [ComparisonRow]
            let findings: [String]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(Document(
            interrupted: rows.contains(where: \.interrupted), scenarios: rows,
            findings: findings(rows).map { $0.replacingOccurrences(of: "**", with: "") }))
    }

    /// The scenario the others are measured against: the one named `status-quo` (or
    /// `baseline`), else the first.
    public static func baseline(_ rows: [ComparisonRow]) -> ComparisonRow? {
        rows.first { ["status-quo", "status_quo", "baseline"].contains($0.scenario.lowercased()) } ?? rows.first
    }

    /// 3–5 sentences computed from the numbers: cheapest, best coverage, cost per extra low-income
    /// household covered against the baseline, least spoilage, and any run without a proven optimum.
    public static func findings(_ rows: [ComparisonRow], catalog w: Catalog = .english) -> [String] {
        let planned = rows.filter { $0.totalCost != nil }
        guard !planned.isEmpty else { return [w("findings.noPlan")] }
        func kg(_ v: Double) -> String { w.number(v) }
        var out: [String] = []
        let cheapest = planned.min { $0.totalCost! < $1.totalCost! }!
        out.append(w("findings.cheapest", [
            "scenario": cheapest.scenario, "cost": money(cheapest.totalCost!),
            "perKg": cheapest.costPerKg.map { w.number($0, decimals: 3) } ?? "-", "lowIncomeShare": w.percent(cheapest.lowIncomeShare),
        ]))
        let best = planned.max { ($0.lowIncomeShare, -$0.totalCost!) < ($1.lowIncomeShare, -$1.totalCost!) }!
        out.append(w("findings.bestLowIncome", [
            "scenario": best.scenario, "lowIncome": w.integer(best.lowIncomeCovered), "lowIncomeTotal": w.integer(best.lowIncomeTotal),
            "lowIncomeShare": w.percent(best.lowIncomeShare), "villages": w.integer(best.villagesCovered),
            "villagesTotal": w.integer(best.villagesTotal), "supplyShare": w.percent(best.supplyShare), "cost": money(best.totalCost!),
        ]))
        if let base = baseline(planned), let baseCost = base.totalCost {
            let better = planned.filter { $0.scenario != base.scenario && $0.lowIncomeCovered > base.lowIncomeCovered }
            let dominating = better.filter { $0.totalCost! <= baseCost }.sorted { $0.lowIncomeCovered > $1.lowIncomeCovered }
            let costlier = better.filter { $0.totalCost! > baseCost }
            if !dominating.isEmpty {
                let list = dominating.map {
                    w("findings.dominatingItem", ["scenario": $0.scenario, "households": w.integer($0.lowIncomeCovered - base.lowIncomeCovered),
                                                  "cost": money($0.totalCost! - baseCost)])
                }
                out.append(w.plural("findings.dominating", count: dominating.count,
                                    ["base": base.scenario, "list": list.joined(separator: w("findings.listSeparator"))]))
            }
            if let (r, each) = costlier.map({ ($0, ($0.totalCost! - baseCost) / Double($0.lowIncomeCovered - base.lowIncomeCovered)) })
                .min(by: { $0.1 < $1.1 })
            {
                out.append(w(dominating.isEmpty ? "findings.cheapestExtraAgainst" : "findings.cheapestExtraOthers", [
                    "base": base.scenario, "scenario": r.scenario, "households": w.integer(r.lowIncomeCovered - base.lowIncomeCovered),
                    "each": money(each),
                ]))
            }
            if better.isEmpty {
                out.append(w("findings.noneBetter", ["base": base.scenario, "households": w.integer(base.lowIncomeCovered)]))
            }
        }
        let leastSpoiled = planned.min { $0.spoiledKg < $1.spoiledKg }!
        let mostSpoiled = planned.max { $0.spoiledKg < $1.spoiledKg }!
        out.append(w("findings.spoilage", ["least": kg(leastSpoiled.spoiledKg), "leastScenario": leastSpoiled.scenario,
                                           "most": kg(mostSpoiled.spoiledKg), "mostScenario": mostSpoiled.scenario])
            + (leastSpoiled.uncollectedKg > 0.5
                ? w("findings.spoilageUncollected", ["scenario": leastSpoiled.scenario, "kg": kg(leastSpoiled.uncollectedKg)])
                : w("findings.period")))
        let notOptimal = rows.filter { $0.status != "optimal" }
        if !notOptimal.isEmpty {
            out.append(w("findings.notOptimal", ["list": notOptimal.map {
                w("findings.notOptimalItem", ["scenario": $0.scenario, "status": w.text("status.\($0.status)", otherwise: $0.status)])
            }.joined(separator: w("findings.listSeparator"))]))
        }
        return out
    }

    /// A row's three coverage quantities and its total, as "kg (villages)".
    static func coverageCells(_ r: ComparisonRow, _ w: Catalog = .english) -> [String] {
        func cell(_ kg: Double?, _ villages: Int?) -> String {
            guard let kg, let villages else { return "–" }
            return w.number(kg) + " (\(w.integer(villages)))"
        }
        return [r.scenario, cell(r.supplyReachableKg, r.villagesReachable), cell(r.supplyAssignedKg, r.villagesAssigned),
                cell(r.supplyCollectedKg, r.villagesCollected), cell(r.supplyTotalKg, r.villagesTotal)]
    }

    /// A Markdown brief: title, the table, findings, and a note on how costs are counted, in the
    /// language of `catalog` (scenario names and descriptions stay as the scenario files give them).
    public static func brief(_ rows: [ComparisonRow], title: String? = nil, catalog w: Catalog = .english) -> String {
        let network = rows.first?.network ?? ""
        func kg(_ v: Double) -> String { w.number(v) }
        var out = "# \(title ?? w("brief.title", ["network": network]))\n\n"
        if rows.contains(where: \.interrupted) { out += "**\(w("brief.interrupted"))**\n\n" }
        out += w("brief.header") + "\n"
        out += "|---|---:|---:|---:|---:|---:|---:|---:|---|---|\n"
        for r in rows {
            out += "| \(r.scenario) | \(r.totalCost.map(money) ?? "–") | \(r.costPerKg.map { w.number($0, decimals: 3) } ?? "–") "
                + "| \(w.integer(r.villagesCovered))/\(w.integer(r.villagesTotal)) | \(w.percent(r.supplyShare)) "
                + "| \(w.integer(r.lowIncomeCovered))/\(w.integer(r.lowIncomeTotal)) "
                + "(\(w.percent(r.lowIncomeShare))) | \(kg(r.spoiledKg)) | \(r.vehicleKm.map { kg($0) } ?? "–") "
                + "| \(r.newDepotsOpened.isEmpty ? "–" : r.newDepotsOpened.joined(separator: ", ")) "
                + "| \(w.text("status.\(r.status)", otherwise: r.status)) |\n"
        }
        out += "\n" + w("brief.coverage.title") + "\n\n"
        out += w("brief.coverage.header") + "\n"
        out += "|---|---:|---:|---:|---:|\n"
        for r in rows { out += "| " + coverageCells(r, w).joined(separator: " | ") + " |\n" }
        out += "\n" + w("brief.findings") + "\n\n"
        for f in findings(rows, catalog: w) { out += "- \(f)\n" }
        out += "\n" + w("brief.scenarios") + "\n\n"
        for r in rows where !r.description.isEmpty { out += "- **\(r.scenario)**: \(r.description)\n" }
        out += "\n" + w("brief.costNote") + w(rows.allSatisfy(\.checksPassed) ? "brief.checksPassed" : "brief.checksFailed") + "\n"
        return out
    }

    static func snake(_ name: String) -> String {
        name.reduce(into: "") { out, c in
            if c.isUppercase { out += "_" + c.lowercased() } else { out.append(c) }
        }
    }

    static func quote(_ cell: String) -> String {
        cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
            ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
    }

    static func number(_ v: Double) -> String { number(v, 2) }
    static func number(_ v: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", v) }
    static func money(_ v: Double) -> String {
        let whole = Int(v.rounded())
        let digits = String(abs(whole))
        var grouped = ""
        for (n, c) in digits.reversed().enumerated() {
            if n > 0 && n % 3 == 0 { grouped.append(",") }
            grouped.append(c)
        }
        return (whole < 0 ? "-" : "") + String(grouped.reversed())
    }
    static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }
}
