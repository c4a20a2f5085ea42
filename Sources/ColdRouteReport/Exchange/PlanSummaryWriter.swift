import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Foundation

/// Writes `summary.md`: a one-page Markdown brief of a plan for a briefing or an issue comment,
/// in the language of a ``Catalog``.
enum PlanSummaryWriter {
    /// `coverage`: the planner's reachable / assigned / collected figures, when the caller has them
    /// (then the table shows all three, collected as the headline); else the siting's coverage.
    /// `express`: the dispatch of the routes; its cost (depot opening, routes, handling, express and
    /// the spoilage of all that is not covered, collected or dispatched) is the routed day's cost,
    /// stated under the siting's estimate — the figure `plan` prints last and plan.json's `express.cost`.
    static func markdown(network: CountyNetwork, siting: SitingPlan, pickup: PickupPlan?, coverage: PlanCoverage? = nil,
                         express: ExpressPlan? = nil, files: [String], catalog w: Catalog = .english) -> String {
        func kg(_ k: Kilograms) -> String { SitingReport.kg(k, w) }
        var out = [w("summary.title", ["network": network.name]), ""]
        if siting.interrupted || pickup?.interrupted == true { out += ["**\(w("plan.interrupted"))**", ""] }
        var status = w("summary.status", ["status": SitingReport.statusName(siting.status, w)])
        if let objective = siting.objective { status += w("summary.objective", ["cost": SitingReport.money(objective, w)]) }
        out.append(status + w("summary.period"))
        if let express, pickup != nil {
            let perKg = express.dispatched.value > 0
                ? w("summary.dayCostPerKg", ["perKg": w.number(express.cost.total.value / express.dispatched.value, decimals: 3)]) : ""
            out += ["", w("summary.dayCost", ["cost": SitingReport.money(express.cost.total, w), "perKg": perKg]) + w("summary.period")]
        }
        if let message = siting.message { out += ["", w("summary.note", ["message": message])] }
        if let coverage {
            func cell(_ n: PlanCoverage.Count?, _ value: (PlanCoverage.Count) -> String, _ share: (PlanCoverage.Count) -> Double) -> String {
                n.map { "\(value($0)) (\(w.percent(share($0))))" } ?? "–"
            }
            let columns = [coverage.reachable, coverage.assigned, coverage.collected]
            func row(_ name: String, _ value: @escaping (PlanCoverage.Count) -> String, _ share: @escaping (PlanCoverage.Count) -> Double) -> String {
                "| \(name) | " + columns.map { cell($0, value, share) }.joined(separator: " | ") + " | \(value(coverage.total)) |"
            }
            out += ["", w("summary.coverage.header"), "|---|---:|---:|---:|---:|",
                    row(w("summary.villages"), { w.integer($0.villages) }, coverage.villageShare),
                    row(w("summary.supply"), { kg($0.supply) }, coverage.supplyShare),
                    row(w("summary.lowIncome"), { w.integer($0.lowIncome) }, coverage.lowIncomeShare),
                    "", w("summary.coverage.note")]
        } else {
            let c = siting.coverage
            out += ["", w("summary.sitingCoverage.header"), "|---|---:|---:|---:|",
                    "| \(w("summary.villages")) | \(w.integer(c.villagesCovered)) | \(w.integer(c.villagesTotal)) | \(w.percent(c.villageShare)) |",
                    "| \(w("summary.supply")) | \(kg(c.supplyCovered)) | \(kg(c.supplyTotal)) | \(w.percent(c.supplyShare)) |",
                    "| \(w("summary.lowIncome")) | \(w.integer(c.lowIncomeCovered)) | \(w.integer(c.lowIncomeTotal)) | \(w.percent(c.lowIncomeShare)) |"]
        }
        if !siting.openDepots.isEmpty {
            out += ["", w("summary.depots", ["list": siting.openDepots.map {
                w("summary.depot", ["id": $0.id.rawValue, "name": $0.name == $0.id.rawValue ? "" : " " + $0.name,
                                    "status": w($0.status == .existing ? "depot.existing" : "depot.new"),
                                    "load": kg($0.load), "capacity": kg($0.capacity)])
            }.joined(separator: w("summary.listSeparator"))])]
        }
        if let pickup {
            out += ["", w("summary.routes.title"), "",
                    w("summary.routes.line", [
                        "vehicles": w.integer(pickup.routes.count), "trips": w.integer(pickup.routes.reduce(0) { $0 + $1.tripList.count }),
                        "km": w.number(pickup.vehicleKilometres.value, decimals: 1), "kg": kg(pickup.collected),
                        "cost": SitingReport.money(pickup.cost.total, w),
                    ]),
                    "", w("summary.routes.header"), "|---|---|---|---:|---:|---:|---:|---|"]
            for r in pickup.routes {
                let path = r.tripList.indices.map { k in r.stops(ofTrip: k + 1).map(\.village.rawValue).joined(separator: " → ") }
                    .joined(separator: " ‖ ")
                out.append("| \(r.vehicle) | \(w(r.refrigerated ? "pickup.cold" : "vehicle.ambient")) | \(r.start.clockString)–\(r.end.clockString) | "
                    + "\(w.integer(r.tripList.count)) | \(w.integer(r.stops.count)) | \(w.number(r.distance.value, decimals: 1)) | \(kg(r.load)) | \(path) |")
            }
        }
        let reasons = ExchangeReasons(siting: siting, pickup: pickup, catalog: w)
        if !reasons.villages.isEmpty {
            out += ["", w("summary.notCollected"), ""]
            for v in reasons.villages { out.append("- \(v): \(reasons.text(v) ?? "")") }
        }
        if !files.isEmpty {
            out += ["", w("summary.files", ["list": files.map { "`\($0)`" }.joined(separator: ", ")])]
        }
        return out.joined(separator: "\n") + "\n"
    }
}
