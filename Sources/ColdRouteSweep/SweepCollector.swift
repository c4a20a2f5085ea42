import ColdRouteIO
import ColdRouteReport
import Foundation

/// Merges a sweep's task records into the province's outputs: `sweep.csv` and `sweep.json` (one
/// ``SweepRow`` per task, in index order, missing tasks included), `brief.md` (a province brief)
/// and `report.html` (province table, best scenario per county, charts). Never solves; every
/// file is written atomically.
///
/// **Best scenario per county.** Rows are averaged over seeds per (county, scenario); among the
/// scenarios whose every seed is done with a plan, the best has the lowest mean cost per kg
/// collected (day cost ÷ produce collected within shelf life), ties broken by the higher mean
/// collected share, then by name. A county none of whose scenarios qualify has no best.
///
/// Reading: records are decoded as ``SweepTaskRecord/Summary`` (the full plan stays in the file)
/// on all cores; the outputs depend only on the records, not on the reading order.
public struct SweepCollector: Sendable {
    public var layout: SweepLayout

    public init(layout: SweepLayout) { self.layout = layout }

    /// Per-scenario means of one county, over the seeds done with a plan.
    public struct CountyScenario: Hashable, Sendable, Codable {
        public var county: String
        public var scenario: String
        public var seeds: Int
        public var seedsDone: Int
        public var dayCost: Double?
        public var costPerKg: Double?
        public var collectedShare: Double?
        public var spoiledKg: Double?
    }

    /// What `collect` found.
    public struct Collection: Sendable, Codable {
        public var name: String
        public var tasks: Int
        public var done: Int
        public var failed: Int
        public var missing: [Int]
        public var rows: [SweepRow]
        public var summaries: [CountyScenario]
        /// The best scenario of each county (see the type's documentation), in county order.
        public var best: [CountyScenario]
    }

    /// Reads the task list and every record.
    public func gather() throws -> Collection {
        let list = try layout.readTaskList()
        let tasks = list.tasks
        let summaries = UnsafeBox<SweepTaskRecord.Summary>(count: tasks.count)
        let errors = UnsafeBox<String>(count: tasks.count)
        let decoder = JSONDecoder()
        DispatchQueue.concurrentPerform(iterations: tasks.count) { i in
            guard let data = FileManager.default.contents(atPath: layout.recordPath(tasks[i].index)) else { return }
            do {
                let s = try decoder.decode(SweepTaskRecord.Summary.self, from: data)
                if s.task != tasks[i] {
                    errors[i] = "\(layout.recordPath(tasks[i].index)): holds task \(s.task.label), expected \(tasks[i].label) (did the manifest change? re-run with --force)"
                } else {
                    summaries[i] = s
                }
            } catch {
                errors[i] = "\(layout.recordPath(tasks[i].index)): not a task record (\(error))"
            }
        }
        if let first = errors.values.compactMap({ $0 }).first { throw SweepError(first) }
        let rows = tasks.indices.map { SweepRow(task: tasks[$0], record: summaries[$0]) }
        let grouped = Self.countyScenarios(rows)
        return Collection(
            name: list.name, tasks: tasks.count, done: rows.count { $0.status == "done" },
            failed: rows.count { $0.status == "failed" }, missing: rows.filter { $0.status == "missing" }.map(\.index),
            rows: rows, summaries: grouped, best: Self.best(grouped))
    }

    /// Writes `sweep.csv`, `sweep.json`, `brief.md` and `report.html`; returns the collection.
    @discardableResult
    public func collect() throws -> Collection {
        let c = try gather()
        try AtomicFile.write(Self.csv(c), to: layout.path("sweep.csv"))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try AtomicFile.write(try encoder.encode(c) + Data("\n".utf8), to: layout.path("sweep.json"))
        try AtomicFile.write(SweepReport.brief(c), to: layout.path("brief.md"))
        try AtomicFile.write(SweepReport.html(c), to: layout.path("report.html"))
        return c
    }

    public static func csv(_ c: Collection) -> String {
        ([SweepRow.csvHeader] + c.rows.map(\.csvLine)).joined(separator: "\n") + "\n"
    }

    static func countyScenarios(_ rows: [SweepRow]) -> [CountyScenario] {
        var order: [String] = [], groups: [String: [SweepRow]] = [:]
        for r in rows {
            let key = r.county + "\u{0}" + r.scenario
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(r)
        }
        return order.map { key in
            let g = groups[key]!
            let done = g.filter { $0.status == "done" && $0.dayCost != nil }
            func mean(_ f: (SweepRow) -> Double?) -> Double? {
                let v = done.compactMap(f)
                return v.isEmpty || v.count < done.count ? nil : v.reduce(0, +) / Double(v.count)
            }
            return CountyScenario(county: g[0].county, scenario: g[0].scenario, seeds: g.count, seedsDone: done.count,
                                  dayCost: mean(\.dayCost), costPerKg: mean(\.costPerKg),
                                  collectedShare: mean(\.collectedShare), spoiledKg: mean(\.spoiledKg))
        }
    }

    static func best(_ summaries: [CountyScenario]) -> [CountyScenario] {
        var order: [String] = [], best: [String: CountyScenario] = [:]
        for s in summaries {
            if !order.contains(s.county) { order.append(s.county) }
            guard s.seedsDone == s.seeds, let kg = s.costPerKg else { continue }
            if let b = best[s.county], let bkg = b.costPerKg {
                let better = kg < bkg || (kg == bkg && ((s.collectedShare ?? 0) > (b.collectedShare ?? 0)
                    || ((s.collectedShare ?? 0) == (b.collectedShare ?? 0) && s.scenario < b.scenario)))
                if better { best[s.county] = s }
            } else {
                best[s.county] = s
            }
        }
        return order.compactMap { best[$0] }
    }
}

/// Slots written by concurrent workers, one slot per worker index (no two touch the same slot).
final class UnsafeBox<Value>: @unchecked Sendable {
    private let storage: UnsafeMutablePointer<Value?>
    let count: Int
    init(count: Int) {
        self.count = count
        storage = .allocate(capacity: max(1, count))
        storage.initialize(repeating: nil, count: max(1, count))
    }
    deinit {
        storage.deinitialize(count: max(1, count))
        storage.deallocate()
    }
    subscript(i: Int) -> Value? {
        get { storage[i] }
        set { storage[i] = newValue }
    }
    var values: [Value?] { (0..<count).map { storage[$0] } }
}
