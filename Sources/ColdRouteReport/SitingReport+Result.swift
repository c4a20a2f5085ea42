import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Foundation

/// Rendering a whole ``PlanResult``: text for people, `plan.json` for programs.
extension SitingReport {
    /// The plan as text: the siting (with the three coverage quantities), the routes, the
    /// dispatch and day cost, what stopped a search cut short, and the independent check.
    public static func text(_ result: PlanResult, network: CountyNetwork, warnings: [String] = []) -> String {
        var out = text(result.siting, network: network, coverage: result.coverage, warnings: warnings)
        if let pickup = result.pickup { out += "\n" + PickupReport.text(pickup) }
        if let express = result.express { out += "\n" + PickupReport.text(express) }
        let stops = workLines(result.work)
        if !stops.isEmpty { out += "\n" + stops.joined(separator: "\n") + "\n" }
        out += "\nIndependent check: passed (capacity, windows, shelf life, cut-off, coverage, costs"
            + (result.pickup == nil ? ").\n" : "; routes: capacity, windows, shifts, shelf life, fleet; dispatch: cut-offs, agency capacity).\n")
        return out
    }

    /// One line per stage a clock or a stop request cut short, e.g. "route search: stopped by the
    /// time limit after 412 of 800 iterations". Empty when every stage stopped on its work budget.
    public static func workLines(_ work: PlanResult.Work) -> [String] {
        var lines: [String] = []
        if work.sitingStoppedBy.isCutShort {
            lines.append("siting: stopped by \(stopName(work.sitingStoppedBy)) before optimality was proven (see the gap)")
        }
        if let routes = work.routes, routes.stoppedBy.isCutShort {
            let cut = routes.depots.filter(\.stoppedBy.isCutShort)
            let done = cut.reduce(0) { $0 + $1.iterations }
            let of = cut.allSatisfy { $0.iterationBudget != nil } ? " of \(cut.reduce(0) { $0 + ($1.iterationBudget ?? 0) })" : ""
            lines.append("route search: stopped by \(stopName(routes.stoppedBy)) after \(done)\(of) iterations "
                + "(\(cut.count) of \(routes.depots.count) depots: \(cut.map(\.depot.rawValue).joined(separator: " ")))")
        }
        if work.roundsStoppedBy.isCutShort {
            lines.append("rounds: stopped by \(stopName(work.roundsStoppedBy)) after \(work.roundsPlanned) of \(work.roundsAsked)")
        }
        return lines
    }

    static func stopName(_ stop: StageStop) -> String {
        switch stop {
        case .timeLimit: "the time limit"
        case .interrupted: "a stop request"
        case .iterationLimit: "the iteration limit"
        case .noImprovement: "no improvement"
        case .completed: "completion"
        }
    }

    /// Coverage as three quantities side by side; the headline (collected) first in words.
    static func coverageLines(_ c: PlanCoverage) -> [String] {
        var out = ["Coverage within shelf life (headline: \(c.collected == nil ? "assigned — no routes planned" : "collected by a route, delivered in time")):"]
        let h = c.headline
        out.append("  \(h.villages) of \(c.total.villages) villages (\(percent(c.villageShare(h)))), \(kg(h.supply)) of "
            + "\(kg(c.total.supply)) kg/day (\(percent(c.supplyShare(h)))), \(h.lowIncome) of \(c.total.lowIncome) "
            + "low-income households (\(percent(c.lowIncomeShare(h))))")
        var columns: [(String, PlanCoverage.Count)] = [("reachable", c.reachable), ("assigned", c.assigned)]
        if let collected = c.collected { columns.append(("collected", collected)) }
        var table = TextTable([""] + columns.map(\.0) + ["total"], alignments: [.left] + columns.map { _ in .right } + [.right])
        table.add(["villages"] + columns.map { "\($0.1.villages) (\(percent(c.villageShare($0.1))))" } + ["\(c.total.villages)"])
        table.add(["supply kg/day"] + columns.map { "\(kg($0.1.supply)) (\(percent(c.supplyShare($0.1))))" } + [kg(c.total.supply)])
        table.add(["low-income households"] + columns.map { "\($0.1.lowIncome) (\(percent(c.lowIncomeShare($0.1))))" }
            + ["\(c.total.lowIncome)"])
        out.append(table.render())
        out.append("  (reachable: some open depot can receive it within shelf life; assigned: the siting sends it to a depot;")
        out.append("   collected: a pickup route loads it and brings it to the depot within shelf life)")
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
