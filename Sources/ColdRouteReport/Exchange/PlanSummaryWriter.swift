import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Foundation

/// Writes `summary.md`: a one-page Markdown brief of a plan for a briefing or an issue comment.
enum PlanSummaryWriter {
    /// `coverage`: the planner's reachable / assigned / collected figures, when the caller has them
    /// (then the table shows all three, collected as the headline); else the siting's coverage.
    static func markdown(network: CountyNetwork, siting: SitingPlan, pickup: PickupPlan?, coverage: PlanCoverage? = nil,
                         files: [String]) -> String {
        var out = ["# \(network.name): cold-chain plan", ""]
        if siting.interrupted || pickup?.interrupted == true { out += ["**\(SitingReport.interruptedLine)**", ""] }
        var status = "Siting: **\(siting.status.rawValue)**"
        if let objective = siting.objective { status += ", \(SitingReport.money(objective)) yuan/day (siting estimate)" }
        out.append(status + ".")
        if let message = siting.message { out += ["", "Note: \(message)"] }
        if let coverage {
            func cell(_ n: PlanCoverage.Count?, _ value: (PlanCoverage.Count) -> String, _ share: (PlanCoverage.Count) -> Double) -> String {
                n.map { "\(value($0)) (\(SitingReport.percent(share($0))))" } ?? "–"
            }
            let columns = [coverage.reachable, coverage.assigned, coverage.collected]
            func row(_ name: String, _ value: @escaping (PlanCoverage.Count) -> String, _ share: @escaping (PlanCoverage.Count) -> Double) -> String {
                "| \(name) | " + columns.map { cell($0, value, share) }.joined(separator: " | ") + " | \(value(coverage.total)) |"
            }
            out += ["", "| coverage within shelf life | reachable | assigned | **collected** | total |", "|---|---:|---:|---:|---:|",
                    row("villages", { "\($0.villages)" }, coverage.villageShare),
                    row("supply, kg/day", { SitingReport.kg($0.supply) }, coverage.supplyShare),
                    row("low-income households", { "\($0.lowIncome)" }, coverage.lowIncomeShare),
                    "", "Reachable: some open depot can receive it within shelf life; assigned: the siting sends it to a depot; "
                        + "collected: a pickup route loads it and brings it in within shelf life."]
        } else {
            let c = siting.coverage
            out += ["", "| coverage within shelf life | covered | of | share |", "|---|---:|---:|---:|",
                    "| villages | \(c.villagesCovered) | \(c.villagesTotal) | \(SitingReport.percent(c.villageShare)) |",
                    "| supply, kg/day | \(SitingReport.kg(c.supplyCovered)) | \(SitingReport.kg(c.supplyTotal)) | \(SitingReport.percent(c.supplyShare)) |",
                    "| low-income households | \(c.lowIncomeCovered) | \(c.lowIncomeTotal) | \(SitingReport.percent(c.lowIncomeShare)) |"]
        }
        if !siting.openDepots.isEmpty {
            out += ["", "Depots open: " + siting.openDepots.map {
                "\($0.id) \($0.name == $0.id.rawValue ? "" : $0.name + " ")(\($0.status == .existing ? "existing" : "new"), "
                    + "\(SitingReport.kg($0.load)) of \(SitingReport.kg($0.capacity)) kg/day)"
            }.joined(separator: ", ") + "."]
        }
        if let pickup {
            out += ["", "## Pickup routes", "",
                    "\(pickup.routes.count) vehicles, \(pickup.routes.reduce(0) { $0 + $1.tripList.count }) trips, \(String(format: "%.1f", pickup.vehicleKilometres.value)) km, "
                        + "\(SitingReport.kg(pickup.collected)) kg/day collected, routing cost \(SitingReport.money(pickup.cost.total)) yuan/day.",
                    "", "| vehicle | class | out–back | trips | stops | km | load kg | route |", "|---|---|---|---:|---:|---:|---:|---|"]
            for r in pickup.routes {
                let path = r.tripList.indices.map { k in r.stops(ofTrip: k + 1).map(\.village.rawValue).joined(separator: " → ") }
                    .joined(separator: " ‖ ")
                out.append("| \(r.vehicle) | \(r.refrigerated ? "cold" : "ambient") | \(r.start.clockString)–\(r.end.clockString) | "
                    + "\(r.tripList.count) | \(r.stops.count) | \(String(format: "%.1f", r.distance.value)) | \(SitingReport.kg(r.load)) | \(path) |")
            }
        }
        let reasons = ExchangeReasons(siting: siting, pickup: pickup)
        if !reasons.villages.isEmpty {
            out += ["", "## Not collected", ""]
            for v in reasons.villages { out.append("- \(v): \(reasons.text(v) ?? "")") }
        }
        if !files.isEmpty {
            out += ["", "Files: " + files.map { "`\($0)`" }.joined(separator: ", ") + " (formats: docs/exchange-formats.md)."]
        }
        return out.joined(separator: "\n") + "\n"
    }
}
