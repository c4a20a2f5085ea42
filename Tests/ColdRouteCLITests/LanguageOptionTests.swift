import Foundation
import Testing

/// `--lang`: plan, its files and evaluate in Chinese; English by default; an unknown language is a
/// usage error naming the languages there are.
@Suite struct LanguageOptionTests {
    @Test func planAndEvaluateInChinese() throws {
        let dir = try CLIRunner.temporaryDirectory()
        let plan = try CLIRunner.run(["plan", "networks/tiny.json", "--quiet", "--route-iterations", "100", "--lang", "zh-CN",
                                      "--out", dir.path])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("冷库选址方案"))
        #expect(plan.stdout.contains("收运路线："))
        #expect(plan.stdout.contains("独立校验：通过"))
        #expect(!plan.stdout.contains("Siting plan for"))
        let summary = try String(contentsOf: dir.appendingPathComponent("summary.md"), encoding: .utf8)
        #expect(summary.contains("冷链物流方案"))
        let sheets = try String(contentsOf: dir.appendingPathComponent("drivers/index.html"), encoding: .utf8)
        #expect(sheets.contains("<html lang=\"zh-CN\">") && sheets.contains("司机任务单"))
        // Files for programs do not change with the language.
        let routes = try String(contentsOf: dir.appendingPathComponent("routes.csv"), encoding: .utf8)
        #expect(routes.hasPrefix("vehicle,depot,"))

        let evaluate = try CLIRunner.run(["evaluate", "networks/tiny.json", "--routes", dir.appendingPathComponent("routes.csv").path,
                                          "--lang", "zh-CN"])
        #expect(evaluate.status == 0, "\(evaluate.stdout)\(evaluate.stderr)")
        #expect(evaluate.stdout.contains("没有违规"))
    }

    @Test func englishIsTheDefault() throws {
        let plan = try CLIRunner.run(["plan", "networks/tiny.json", "--quiet", "--route-iterations", "100"])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("Siting plan for"))
        #expect(!plan.stdout.contains("冷库"))
    }

    @Test func anUnknownLanguageIsAUsageError() throws {
        let plan = try CLIRunner.run(["plan", "networks/tiny.json", "--lang", "xx"])
        #expect(plan.status == 64)
        #expect(plan.stderr.contains("--lang: no language 'xx': available are en, zh-CN"))
    }
}
