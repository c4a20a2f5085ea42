import ColdRouteModel
import ColdRoutePlanning
import Foundation
import Testing
@testable import ColdRouteReport

/// The renderers in Chinese: the same content as in English (as many findings, the same numbers of
/// rows), Chinese words, no English sentence left, tables aligned by display width.
@Suite struct LocalizedReportTests {
    static let zh = Result { try Catalog.load("zh-CN") }

    @Test func briefAndFindingsInChinese() throws {
        let zh = try Self.zh.get()
        let rows = try ComparisonFixtures.outcomes().map(ComparisonRow.init)
        let brief = ComparisonReport.brief(rows, catalog: zh)
        #expect(brief.hasPrefix("# 方案比选：Tiny"))
        #expect(brief.contains("## 主要结论") && brief.contains("成本最低的方案是"))
        #expect(!brief.contains("cheapest") && !brief.contains("## Findings"))
        #expect(ComparisonReport.findings(rows, catalog: zh).count == ComparisonReport.findings(rows).count)
        #expect(brief.split(separator: "\n").count == ComparisonReport.brief(rows).split(separator: "\n").count)
    }

    @Test func comparisonTableLinesUpInChinese() throws {
        let zh = try Self.zh.get()
        let rows = try ComparisonFixtures.outcomes().map(ComparisonRow.init)
        let text = ComparisonReport.text(rows, catalog: zh)
        let first = text.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty }.map(String.init)
        #expect(first.count == rows.count + 2)
        #expect(first[0].contains("方案") && first[0].contains("低收入户"))
        // The last column is right-aligned: every line ends at the same display column.
        #expect(Set(first.map { DisplayWidth.columns($0) }).count == 1, "\(first)")
    }

    @Test func planTextAndSummaryInChinese() throws {
        let zh = try Self.zh.get()
        let tiny = try PlannedNetwork.tiny.get()
        let siting = SitingReport.text(tiny.siting, network: tiny.network, catalog: zh)
        #expect(siting.contains("冷库选址方案") && siting.contains("启用冷库"))
        #expect(!siting.contains("Depots open") && !siting.contains("Cost per day"))
        let pickup = PickupReport.text(tiny.pickup, catalog: zh)
        #expect(pickup.hasPrefix("收运路线："))
        // The same lines as in English, in the other language.
        #expect(siting.split(separator: "\n").count == SitingReport.text(tiny.siting, network: tiny.network).split(separator: "\n").count)
        let files = try PlanExport.render(network: tiny.network, siting: tiny.siting, pickup: tiny.pickup, catalog: zh).contents
        let summary = String(decoding: try #require(files.first { $0.name == "summary.md" }).data, as: UTF8.self)
        #expect(summary.hasPrefix("# Tiny：冷链物流方案"))
        #expect(summary.contains("## 收运路线") && !summary.contains("## Pickup routes"))
        // Files for programs do not change with the language.
        let english = try PlanExport.render(network: tiny.network, siting: tiny.siting, pickup: tiny.pickup).contents
        for name in ["plan.json", "routes.csv", "routes-vroom.json"] {
            #expect(files.first { $0.name == name }?.data == english.first { $0.name == name }?.data, "\(name)")
        }
    }
}
