import ColdRouteIO
import ColdRouteModel
import ColdRoutePlanning
import ColdRouteReport
import ColdRouteScenario
import ColdRouteSiting
import Foundation
import Testing

/// report.html's structure on the demo county (66 villages): labels never overlap, the legend
/// lists every route colour, routes follow the roads, agencies are drawn above depots, the
/// low-income layer and the changes against the status quo are there, spoilage has its own
/// panel, a print stylesheet exists, and zh-CN leaves no English behind. Not a screenshot test.
@Suite struct ReportStructureTests {
    /// The demo plan as `status-quo`, and `changed`: one road closed and one open depot dropped
    /// (drawn, not re-planned: the report renders what it is given).
    static func outcomes() throws -> [ScenarioOutcome] {
        let demo = try PlannedNetwork.demo.get()
        let folder = PlannedNetwork.repository.appendingPathComponent("networks").path
        func outcome(_ name: String, _ network: CountyNetwork, _ siting: SitingPlan) throws -> ScenarioOutcome {
            let scenario = try ScenarioReader.read(text: "base = \"demo-county.json\"\n", file: "\(name).toml", defaultName: name, relativeTo: folder)
            let (_, options, settings) = try scenario.apply(to: demo.network)
            return ScenarioOutcome(scenario: scenario, network: network, options: options, settings: settings, siting: siting,
                                   pickup: demo.pickup, sitingViolations: [], routeProblems: [], planningSeconds: 0, checkSeconds: 0)
        }
        var network = demo.network
        let road = try #require(network.roads.firstIndex { !$0.closed })
        network.roads[road].closed = true
        var siting = demo.siting
        siting.openDepots.removeLast()
        return [try outcome("status-quo", demo.network, demo.siting), try outcome("changed", network, siting)]
    }

    static func boxes(in svg: Substring) throws -> [[Double]] {
        svg.matches(of: try Regex(#"data-box="([^"]+)""#)).map { match in
            String(match.output[1].substring ?? "").split(separator: " ").compactMap { Double($0) }
        }
    }

    static func figures(_ html: String) -> [Substring] {
        html.components(separatedBy: "<figure class=\"card\"").dropFirst().map { Substring($0.components(separatedBy: "</figure>")[0]) }
    }

    @Test func mapsHaveNamesWithoutOverlapAndEveryRouteColourInTheLegend() throws {
        let outcomes = try Self.outcomes()
        let html = HTMLReport.render(outcomes)
        let figures = Self.figures(html)
        #expect(figures.count == 2)
        for (figure, outcome) in zip(figures, outcomes) {
            let boxes = try Self.boxes(in: figure)
            #expect(boxes.count >= outcome.network.depots.count + outcome.network.agencies.count, "too few names: \(boxes.count)")
            for (i, a) in boxes.enumerated() {
                #expect(a.count == 4 && a[0] >= 0 && a[1] >= 0 && a[2] <= 640 && a[3] <= 440)
                for b in boxes[(i + 1)...] {
                    #expect(!(a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]), "labels overlap: \(a) \(b)")
                }
            }
            // Every depot's name is shown.
            for d in outcome.network.depots { #expect(figure.contains(">\(d.id.rawValue) \(d.name)</text>")) }
            // Legend: every colour a route is drawn in, and no other.
            let drawn = Set(figure.matches(of: try Regex(#"<polyline[^>]*data-colour="(#[0-9a-f]{6})""#)).map { String($0.output[1].substring ?? "") })
            let legend = figure.components(separatedBy: "routes-legend").dropFirst().first ?? ""
            let listed = Set(legend.matches(of: try Regex(#"data-colour="(#[0-9a-f]{6})""#)).map { String($0.output[1].substring ?? "") })
            #expect(!drawn.isEmpty && drawn == listed)
            // Agencies drawn after (above) the depots; names last.
            let depots = try #require(figure.range(of: "<g class=\"depots\""))
            let agencies = try #require(figure.range(of: "<g class=\"agencies\""))
            let labels = try #require(figure.range(of: "<g class=\"labels\""))
            #expect(depots.lowerBound < agencies.lowerBound && agencies.lowerBound < labels.lowerBound)
            // Low-income layer: one ring per village with low-income households.
            let rings = figure.components(separatedBy: "<g class=\"low-income\"").dropFirst().first?.components(separatedBy: "</g>").first ?? ""
            #expect(rings.components(separatedBy: "<circle").count - 1 == outcome.network.villages.count { $0.lowIncomeHouseholds > 0 })
        }
        // Changes against the status quo: none on its own map, the closed road and the dropped depot on the other.
        #expect(!figures[0].contains("class=\"changed\""))
        #expect(figures[1].components(separatedBy: "<line class=\"changed\"").count - 1 == 1)
        #expect(figures[1].components(separatedBy: "<circle class=\"changed\"").count - 1 == 1)
        #expect(html.contains("@media print"))
    }

    @Test func routesFollowTheRoads() throws {
        let demo = try PlannedNetwork.demo.get()
        let svg = SVGMap.render(network: demo.network, siting: demo.siting, pickup: demo.pickup)
        let points = svg.matches(of: try Regex(#"<polyline points="([^"]+)""#)).map { ($0.output[1].substring ?? "").split(separator: " ").count }
        #expect(points.count == demo.pickup.routes.count)
        // Straight lines would have depot + stops + depot per trip; roads add the junctions between.
        let straight = demo.pickup.routes.reduce(0) { $0 + $1.stops.count + $1.tripList.count + 1 }
        #expect(points.reduce(0, +) > straight)
    }

    @Test func spoilageHasItsOwnPanel() throws {
        let rows = try Self.outcomes().map(ComparisonRow.init)
        let svg = SVGCharts.costBreakdown(rows)
        func xs(_ component: String) throws -> [Double] {
            svg.matches(of: try Regex("data-component=\"\(component)\" x=\"([0-9.]+)\"")).compactMap { Double(String($0.output[1].substring ?? "")) }
        }
        let spoilage = try xs("spoilage"), distance = try xs("distance")
        #expect(spoilage.count == rows.count && !distance.isEmpty)
        #expect(spoilage.min()! > distance.max()!)
    }

    @Test func chineseReportLeavesNoKeyOrEnglishHeadingBehind() throws {
        let zh = try Catalog.load("zh-CN")
        let html = HTMLReport.render(try Self.outcomes(), catalog: zh)
        #expect(html.contains("<html lang=\"zh-CN\">") && html.contains("方案比选") && html.contains("成本构成"))
        #expect(!html.contains("report."), "an untranslated key")
        for english in ["Cost breakdown", "Maps", "existing depot", "express agency", "Operating costs", "routes along roads"] {
            #expect(!html.contains(english), "\(english)")
        }
    }
}
