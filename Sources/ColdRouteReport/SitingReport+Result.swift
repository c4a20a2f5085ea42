import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Foundation

/// Rendering a whole ``PlanResult``: text for people, `plan.json` for programs.
extension SitingReport {
    /// The plan as text: the siting (with the three coverage quantities), the routes, the
    /// dispatch and day cost, what stopped a search cut short, and the independent check, in the
    /// language of `catalog`; `warnings` (the network's validation warnings) head it.
    public static func text(_ result: PlanResult, network: CountyNetwork, warnings: [String] = [],
                            catalog w: Catalog = .english) -> String
    {
        var out = text(result.siting, network: network, coverage: result.coverage, warnings: warnings, catalog: w)
        if let pickup = result.pickup { out += "\n" + PickupReport.text(pickup, catalog: w) }
        if let express = result.express { out += "\n" + PickupReport.text(express, catalog: w) }
        let stops = workLines(result.work, catalog: w)
        if !stops.isEmpty { out += "\n" + stops.joined(separator: "\n") + "\n" }
        out += "\n" + w(result.pickup == nil ? "check.passedSiting" : "check.passedRoutes") + "\n"
        return out
    }

    /// One line per stage a clock or a stop request cut short, e.g. "route search: stopped by the
    /// time limit after 412 of 800 iterations". Empty when every stage stopped on its work budget.
    public static func workLines(_ work: PlanResult.Work, catalog w: Catalog = .english) -> [String] {
        var lines: [String] = []
        if work.sitingStoppedBy.isCutShort {
            lines.append(w("work.siting", ["stop": stopName(work.sitingStoppedBy, w)]))
        }
        if let routes = work.routes, routes.stoppedBy.isCutShort {
            let cut = routes.depots.filter(\.stoppedBy.isCutShort)
            let done = cut.reduce(0) { $0 + $1.iterations }
            let of = cut.allSatisfy { $0.iterationBudget != nil }
                ? w("work.ofIterations", ["budget": w.integer(cut.reduce(0) { $0 + ($1.iterationBudget ?? 0) })]) : ""
            lines.append(w("work.routes", ["stop": stopName(routes.stoppedBy, w), "done": w.integer(done), "of": of,
                                           "cut": w.integer(cut.count), "depots": w.integer(routes.depots.count),
                                           "list": cut.map(\.depot.rawValue).joined(separator: " ")]))
        }
        if work.roundsStoppedBy.isCutShort {
            lines.append(w("work.rounds", ["stop": stopName(work.roundsStoppedBy, w), "done": w.integer(work.roundsPlanned),
                                           "asked": w.integer(work.roundsAsked)]))
        }
        return lines
    }

    static func stopName(_ stop: StageStop, _ w: Catalog = .english) -> String {
        switch stop {
        case .timeLimit: w("stop.timeLimit")
        case .interrupted: w("stop.interrupted")
        case .iterationLimit: w("stop.iterationLimit")
        case .noImprovement: w("stop.noImprovement")
        case .completed: w("stop.completed")
        }
    }

    /// Coverage as three quantities side by side; the headline (collected) first in words.
    static func coverageLines(_ c: PlanCoverage, _ w: Catalog = .english) -> [String] {
        var out = [w("coverage.title", ["headline": w(c.collected == nil ? "coverage.headlineAssigned" : "coverage.headlineCollected")])]
        let h = c.headline
        out.append(w("coverage.headline", [
            "villages": w.integer(h.villages), "totalVillages": w.integer(c.total.villages), "villageShare": w.percent(c.villageShare(h)),
            "kg": kg(h.supply, w), "totalKg": kg(c.total.supply, w), "supplyShare": w.percent(c.supplyShare(h)),
            "lowIncome": w.integer(h.lowIncome), "totalLowIncome": w.integer(c.total.lowIncome), "lowIncomeShare": w.percent(c.lowIncomeShare(h)),
        ]))
        var columns: [(String, PlanCoverage.Count)] = [(w("coverage.reachable"), c.reachable), (w("coverage.assigned"), c.assigned)]
        if let collected = c.collected { columns.append((w("coverage.collected"), collected)) }
        var table = TextTable([""] + columns.map(\.0) + [w("coverage.total")], alignments: [.left] + columns.map { _ in .right } + [.right])
        func cell(_ value: String, _ share: Double) -> String { "\(value) (\(w.percent(share)))" }
        table.add([w("coverage.villages")] + columns.map { cell(w.integer($0.1.villages), c.villageShare($0.1)) } + [w.integer(c.total.villages)])
        table.add([w("coverage.supply")] + columns.map { cell(kg($0.1.supply, w), c.supplyShare($0.1)) } + [kg(c.total.supply, w)])
        table.add([w("coverage.lowIncome")] + columns.map { cell(w.integer($0.1.lowIncome), c.lowIncomeShare($0.1)) }
            + [w.integer(c.total.lowIncome)])
        out.append(table.render())
        out.append(w("coverage.note1"))
        out.append(w("coverage.note2"))
        return out
    }

    /// `plan.json`: the siting plan's fields at the top level as before (their `coverage` gains the
    /// reachable and collected quantities and `headline`), the routes under `pickup`, the dispatch
    /// under `express`, `dayCost` (its components and `total`) and `work` (what stopped each
    /// stage). Keys sorted, no timings: a clock-free run gives the same bytes every time.
    public static func json(_ result: PlanResult) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(ResultDocument(result: result))
    }

    private struct ResultDocument: Encodable {
        let result: PlanResult

        func encode(to encoder: Encoder) throws {
            var plan = result.siting
            plan.interrupted = result.interrupted
            try plan.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encodeIfPresent(result.pickup, forKey: .pickup)
            try container.encodeIfPresent(result.express, forKey: .express)
            try container.encodeIfPresent(result.dayCost.map(DayCost.init), forKey: .dayCost)
            try container.encode(CoverageDocument(siting: result.siting.coverage, coverage: result.coverage), forKey: .coverage)
            try container.encode(result.work, forKey: .work)
        }

        enum Key: String, CodingKey { case pickup, express, dayCost, coverage, work }
    }

    /// A cost breakdown with its total.
    private struct DayCost: Encodable {
        let cost: CostBreakdown
        init(_ cost: CostBreakdown) { self.cost = cost }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            for (name, value) in cost.components { try container.encode(value, forKey: AnyKey(name)) }
            try container.encode(cost.total, forKey: AnyKey("total"))
        }
    }

    /// The siting plan's coverage fields (assigned, as today) with the reachable and collected ones beside them.
    private struct CoverageDocument: Encodable {
        let siting: SitingPlan.Coverage
        let coverage: PlanCoverage

        func encode(to encoder: Encoder) throws {
            try siting.encode(to: encoder)
            var container = encoder.container(keyedBy: AnyKey.self)
            let c = coverage
            try container.encode(c.reachable.villages, forKey: AnyKey("villagesReachable"))
            try container.encode(c.reachable.supply, forKey: AnyKey("supplyReachable"))
            try container.encode(c.reachable.lowIncome, forKey: AnyKey("lowIncomeReachable"))
            try container.encode(c.assigned.villages, forKey: AnyKey("villagesAssigned"))
            try container.encode(c.assigned.supply, forKey: AnyKey("supplyAssigned"))
            try container.encode(c.assigned.lowIncome, forKey: AnyKey("lowIncomeAssigned"))
            if let collected = c.collected {
                try container.encode(collected.villages, forKey: AnyKey("villagesCollected"))
                try container.encode(collected.supply, forKey: AnyKey("supplyCollected"))
                try container.encode(collected.lowIncome, forKey: AnyKey("lowIncomeCollected"))
            }
            try container.encode(c.collected == nil ? "assigned" : "collected", forKey: AnyKey("headline"))
        }
    }

    private struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ name: String) { stringValue = name }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
}
