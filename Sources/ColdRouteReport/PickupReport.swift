import ColdRouteModel
import ColdRoutePlanning
import Foundation

/// Renders a ``PickupPlan`` for people: one line per vehicle (its trips separated by `|` in the
/// route column), then the supply no route collects. Words come from a ``Catalog``.
public enum PickupReport {
    public static func text(_ plan: PickupPlan, catalog w: Catalog = .english) -> String {
        var out: [String] = []
        let vehicles = plan.routes.count, trips = plan.routes.reduce(0) { $0 + $1.tripList.count }
        let visits = plan.routes.reduce(0) { $0 + $1.stops.count }
        out.append(w("pickup.title", [
            "vehicles": w.integer(vehicles), "trips": w.integer(trips), "visits": w.integer(visits),
            "km": w.number(plan.vehicleKilometres.value, decimals: 1), "kg": SitingReport.kg(plan.collected, w),
            "cost": SitingReport.money(plan.cost.total, w), "seed": "\(plan.seed)",
            "interrupted": plan.interrupted ? w("pickup.interrupted") : "",
        ]))
        var table = TextTable(["vehicle", "class", "outBack", "trips", "stops", "km", "load", "oldest", "route"].map { w("pickup.\($0)") },
                              alignments: [.left, .left, .left, .right, .right, .right, .right, .left, .left])
        for r in plan.routes {
            let oldest = r.stops.max { $0.ageOnArrival.value / max($0.shelfLife.value, 1) < $1.ageOnArrival.value / max($1.shelfLife.value, 1) }
            let age = oldest.map {
                w("pickup.age", ["age": w.integer(Int($0.ageOnArrival.value.rounded())), "shelfLife": w.integer(Int($0.shelfLife.value))])
            } ?? "-"
            let path = r.tripList.indices.map { k in
                r.stops(ofTrip: k + 1).map { $0.parts > 1 ? "\($0.village)(\($0.part)/\($0.parts))" : $0.village.rawValue }.joined(separator: " ")
            }.joined(separator: " | ")
            table.add([r.vehicle, w(r.refrigerated ? "pickup.cold" : "vehicle.ambient"), "\(r.start.clockString)–\(r.end.clockString)",
                       w.integer(r.tripList.count), w.integer(r.stops.count), w.number(r.distance.value, decimals: 1),
                       SitingReport.kg(r.load, w), age, path])
        }
        out.append(table.render())
        if !plan.unserved.isEmpty {
            let kg = plan.unserved.reduce(Kilograms.zero) { $0 + $1.kilograms }
            out.append("")
            out.append(w("pickup.unserved.title", ["kg": SitingReport.kg(kg, w)]))
            for u in plan.unserved {
                out.append(w("pickup.unserved.line", ["village": u.village.rawValue, "depot": u.depot.rawValue,
                                                      "kg": SitingReport.kg(u.kilograms, w), "reason": w.words(u.reason)]))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The dispatch to express agencies and the whole day's cost once routes are known.
    public static func text(_ plan: ExpressPlan, catalog w: Catalog = .english) -> String {
        var out: [String] = []
        var byAgency = [String: (kg: Double, last: Minutes, cutoff: Minutes)]()
        for s in plan.shipments {
            var entry = byAgency[s.agency.rawValue] ?? (0, .zero, s.cutoff)
            entry.kg += s.kilograms.value
            entry.last = max(entry.last, s.arrival)
            byAgency[s.agency.rawValue] = entry
        }
        out.append(w("express.title", ["kg": SitingReport.kg(plan.dispatched, w)]))
        var table = TextTable(["agency", "kg", "lastArrival", "cutoff"].map { w("express.\($0)") },
                              alignments: [.left, .right, .left, .left])
        for (agency, e) in byAgency.sorted(by: { $0.key < $1.key }) {
            table.add([agency, SitingReport.kg(Kilograms(e.kg), w), e.last.clockString, e.cutoff.clockString])
        }
        out.append(table.render())
        for m in plan.missed {
            out.append(w("express.missed", ["route": m.route, "depot": m.depot.rawValue, "kg": SitingReport.kg(m.kilograms, w),
                                            "reason": w.words(m.reason)]))
        }
        out.append("")
        out.append(w("express.cost.title"))
        var cost = TextTable([w("cost.component"), w("cost.yuanPerDay")], alignments: [.left, .right])
        for (name, value) in plan.cost.components { cost.add([SitingReport.costLabel(name, w), SitingReport.money(value, w)]) }
        cost.add([w("cost.total"), SitingReport.money(plan.cost.total, w)])
        if plan.dispatched.value > 0 {
            cost.add([w("cost.perKgDispatched"), w.number(plan.cost.total.value / plan.dispatched.value, decimals: 3)])
        }
        out.append(cost.render())
        out.append(w("express.cost.note"))
        return out.joined(separator: "\n") + "\n"
    }
}
