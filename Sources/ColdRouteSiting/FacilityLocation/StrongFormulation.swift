import GLPK

/// The strong MIP formulation of the (reduced) problem, solved by GLPK branch-and-cut.
///
/// Facilities fixed closed are left out with all their pairs; facilities fixed open get `y_j = 1`:
///
///     minimise    Σ_j f_j y_j + Σ_(i,j) c_ij x_ij
///     subject to  Σ_j x_ij = 1                    ∀ i                     (demand)
///                 Σ_i d_i x_ij − s_j y_j ≤ 0       ∀ j                     (aggregated capacity)
///                 x_ij − y_j ≤ 0                   ∀ (i, j), j not fixed   (variable upper bounds)
///                 Σ_j s_j y_j ≥ Σ_i d_i                                    (total capacity)
///                 y_j ∈ {0,1};  0 ≤ x_ij ≤ 1   (x_ij ∈ {0,1} when single-sourced)
///
/// The variable upper bounds make the LP relaxation much stronger than the aggregated capacity
/// rows alone (Cornuejols, Sridharan & Thizy 1991); the total-capacity row is redundant for
/// integers but cuts off fractional points. The incumbent, when it respects the fixings, is
/// handed to GLPK as its starting solution, so nodes that cannot beat it are pruned from the start.
/// GLPK generates the cut families in `cuts` (``FacilityLocationOptions/cuts``: mixed-integer
/// rounding and cover cuts by default, which raise its root bound from the LP value to near the
/// optimum on the large OR-Library instances).
struct StrongFormulation {
    struct Outcome {
        var candidate: Candidate?
        /// A lower bound for the restricted problem (`+infinity` when it is proved infeasible).
        var bound: Double
        var infeasible: Bool
        /// Whether the time limit or the stop request ended the search.
        var stoppedEarly = false
    }

    let instance: FacilityLocationInstance
    let forced: [Bool?]
    let singleSource: Bool

    func solve(
        incumbent: Candidate?, timeLimit: Double, relativeGap: Double, absoluteGap: Double, cuts: CutFamilies = [],
        shouldStop: (@Sendable () -> Bool)? = nil, progress: @escaping @Sendable (String) -> Void
    ) -> Outcome {
        let inst = instance
        var model = LinearModel(name: "cflp", sense: .minimize)
        var y = [LinearModel.Variable?](repeating: nil, count: inst.facilityCount)
        for j in 0..<inst.facilityCount where forced[j] != false {
            y[j] = model.addVariable("y\(j + 1)", bounds: forced[j] == true ? .fixed(1) : .range(0, 1),
                                     cost: inst.fixedCosts[j], kind: .binary)
        }
        var x = [LinearModel.Variable?](repeating: nil, count: inst.pairCount)
        var byFacility: [[(LinearModel.Variable, Double)]] = Array(repeating: [], count: inst.facilityCount)
        for i in 0..<inst.customerCount {
            var row: [(LinearModel.Variable, Double)] = []
            for p in inst.pairs(ofCustomer: i) {
                let j = inst.pairFacility[p]
                guard let yj = y[j] else { continue }
                let v = model.addVariable("x\(i + 1)_\(j + 1)", bounds: .range(0, 1), cost: inst.pairCost[p],
                                          kind: singleSource ? .binary : .continuous)
                x[p] = v
                row.append((v, 1))
                byFacility[j].append((v, inst.demands[i]))
                if forced[j] == nil { model.addConstraint("vub\(i + 1)_\(j + 1)", [(v, 1), (yj, -1)], .upper(0)) }
            }
            model.addConstraint("demand\(i + 1)", row, .fixed(1))
        }
        var total: [(LinearModel.Variable, Double)] = []
        for j in 0..<inst.facilityCount {
            guard let yj = y[j] else { continue }
            model.addConstraint("capacity\(j + 1)", byFacility[j] + [(yj, -inst.capacities[j])], .upper(0))
            total.append((yj, inst.capacities[j]))
        }
        model.addConstraint("total_capacity", total, .lower(inst.totalDemand))

        var options = SolveOptions(timeLimit: .milliseconds(Int64(timeLimit * 1000)), relativeGap: relativeGap)
        options.progress = { progress($0.description) }
        options.cuts = cuts
        options.shouldStop = shouldStop
        if let incumbent, respectsFixings(incumbent) {
            var start = [Double](repeating: 0, count: model.variableCount)
            for j in 0..<inst.facilityCount { if let v = y[j] { start[v.index] = incumbent.open[j] ? 1 : 0 } }
            for p in 0..<inst.pairCount { if let v = x[p] { start[v.index] = incumbent.fractions[p] } }
            options.startingSolution = start
        }
        let solution: Solution
        do {
            solution = try Solver.solve(model, options: options)
        } catch {
            // A starting solution that fails GLPK's own check (rounding) is dropped, not fatal.
            guard options.startingSolution != nil else {
                progress("GLPK failed: \(error)")
                return Outcome(candidate: nil, bound: -.infinity, infeasible: false)
            }
            options.startingSolution = nil
            guard let retry = try? Solver.solve(model, options: options) else {
                return Outcome(candidate: nil, bound: -.infinity, infeasible: false)
            }
            solution = retry
        }
        let stoppedEarly = solution.stopReason == .timeLimit || solution.stopReason == .terminated
        switch solution.status {
        case .infeasible:
            return Outcome(candidate: nil, bound: .infinity, infeasible: true)
        case .optimal, .feasible:
            var open = [Bool](repeating: false, count: inst.facilityCount)
            for j in 0..<inst.facilityCount { if let v = y[j] { open[j] = solution[v] > 0.5 } }
            var fractions = [Double](repeating: 0, count: inst.pairCount)
            var objective = 0.0
            for j in 0..<inst.facilityCount where open[j] { objective += inst.fixedCosts[j] }
            for p in 0..<inst.pairCount {
                guard let v = x[p] else { continue }
                let value = min(1, max(0, solution[v]))
                fractions[p] = singleSource ? value.rounded() : value
                objective += inst.pairCost[p] * fractions[p]
            }
            let bound = solution.status == .optimal ? min(objective, solution.objective ?? objective)
                : (solution.bound ?? -.infinity)
            return Outcome(candidate: Candidate(open: open, fractions: fractions, objective: objective),
                           bound: bound, infeasible: false, stoppedEarly: stoppedEarly)
        case .unbounded, .noSolution:
            return Outcome(candidate: nil, bound: solution.bound ?? -.infinity, infeasible: false,
                           stoppedEarly: stoppedEarly)
        }
    }

    private func respectsFixings(_ c: Candidate) -> Bool {
        forced.indices.allSatisfy { forced[$0] == nil || forced[$0] == c.open[$0] }
    }
}
