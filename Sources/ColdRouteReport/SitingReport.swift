import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Foundation

/// Renders a ``SitingPlan`` for people (a text summary) and for programs (JSON).
public enum SitingReport {
    /// The first line of every text and Markdown output of a plan a stop request cut short (English;
    /// key `plan.interrupted`).
    public static var interruptedLine: String { Catalog.english("plan.interrupted") }
    /// The first line when the stop came before any plan was found (key `plan.interruptedEmpty`).
    public static var interruptedEmptyLine: String { Catalog.english("plan.interruptedEmpty") }

    /// A readable summary: status, depots opened, cost breakdown, coverage, and each uncovered
    /// village with its reason, in the language of `catalog`.
    /// With `coverage`, the coverage section shows its three quantities (reachable, assigned,
    /// collected) instead of the siting plan's assigned coverage alone.
    /// `warnings` (the network's validation warnings) are repeated under the status line.
    public static func text(_ plan: SitingPlan, network: CountyNetwork, coverage: PlanCoverage? = nil,
                            warnings: [String] = [], catalog w: Catalog = .english) -> String
    {
        var out: [String] = []
        if plan.interrupted { out += [w(plan.objective == nil ? "plan.interruptedEmpty" : "plan.interrupted"), ""] }
        out.append(w("siting.title", ["network": plan.network]))
        var status = w("siting.status", ["status": statusName(plan.status, w)])
        if let gap = plan.gap, plan.status == .feasible { status += w("siting.gap", ["gap": w.number(gap * 100, decimals: 4) + "%"]) }
        if plan.interrupted { status += w("siting.statusInterrupted") }
        out.append(status)
        if let message = plan.message { out.append(w("siting.note", ["message": message])) }
        out += warnings.map { w("siting.warning", ["message": $0]) }
        guard let objective = plan.objective else { return out.joined(separator: "\n") + "\n" }

        out.append("")
        out.append(w("siting.depots.title", ["open": w.integer(plan.openDepots.count), "total": w.integer(network.depots.count)]))
        var depots = TextTable(["depot", "name", "status", "load", "capacity", "use", "costPerDay"].map { w("siting.depots.\($0)") },
                               alignments: [.left, .left, .left, .right, .right, .right, .right])
        for d in plan.openDepots {
            depots.add([d.id.rawValue, d.name, w(d.status == .existing ? "depot.existing" : "depot.new"),
                        kg(d.load, w), kg(d.capacity, w), w.percent(d.capacity.value > 0 ? d.load / d.capacity : 0),
                        money(d.openingCostPerDay, w)])
        }
        out.append(depots.render())

        out.append("")
        out.append(w("siting.fleet.title"))
        var fleet = TextTable(["type", "class", "kg", "hours", "available", "use"].map { w("siting.fleet.\($0)") },
                              alignments: [.left, .left, .right, .right, .right, .right])
        for f in plan.fleet {
            fleet.add([f.name, w(f.refrigerated ? "vehicle.refrigerated" : "vehicle.ambient"), kg(f.kilograms, w),
                       w.number(f.minutesUsed.value / 60, decimals: 1), w.number(f.minutesAvailable.value / 60, decimals: 1),
                       w.percent(f.minutesAvailable.value > 0 ? f.minutesUsed / f.minutesAvailable : 0)])
        }
        out.append(fleet.render())

        out.append("")
        out.append(w("siting.cost.title"))
        var cost = TextTable([w("cost.component"), w("cost.yuanPerDay")], alignments: [.left, .right])
        for (name, value) in plan.cost.components where name != "vehicleFixed" {
            cost.add([costLabel(name, w), money(value, w)])
        }
        cost.add([w("cost.total"), money(objective, w)])
        if let perKg = plan.costPerKg { cost.add([w("cost.perKgCovered"), w.number(perKg.value, decimals: 3)]) }
        out.append(cost.render())
        out.append(w("siting.cost.note"))

        let c = plan.coverage
        out.append("")
        if let coverage {
            out += coverageLines(coverage, w)
        } else {
            out.append(w("siting.coverage.title"))
            out.append(w("siting.coverage.villages", ["n": w.integer(c.villagesCovered), "total": w.integer(c.villagesTotal),
                                                      "share": w.percent(c.villageShare)]))
            out.append(w("siting.coverage.supply", ["kg": kg(c.supplyCovered, w), "total": kg(c.supplyTotal, w),
                                                    "share": w.percent(c.supplyShare)]))
            out.append(w("siting.coverage.lowIncome", ["n": w.integer(c.lowIncomeCovered), "total": w.integer(c.lowIncomeTotal),
                                                       "share": w.percent(c.lowIncomeShare)]))
        }

        if !plan.uncovered.isEmpty {
            let names = Dictionary(uniqueKeysWithValues: network.villages.map { ($0.id, $0.name) })
            out.append("")
            let lost = plan.uncovered.reduce(Kilograms.zero) { $0 + $1.kilograms }
            out.append(w("siting.uncovered.title", ["kg": kg(lost, w), "n": w.integer(plan.uncovered.count)]))
            for u in plan.uncovered {
                let name = names[u.village].map { $0 == u.village.rawValue ? "" : " \($0)" } ?? ""
                out.append(w("siting.uncovered.line", ["village": "\(u.village)\(name)", "product": u.product.rawValue,
                                                       "kg": kg(u.kilograms, w), "reason": w.words(u.reason)]))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The status word: `optimal`, `feasible`… in English.
    static func statusName(_ status: SitingPlan.Status, _ w: Catalog) -> String {
        w.text("status.\(status.rawValue)", otherwise: status.rawValue)
    }

    /// The plan as pretty-printed JSON with sorted keys; with pickup routes, they come under the
    /// key `pickup`. No timings: the same plan gives the same bytes on every run. The top-level
    /// `interrupted` says whether a stop request cut the run short.
    public static func json(_ plan: SitingPlan, pickup: PickupPlan? = nil, express: ExpressPlan? = nil) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(PlanDocument(plan: plan, pickup: pickup, express: express))
    }

    /// The siting plan's fields at the top level, the routes beside them.
    private struct PlanDocument: Encodable {
        let plan: SitingPlan
        let pickup: PickupPlan?
        let express: ExpressPlan?

        func encode(to encoder: Encoder) throws {
            try plan.encode(to: encoder)
            var container = encoder.container(keyedBy: Key.self)
            try container.encodeIfPresent(pickup, forKey: .pickup)
            try container.encodeIfPresent(express, forKey: .express)
        }

        enum Key: String, CodingKey { case pickup, express }
    }

    static func costLabel(_ name: String, _ w: Catalog = .english) -> String {
        w.text("cost.\(name)", otherwise: name)
    }

    static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }
    static func money(_ y: Yuan) -> String { String(format: "%.2f", y.value) }
    static func kg(_ k: Kilograms) -> String { String(format: "%.0f", k.value) }
    static func money(_ y: Yuan, _ w: Catalog) -> String { w.number(y.value, decimals: 2) }
    static func kg(_ k: Kilograms, _ w: Catalog) -> String { w.number(k.value) }
}
