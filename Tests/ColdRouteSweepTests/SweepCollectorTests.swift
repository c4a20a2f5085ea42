import ColdRouteScenario
import ColdRouteSweep
import Foundation
import Testing

/// Task records and the collector: failures, missing tasks, rows in index order, best per county.
@Suite struct SweepCollectorTests {
    static let manifest = """
        counties = ["counties/*.json"]
        scenarios = ["scenarios/*.toml"]
        baseline = true
        [solver]
        routeIterations = 20
        timeLimit = 300
        """

    @Test func aScenarioACountyDoesNotFitFailsThatTaskOnly() throws {
        let f = try SweepFixtures.province(Self.manifest)
        // County b without the product the scenario scales.
        let b = f.appendingPathComponent("counties/b.json")
        try String(contentsOf: b, encoding: .utf8).replacingOccurrences(of: "\"berry\"", with: "\"cherry\"")
            .write(to: b, atomically: true, encoding: .utf8)
        let m = try SweepManifestReader.read(path: f.appendingPathComponent("province.toml").path)
        let task = try #require(SweepTask.all(of: m).first { $0.county == "b" && $0.scenario == "berry-peak" })
        let record = try #require(SweepTaskRunner.run(task, manifest: m))
        #expect(record.status == .failed)
        #expect(record.failure?.exitCode == 1)
        let message = record.failure?.error ?? ""
        #expect(message.hasPrefix("county b: ") && message.contains("peak.toml") && message.contains("unknown product 'berry'"))
        #expect(record.result == nil && record.row == nil)
    }

    @Test func aStopRequestLeavesNoRecord() throws {
        let f = try SweepFixtures.province(Self.manifest)
        let m = try SweepManifestReader.read(path: f.appendingPathComponent("province.toml").path)
        let stop = StopSignalFixture.stopped()
        #expect(SweepTaskRunner.run(SweepTask(manifest: m, index: 0)!, manifest: m, stop: stop) == nil)
    }

    @Test func collectsRowsInIndexOrderMarkingMissingAndFailed() throws {
        let f = try SweepFixtures.province(Self.manifest)
        let m = try SweepManifestReader.read(path: f.appendingPathComponent("province.toml").path)
        let layout = SweepLayout(directory: f.appendingPathComponent("out").path)
        try layout.prepare(manifest: m)
        let tasks = SweepTask.all(of: m)    // a: baseline, no-new, berry-peak; b: the same
        // Real records for a/baseline and a/no-new, a failure for b/berry-peak, the rest missing.
        for t in tasks where t.county == "a" && t.scenario != "berry-peak" {
            let r = try #require(SweepTaskRunner.run(t, manifest: m))
            #expect(r.status == .done && r.row?.totalCost != nil)
            try layout.writeRecord(r)
        }
        let failedTask = tasks.first { $0.county == "b" && $0.scenario == "berry-peak" }!
        try layout.writeRecord(SweepTaskRecord(task: failedTask, status: .failed, settings: nil, row: nil, result: nil,
                                               failure: .init(error: "county b: boom, \"quoted\"", exitCode: 1), execution: .init()))
        let c = try SweepCollector(layout: layout).collect()
        #expect(c.tasks == 6 && c.done == 2 && c.failed == 1)
        #expect(c.missing == tasks.filter { ($0.county == "a" && $0.scenario == "berry-peak") || ($0.county == "b" && $0.scenario != "berry-peak") }.map(\.index))
        #expect(c.rows.map(\.index) == Array(0..<6))
        let csv = try String(contentsOfFile: layout.path("sweep.csv"), encoding: .utf8).split(separator: "\n")
        #expect(csv.count == 7 && csv[0] == Substring(SweepRow.csvHeader))
        #expect(csv[failedTask.index + 1].hasSuffix(",failed,,,,,,,,,,,,\"county b: boom, \"\"quoted\"\"\""))
        #expect(csv.filter { $0.contains(",missing,") }.count == 3)
        // Best for a: the cheaper per kg of baseline and no-new; none for b.
        let a = c.summaries.filter { $0.county == "a" && $0.seedsDone == 1 }
        let cheapest = a.min { $0.costPerKg! < $1.costPerKg! }!
        #expect(c.best.map(\.county) == ["a"] && c.best[0].scenario == cheapest.scenario)
        let brief = try String(contentsOfFile: layout.path("brief.md"), encoding: .utf8)
        #expect(brief.contains("6 tasks: 2 done, 1 failed, 3 missing") && brief.contains("| a | \(cheapest.scenario) |"))
        let html = try String(contentsOfFile: layout.path("report.html"), encoding: .utf8)
        #expect(html.contains("<svg") && html.contains("Best scenario per county") && html.contains("&quot;quoted&quot;"))
        // A record that belongs to another task is refused, not merged.
        var wrong = try #require(try layout.readRecord(0))
        wrong.task.seed = 99
        try layout.writeRecord(wrong)
        #expect(throws: SweepError.self) { try SweepCollector(layout: layout).gather() }
    }

    @Test func comparableRecordsIgnoreTimingsAndHosts() throws {
        let f = try SweepFixtures.province(Self.manifest)
        let m = try SweepManifestReader.read(path: f.appendingPathComponent("province.toml").path)
        let task = SweepTask(manifest: m, index: 1)!
        var e1 = SweepTaskRecord.Execution(), e2 = SweepTaskRecord.Execution()
        e1.host = "node1"; e1.scheduler = "slurm 5_1"; e2.host = "laptop"
        let r1 = try #require(SweepTaskRunner.run(task, manifest: m, execution: e1))
        let r2 = try #require(SweepTaskRunner.run(task, manifest: m, execution: e2))
        #expect(try r1.json() != r2.json())
        #expect(try r1.comparable.json() == r2.comparable.json())
        let decoded = try SweepTaskRecord.read(r1.json())
        #expect(try decoded.json() == r1.json())
    }
}

import ColdRouteModel

enum StopSignalFixture {
    static func stopped() -> StopSignal {
        let s = StopSignal()
        s.stop()
        return s
    }
}
