import ColdRouteModel
import ColdRouteSiting
import GLPK

/// Chooses depots and routes together from a pool of routes by a set-partitioning MIP solved by
/// GLPK: the final matheuristic step of location-routing heuristics (Contardo, Cordeau & Gendron
/// 2014, "A GRASP + ILP-based metaheuristic for the capacitated location-routing problem",
/// J. Heuristics 20; Akca, Berger & Ralphs 2009), here with prizes for uncollected supply.
///
/// **Formulation.** Depots `j` with opening cost `f_j`, capacity `C_j`; pooled routes `r` (columns)
/// at depot `j(r)` on vehicle type `t(r)`, cost `c_r` (route, handling and dispatch), load `q_r`,
/// collecting `q_ri` kg at village `i`; villages with supply `S_i` worth `V_i` yuan in all:
///
///     min  Σ_j f_j y_j + Σ_r c_r z_r + Σ_i V_i u_i
///     s.t. Σ_r (q_ri / S_i) z_r + u_i = 1      every village i   (collected at most once, the rest spoils)
///          z_r ≤ y_j(r)                        every route r
///          Σ_(r at j) q_r z_r ≤ C_j y_j        every depot j
///          Σ_(r: t(r) = t) z_r ≤ n_t           every vehicle type t
///          Σ_(j new) y_j ≤ maxNewDepots,  Σ_(j new) f_j y_j ≤ budget,  y_j fixed for forced and
///          existing sites (``LocationRoutingSearch/OpenSetRules``)
///          y_j, z_r ∈ {0, 1},  u_i ∈ [0, 1]
///
/// The incumbent's depots and routes are GLPK's starting solution, so the answer is never worse in
/// this model. The routes chosen are not used as they are: their depots and village–depot pairs
/// are routed again by the search (fleets per depot, dispatch capacities and cut-offs are checked
/// there, not here).
enum DepotRouteRecombiner {
    /// A pooled route.
    struct Column {
        var depot: Int
        var vehicleType: Int
        var stops: [(village: Int, kilograms: Double)]
        var load: Double
        var cost: Double
    }

    /// Open depots and, for each village a chosen route visits, the depot collecting most of it.
    struct Choice: Equatable {
        var open: [Bool]
        var depotOf: [Int: Int]
        /// The pool indices of the routes chosen.
        var columns: [Int] = []
        var objective: Double
        var incumbentObjective: Double
    }

    /// Solves the model within `timeLimit`; `nil` when GLPK finds nothing better than the
    /// incumbent (`incumbentOpen`, routes `incumbentColumns`).
    static func choose(
        columns: [Column], network: CountyNetwork, rules: LocationRoutingSearch.OpenSetRules,
        incumbentOpen: [Bool], incumbentColumns: [Int], timeLimit: Duration, stop: StopSignal?
    ) throws -> Choice? {
        var model = LinearModel(name: "depot_route_recombination")
        let y = network.depots.enumerated().map { j, depot in
            let fixed: LinearModel.Bounds = !rules.mayOpen[j] ? .range(0, 0) : !rules.mayClose[j] ? .range(1, 1) : .range(0, 1)
            return model.addVariable("y\(j)", bounds: fixed, cost: depot.openingCostPerDay.value, kind: .binary)
        }
        let z = columns.indices.map { model.addVariable("z\($0)", bounds: .range(0, 1), cost: columns[$0].cost, kind: .binary) }
        var supply = [Double](repeating: 0, count: network.villages.count), worth = supply
        for (i, village) in network.villages.enumerated() {
            for product in network.products {
                let kg = village.supply[product.id]?.value ?? 0
                supply[i] += kg
                worth[i] += kg * product.valuePerKg.value
            }
        }
        var coverTerms = [Int: [(LinearModel.Variable, Double)]]()
        var depotTerms = [[(LinearModel.Variable, Double)]](repeating: [], count: network.depots.count)
        var typeTerms = [[(LinearModel.Variable, Double)]](repeating: [], count: network.vehicleTypes.count)
        for (r, column) in columns.enumerated() {
            for stop in column.stops where supply[stop.village] > 0 {
                coverTerms[stop.village, default: []].append((z[r], stop.kilograms / supply[stop.village]))
            }
            model.addConstraint("link\(r)", [(z[r], 1), (y[column.depot], -1)], .upper(0))
            depotTerms[column.depot].append((z[r], column.load))
            typeTerms[column.vehicleType].append((z[r], 1))
        }
        var u = [Int: LinearModel.Variable]()
        for i in network.villages.indices where supply[i] > 0 {
            u[i] = model.addVariable("u\(i)", bounds: .range(0, 1), cost: worth[i])
            model.addConstraint("cover\(i)", (coverTerms[i] ?? []) + [(u[i]!, 1)], .fixed(1))
        }
        for (j, depot) in network.depots.enumerated() where !depotTerms[j].isEmpty {
            model.addConstraint("capacity\(j)", depotTerms[j] + [(y[j], -depot.capacityPerDay.value)], .upper(0))
        }
        for (t, type) in network.vehicleTypes.enumerated() where !typeTerms[t].isEmpty {
            model.addConstraint("fleet\(t)", typeTerms[t], .upper(Double(type.count)))
        }
        let new = network.depots.indices.filter { network.depots[$0].status == .candidate }
        if let limit = rules.options.maxNewDepots {
            model.addConstraint("new_depots", new.map { (y[$0], 1.0) }, .upper(Double(limit)))
        }
        if let limit = rules.options.budgetPerDay {
            model.addConstraint("budget", new.map { (y[$0], network.depots[$0].openingCostPerDay.value) }, .upper(limit.value))
        }

        // The incumbent as the starting solution.
        var start = [Double](repeating: 0, count: model.variableCount)
        for j in network.depots.indices where incumbentOpen[j] { start[y[j].index] = 1 }
        var covered = [Double](repeating: 0, count: network.villages.count)
        for r in incumbentColumns {
            start[z[r].index] = 1
            for stop in columns[r].stops where supply[stop.village] > 0 { covered[stop.village] += stop.kilograms / supply[stop.village] }
        }
        for (i, v) in u { start[v.index] = max(0, 1 - covered[i]) }
        let incumbentObjective = model.objectiveValue(at: start)

        var options = SolveOptions()
        options.timeLimit = timeLimit
        options.startingSolution = start
        if let stop { options.shouldStop = { stop.isStopped } }
        let solution = try Solver.solve(model, options: options)
        guard solution.status.hasSolution, let objective = solution.objective,
              objective < incumbentObjective - 1e-6 else { return nil }
        var collected = [Int: [Int: Double]]()   // village → depot → kg
        for (r, column) in columns.enumerated() where solution[z[r]] > 0.5 {
            for stop in column.stops { collected[stop.village, default: [:]][column.depot, default: 0] += stop.kilograms }
        }
        let depotOf = collected.mapValues { byDepot in byDepot.max { ($0.value, -$0.key) < ($1.value, -$1.key) }!.key }
        return Choice(open: y.map { solution[$0] > 0.5 }, depotOf: depotOf,
                      columns: columns.indices.filter { solution[z[$0]] > 0.5 }, objective: objective,
                      incumbentObjective: incumbentObjective)
    }
}
