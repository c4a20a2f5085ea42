import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Foundation

/// Writes `summary.md`: a one-page Markdown brief of a plan for a briefing or an issue comment.
enum PlanSummaryWriter {
    static func markdown(network: CountyNetwork, siting: SitingPlan, pickup: PickupPlan?, files: [String]) -> String {
        var out = ["# \(network.name): cold-chain plan", ""]
        if siting.interrupted || pickup?.interrupted == true { out += ["**\(SitingReport.interruptedLine)**", ""] }
        var status = "Siting: **\(siting.status.rawValue)**"
        if let objective = siting.objective { status += ", \(SitingReport.money(objective)) yuan/day (siting estimate)" }
        out.append(status + ".")
        if let message = siting.message { out += ["", "Note: \(message)"] }
        let c = siting.coverage
        out += ["", "| coverage within shelf life | covered | of | share |", "|---|---:|---:|---:|",
                "| villages | \(c.villagesCovered) | \(c.villagesTotal) | \(SitingReport.percent(c.villageShare)) |",
                "| supply, kg/day | \(SitingReport.kg(c.supplyCovered)) | \(SitingReport.kg(c.supplyTotal)) | \(SitingReport.percent(c.supplyShare)) |",
                "| low-income households | \(c.lowIncomeCovered) | \(c.lowIncomeTotal) | \(SitingReport.percent(c.lowIncomeShare)) |"]
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
