import ColdRouteModel
import ColdRouteSiting
import GLPK

/// Sends the produce collected by the pickup routes on to the express agencies: a GLPK
/// transportation model, then the whole day's cost in one breakdown.
///
/// **Formulation.** Lots `l` = the load of one pickup route, `q_l` kg, ready at its depot `j(l)`
/// when the route returns (`r_l`), worth `v_l` yuan/kg (the average value of what its villages
/// send there, weighted by kilograms). Agencies `a` with capacity `C_a`, cut-off `T_a`, handling `h_a` yuan/kg.
/// A lot may go to `a` only if `r_l + t_(j(l),a) ≤ T_a` (travel on the fastest road path).
///
///     min  Σ_(l,a) (h_a + k_(j,a)) x_la + Σ_l v_l m_l
///     s.t. Σ_a x_la + m_l = q_l        every lot l
///          Σ_l x_la ≤ C_a              every agency a
///          x_la, m_l ≥ 0
///
/// with trunk cost per kg `k_(j,a) = 2·d_(j,a)·costPerKm / capacity` of the largest vehicle type
/// (full-load return trip, as in the siting estimate) and `m_l` the kilograms that miss dispatch.
public enum ExpressPlanner {
    public static func plan(
        network: CountyNetwork, travel: TravelModel, siting: SitingPlan, pickup: PickupPlan
    ) throws -> ExpressPlan {
        let depotIndex = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, $0) })
        let productIndex = Dictionary(uniqueKeysWithValues: network.products.enumerated().map { ($1.id, $0) })
        var worth = [VisitKey: Double](), sent = [VisitKey: Double]()   // yuan, kg sent to the depot
        for a in siting.assignments {
            let v = productIndex[a.product].map { network.products[$0].valuePerKg.value } ?? 0
            worth[VisitKey(village: a.village, depot: a.depot), default: 0] += v * a.kilograms.value
            sent[VisitKey(village: a.village, depot: a.depot), default: 0] += a.kilograms.value
        }
        /// Value per kg of what a village sends to a depot (weighted by kilograms of each product).
        func valueOf(_ key: VisitKey) -> Double { (sent[key] ?? 0) > 0 ? worth[key]! / sent[key]! : 0 }
        let trunk = network.vehicleTypes.max { $0.capacity < $1.capacity }
        let agencyPlaces = network.agencies.indices.map { Place.agency($0) }
        var legsFrom = [Int: [Leg?]]()

        var model = LinearModel(name: "express_dispatch")
        var lots: [(route: PickupPlan.Route, value: Double, missed: LinearModel.Variable, flows: [(Int, LinearModel.Variable, Leg)])] = []
        var intoAgency = [Int: [(LinearModel.Variable, Double)]]()
        for (r, route) in pickup.routes.enumerated() where route.load.value > 0 {
            guard let j = depotIndex[route.depot] else { continue }
            let legs = legsFrom[j] ?? travel.legs(from: .depot(j), to: agencyPlaces)
            legsFrom[j] = legs
            let kg = route.stops.reduce(0.0) { $0 + $1.kilograms.value }
            let value = kg > 0 ? route.stops.reduce(0.0) { $0 + $1.kilograms.value * valueOf(VisitKey(village: $1.village, depot: route.depot)) } / kg : 0
            let missed = model.addVariable("missed_\(r)", bounds: .range(0, route.load.value), cost: value)
            var flows: [(Int, LinearModel.Variable, Leg)] = []
            for (a, agency) in network.agencies.enumerated() {
                guard let leg = legs[a], (route.end + leg.time).value <= agency.cutoff.value + 1e-9 else { continue }
                var perKg = agency.handlingCostPerKg.value
                if let trunk, trunk.capacity.value > 0 { perKg += 2 * leg.distance.value * trunk.costPerKm.value / trunk.capacity.value }
                let x = model.addVariable("x_\(r)_\(agency.id)", bounds: .lower(0), cost: perKg)
                flows.append((a, x, leg))
                intoAgency[a, default: []].append((x, 1))
            }
            model.addConstraint("lot_\(r)", flows.map { ($0.1, 1.0) } + [(missed, 1.0)], .fixed(route.load.value))
            lots.append((route, value, missed, flows))
        }
        for (a, terms) in intoAgency.sorted(by: { $0.key < $1.key }) {
            model.addConstraint("agency_\(network.agencies[a].id)", terms, .upper(network.agencies[a].capacityPerDay.value))
        }

        var shipments: [ExpressPlan.Shipment] = [], missed: [ExpressPlan.Missed] = []
        var cost = siting.cost
        cost.distance = .zero
        cost.driverTime = .zero
        cost.refrigeration = .zero
        cost.express = .zero
        cost.add(pickup.cost)
        if !lots.isEmpty {
            let solution = try Solver.solve(model)
            guard solution.status == .optimal else { throw SitingError("the dispatch model could not be solved (\(solution.status))") }
            for lot in lots {
                for (a, x, leg) in lot.flows where solution[x] > 1e-7 {
                    let agency = network.agencies[a]
                    shipments.append(ExpressPlan.Shipment(
                        route: lot.route.vehicle, depot: lot.route.depot, agency: agency.id,
                        kilograms: Kilograms(solution[x]), ready: lot.route.end, arrival: lot.route.end + leg.time,
                        cutoff: agency.cutoff))
                    cost.express += Yuan(solution[x] * model.cost(of: x))
                }
                let lost = solution[lot.missed]
                if lost > 1e-7 {
                    cost.spoilage += Yuan(lost * lot.value)
                    missed.append(ExpressPlan.Missed(
                        route: lot.route.vehicle, depot: lot.route.depot, kilograms: Kilograms(lost),
                        reason: lot.flows.isEmpty ? .tooLate(back: lot.route.end) : .agenciesFull))
                }
            }
        }
        // Siting's handling counted what siting assigned; routes decide what arrives.
        cost.handling = Yuan(pickup.routes.reduce(0.0) { sum, route in
            sum + route.load.value * (depotIndex[route.depot].map { network.depots[$0].handlingCostPerKg.value } ?? 0)
        })
        // Spoilage: siting's uncovered supply, plus what routes leave behind, valued at the average
        // value of what the village sends to that depot.
        for u in pickup.unserved { cost.spoilage += Yuan(u.kilograms.value * valueOf(VisitKey(village: u.village, depot: u.depot))) }
        let dispatched = shipments.reduce(Kilograms.zero) { $0 + $1.kilograms }
        return ExpressPlan(shipments: shipments, missed: missed, cost: cost, dispatched: dispatched)
    }
}
