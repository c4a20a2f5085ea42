import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Foundation

/// Renders a ``SitingPlan`` for people (a text summary) and for programs (JSON).
public enum SitingReport {
    /// The first line of every text and Markdown output of a plan a stop request cut short.
    public static let interruptedLine = "INTERRUPTED — best plan found so far, not a finished plan"
    /// The first line when the stop came before any plan was found.
    public static let interruptedEmptyLine = "INTERRUPTED — stopped before any plan was found"

    /// A readable summary: status, depots opened, cost breakdown, coverage, and each uncovered
    /// village with its reason.
    /// With `coverage`, the coverage section shows its three quantities (reachable, assigned,
    /// collected) instead of the siting plan's assigned coverage alone.
    /// `warnings` (the network's validation warnings) are repeated under the status line.
    public static func text(_ plan: SitingPlan, network: CountyNetwork, coverage: PlanCoverage? = nil, warnings: [String] = []) -> String {
        var out: [String] = []
        if plan.interrupted { out += [plan.objective == nil ? interruptedEmptyLine : interruptedLine, ""] }
        out.append("Siting plan for \(plan.network)")
        var status = "status: \(plan.status.rawValue)"
        if let gap = plan.gap, plan.status == .feasible { status += " (gap \(String(format: "%.4f%%", gap * 100)))" }
        if plan.interrupted { status += ", interrupted" }
        out.append(status)
        if let message = plan.message { out.append("note: \(message)") }
        out += warnings.map { "warning: \($0)" }
        guard let objective = plan.objective else { return out.joined(separator: "\n") + "\n" }

        out.append("")
        out.append("Depots open (\(plan.openDepots.count) of \(network.depots.count)):")
        var depots = TextTable(["depot", "name", "status", "load kg/day", "capacity", "use", "cost/day"],
                               alignments: [.left, .left, .left, .right, .right, .right, .right])
        for d in plan.openDepots {
            depots.add([d.id.rawValue, d.name, d.status == .existing ? "existing" : "new",
                        kg(d.load), kg(d.capacity), percent(d.capacity.value > 0 ? d.load / d.capacity : 0),
                        money(d.openingCostPerDay)])
        }
        out.append(depots.render())

        out.append("")
        out.append("Fleet time (full-load direct trips, an estimate before routing):")
        var fleet = TextTable(["vehicle type", "class", "kg/day", "vehicle-hours", "available", "use"],
                              alignments: [.left, .left, .right, .right, .right, .right])
        for f in plan.fleet {
            fleet.add([f.name, f.refrigerated ? "refrigerated" : "ambient", kg(f.kilograms),
                       String(format: "%.1f", f.minutesUsed.value / 60), String(format: "%.1f", f.minutesAvailable.value / 60),
                       percent(f.minutesAvailable.value > 0 ? f.minutesUsed / f.minutesAvailable : 0)])
        }
        out.append(fleet.render())

        out.append("")
        out.append("Cost per day (yuan):")
        var cost = TextTable(["component", "yuan/day"], alignments: [.left, .right])
        for (name, value) in plan.cost.components where name != "vehicleFixed" {
            cost.add([costLabel(name), money(value)])
        }
        cost.add(["total", money(objective)])
        if let perKg = plan.costPerKg { cost.add(["per kg covered", String(format: "%.3f", perKg.value)]) }
        out.append(cost.render())
        out.append("  (transport, driver and refrigeration are full-load direct-trip estimates; routes refine them)")

        let c = plan.coverage
        out.append("")
        if let coverage {
            out += coverageLines(coverage)
        } else {
            out.append("Coverage within shelf life:")
            out.append("  villages                \(c.villagesCovered) of \(c.villagesTotal) (\(percent(c.villageShare)))")
            out.append("  supply                  \(kg(c.supplyCovered)) of \(kg(c.supplyTotal)) kg/day (\(percent(c.supplyShare)))")
            out.append("  low-income households   \(c.lowIncomeCovered) of \(c.lowIncomeTotal) (\(percent(c.lowIncomeShare)))")
        }

        if !plan.uncovered.isEmpty {
            let names = Dictionary(uniqueKeysWithValues: network.villages.map { ($0.id, $0.name) })
            out.append("")
            let lost = plan.uncovered.reduce(Kilograms.zero) { $0 + $1.kilograms }
            out.append("Not covered within shelf life: \(kg(lost)) kg/day (\(plan.uncovered.count) village × product):")
            for u in plan.uncovered {
                let name = names[u.village].map { $0 == u.village.rawValue ? "" : " \($0)" } ?? ""
                out.append("  \(u.village)\(name), \(u.product) \(kg(u.kilograms)) kg: \(u.reason)")
            }
        }
        return out.joined(separator: "\n") + "\n"
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

    static func costLabel(_ name: String) -> String {
        switch name {
        case "depotOpening": "depot opening"
        case "driverTime": "driver time"
        case "vehicleFixed": "vehicle fixed"
        case "express": "express (agency + trunk)"
        case "spoilage": "spoilage (value lost)"
        default: name
        }
    }

    static func percent(_ share: Double) -> String { String(format: "%.1f%%", share * 100) }
    static func money(_ y: Yuan) -> String { String(format: "%.2f", y.value) }
    static func kg(_ k: Kilograms) -> String { String(format: "%.0f", k.value) }
}
