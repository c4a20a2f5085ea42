import ColdRouteModel
import ColdRoutePlanning
import Foundation

/// Renders a ``PickupPlan`` for people: one line per vehicle (its trips separated by `|` in the
/// route column), then the supply no route collects.
public enum PickupReport {
    public static func text(_ plan: PickupPlan) -> String {
        var out: [String] = []
        let vehicles = plan.routes.count, trips = plan.routes.reduce(0) { $0 + $1.tripList.count }
        let visits = plan.routes.reduce(0) { $0 + $1.stops.count }
        out.append("Pickup routes: \(vehicles) vehicles, \(trips) trips, \(visits) visits, \(String(format: "%.1f", plan.vehicleKilometres.value)) vehicle-km, "
            + "\(SitingReport.kg(plan.collected)) kg collected, routing cost \(SitingReport.money(plan.cost.total)) yuan/day "
            + "(seed \(plan.seed)\(plan.interrupted ? ", search interrupted: the routes found so far" : ""))")
        var table = TextTable(["vehicle", "class", "out–back", "trips", "stops", "km", "load kg", "oldest on arrival", "route"],
                              alignments: [.left, .left, .left, .right, .right, .right, .right, .left, .left])
        for r in plan.routes {
            let oldest = r.stops.max { $0.ageOnArrival.value / max($0.shelfLife.value, 1) < $1.ageOnArrival.value / max($1.shelfLife.value, 1) }
            let age = oldest.map { "\(Int($0.ageOnArrival.value.rounded())) of \(Int($0.shelfLife.value)) min" } ?? "-"
            let path = r.tripList.indices.map { k in
                r.stops(ofTrip: k + 1).map { $0.parts > 1 ? "\($0.village)(\($0.part)/\($0.parts))" : $0.village.rawValue }.joined(separator: " ")
            }.joined(separator: " | ")
            table.add([r.vehicle, r.refrigerated ? "cold" : "ambient", "\(r.start.clockString)–\(r.end.clockString)",
                       "\(r.tripList.count)", "\(r.stops.count)", String(format: "%.1f", r.distance.value), SitingReport.kg(r.load), age,
                       path])
        }
        out.append(table.render())
        if !plan.unserved.isEmpty {
            let kg = plan.unserved.reduce(Kilograms.zero) { $0 + $1.kilograms }
            out.append("")
            out.append("Assigned but not collected: \(SitingReport.kg(kg)) kg/day:")
            for u in plan.unserved {
                out.append("  \(u.village) → \(u.depot), \(SitingReport.kg(u.kilograms)) kg: \(u.reason)")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The dispatch to express agencies and the whole day's cost once routes are known.
    public static func text(_ plan: ExpressPlan) -> String {
        var out: [String] = []
        var byAgency = [String: (kg: Double, last: Minutes, cutoff: Minutes)]()
        for s in plan.shipments {
            var entry = byAgency[s.agency.rawValue] ?? (0, .zero, s.cutoff)
            entry.kg += s.kilograms.value
            entry.last = max(entry.last, s.arrival)
            byAgency[s.agency.rawValue] = entry
        }
        out.append("Dispatch to express agencies: \(SitingReport.kg(plan.dispatched)) kg before the cut-offs")
        var table = TextTable(["agency", "kg", "last arrival", "cut-off"], alignments: [.left, .right, .left, .left])
        for (agency, e) in byAgency.sorted(by: { $0.key < $1.key }) {
            table.add([agency, SitingReport.kg(Kilograms(e.kg)), e.last.clockString, e.cutoff.clockString])
        }
        out.append(table.render())
        for m in plan.missed { out.append("  missed: \(m.route) at \(m.depot), \(SitingReport.kg(m.kilograms)) kg: \(m.reason)") }
        out.append("")
        out.append("The day's cost with these routes (yuan/day):")
        var cost = TextTable(["component", "yuan/day"], alignments: [.left, .right])
        for (name, value) in plan.cost.components { cost.add([SitingReport.costLabel(name), SitingReport.money(value)]) }
        cost.add(["total", SitingReport.money(plan.cost.total)])
        if plan.dispatched.value > 0 {
            cost.add(["per kg dispatched", String(format: "%.3f", plan.cost.total.value / plan.dispatched.value)])
        }
        out.append(cost.render())
        out.append("  (spoilage counts supply not covered, not collected by a route, or not dispatched in time)")
        return out.joined(separator: "\n") + "\n"
    }
}
