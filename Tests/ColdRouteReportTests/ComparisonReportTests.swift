import ColdRouteReport
import ColdRouteScenario
import Foundation
import Testing

/// CSV columns, JSON structure, the brief, and a self-contained HTML page with one map per scenario.
@Suite struct ComparisonReportTests {
    @Test func rowsCarryTheHandCheckedNumbers() throws {
        let rows = try ComparisonFixtures.outcomes().map(ComparisonRow.init)
        #expect(rows.map(\.scenario) == ["status-quo", "open-all"])
        let base = rows[0]
        // tiny.md: with D0 alone only V1 and V2 (5 + 10 households) are within 30 min; V3 and V4 spoil (450 kg).
        #expect(base.villagesCovered == 2 && base.villagesTotal == 4)
        #expect(base.lowIncomeCovered == 15 && base.lowIncomeTotal == 75)
        #expect(base.uncoveredVillages == 2 && base.newDepotsOpened.isEmpty && base.depotsOpen == ["D0"])
        #expect(base.spoiledKg >= 450 && base.status == "optimal" && base.routesPlanned)
        let parts = ComparisonRow.costComponents.reduce(0) { $0 + (base.cost[$1] ?? 0) }
        #expect(abs(parts - (base.totalCost ?? 0)) < 1e-6)
    }

    @Test func csvHasOneColumnPerHeaderField() throws {
        let rows = try ComparisonFixtures.outcomes().map(ComparisonRow.init)
        let csv = ComparisonReport.csv(rows)
        let lines = csv.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0] == ComparisonReport.csvColumns.joined(separator: ","))
        for column in ["scenario", "total_cost", "cost_per_kg", "cost_depot_opening", "cost_spoilage", "village_share",
                       "low_income_covered", "low_income_share", "spoiled_kg", "vehicle_km", "new_depots", "uncovered_villages", "status"] {
            #expect(ComparisonReport.csvColumns.contains(column), "\(column)")
        }
        #expect(lines[1].hasPrefix("status-quo,optimal,true,"))
        // The description with quotes and commas is quoted (RFC 4180) and so still one cell.
        #expect(lines[2].hasSuffix(#""any store, with ""quotes"", and commas""#))
        let cells = lines[1].split(separator: ",", omittingEmptySubsequences: false)
        #expect(cells.count == ComparisonReport.csvColumns.count)
    }

    @Test func jsonHasFormatScenariosAndFindings() throws {
        let rows = try ComparisonFixtures.outcomes().map(ComparisonRow.init)
        let object = try #require(try JSONSerialization.jsonObject(with: ComparisonReport.json(rows)) as? [String: Any])
        #expect(object["format"] as? String == "coldroute-comparison")
        #expect(object["version"] as? Int == 1)
        let scenarios = try #require(object["scenarios"] as? [[String: Any]])
        #expect(scenarios.count == 2)
        #expect(scenarios[0]["scenario"] as? String == "status-quo")
        #expect(scenarios[0]["totalCost"] is Double)
        #expect((scenarios[0]["cost"] as? [String: Double])?.keys.sorted() == ComparisonRow.costComponents.sorted())
        let findings = try #require(object["findings"] as? [String])
        #expect((3...6).contains(findings.count))
    }

    @Test func briefHasTableAndFindings() throws {
        let rows = try ComparisonFixtures.outcomes().map(ComparisonRow.init)
        let brief = ComparisonReport.brief(rows)
        #expect(brief.hasPrefix("# Scenario comparison: Tiny"))
        #expect(brief.contains("| status-quo |") && brief.contains("| open-all |"))
        #expect(brief.contains("## Findings"))
        #expect(brief.contains("cheapest scenario is"))
        #expect(brief.contains("Every plan passed the independent feasibility checks."))
    }

    @Test func htmlIsSelfContainedWithAMapPerScenario() throws {
        let outcomes = try ComparisonFixtures.outcomes()
        let html = HTMLReport.render(outcomes)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        // No external resources: no src or href pointing anywhere but inside the page.
        let external = try Regex(#"(src|href)\s*=\s*["']?\s*(https?:)?//"#)
        #expect(html.firstMatch(of: external) == nil)
        #expect(!html.contains("<script") && !html.contains("<link") && !html.contains("@import") && !html.contains("url("))
        #expect(!html.contains("http://") && !html.contains("https://"))
        #expect(html.components(separatedBy: "<svg class=\"map\"").count - 1 == outcomes.count)
        #expect(html.components(separatedBy: "<svg class=\"chart\"").count - 1 == 2)
        for name in ["status-quo", "open-all"] { #expect(html.contains("id=\"scenario-\(name)\"")) }
        #expect(html.contains("<polyline"))   // routes
        #expect(html.contains("<style>"))
    }

    @Test func findingsNameCheapestAndCostPerHousehold() throws {
        let rows = try ComparisonFixtures.outcomes().map(ComparisonRow.init)
        let findings = ComparisonReport.findings(rows)
        #expect(findings[0].contains("cheapest scenario"))
        #expect(findings.contains { $0.contains("status-quo") && $0.contains("more low-income households") })
    }
}
