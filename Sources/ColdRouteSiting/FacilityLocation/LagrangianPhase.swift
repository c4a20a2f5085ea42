/// The first stage of ``FacilityLocationSolver``: Lagrangian bounds, primal heuristics and fixing.
///
/// Following Beasley's Lagrangean heuristic (Beasley 1988, 1993): every few subgradient iterations the
/// facilities chosen by the relaxed problem (they cover the total demand) are evaluated with an exact
/// transportation assignment; the best set is then improved by ``OpenSetSearch`` and the subgradient
/// resumes with the better upper bound. Facilities are fixed by Lagrangian probing (the "reduced-cost"
/// tests of Cornuejols, Sridharan & Thizy 1991; Avella & Boccia 2009 use the same idea before their
/// branch-and-cut): with `L_j^0` (`L_j^1`) the bound at the current multipliers with `y_j` forced to
/// 0 (to 1), a facility is fixed open if `L_j^0 > UB − ε` and closed if `L_j^1 > UB − ε`,
/// `ε = 1e-9 · max(1, |UB|)`.
///
/// Honesty of the bound: a solution that violates a fixing costs more than `UB − ε`, so the optimum is
/// at least `min(bound of the restricted problem, fixingFloor)`, where ``fixingFloor`` is the smallest
/// `UB − ε` at which anything was fixed.
final class LagrangianPhase {
    let instance: FacilityLocationInstance
    let relaxation: LagrangianRelaxation
    let search: OpenSetSearch
    private(set) var incumbent: Candidate?
    private(set) var fixingFloor = Double.infinity
    private(set) var iterations = 0
    /// Whether `expired` ended a round or the local search before its work was done.
    private(set) var stoppedEarly = false
    /// Facility values `v_j` at the best multipliers, used to rank facilities for the local search.
    private(set) var ranking: [Double]

    init(instance: FacilityLocationInstance, singleSource: Bool) {
        self.instance = instance
        relaxation = LagrangianRelaxation(instance: instance, columns: FacilityColumns(instance))
        search = OpenSetSearch(instance: instance, singleSource: singleSource)
        ranking = instance.fixedCosts
    }

    var forced: [Bool?] { relaxation.forced }
    /// A valid lower bound on the optimum of the original (unrestricted) problem.
    var bound: Double { min(relaxation.bestBound, fixingFloor) }

    func isClosed(relativeGap: Double, absoluteGap: Double) -> Bool {
        guard let ub = incumbent?.objective else { return false }
        return ub - bound <= max(relativeGap * abs(ub), absoluteGap)
    }

    /// Offers a solution; keeps it if it is the best so far.
    @discardableResult
    func offer(_ candidate: Candidate?) -> Bool {
        guard let candidate, candidate.objective < (incumbent?.objective ?? .infinity) - 1e-9 else { return false }
        incumbent = candidate
        return true
    }

    /// Runs subgradient rounds (two thirds and one third of ``FacilityLocationOptions/maxSubgradientIterations``),
    /// the heuristic and fixing until the gap closes or the work is done; `expired` (the deadline) may
    /// cut it short, polled at every iteration and local-search move.
    func run(options: FacilityLocationOptions, expired: () -> Bool, report: (FacilityLocationProgress.Stage, String) -> Void) {
        let allOpen = relaxation.forced.map { $0 != false }
        offer(search.evaluate(allOpen))
        let closed = { self.isClosed(relativeGap: options.relativeGap, absoluteGap: options.absoluteGap) }
        let rounds = [options.maxSubgradientIterations * 2 / 3, options.maxSubgradientIterations / 3]
        for (round, limit) in rounds.enumerated() where !closed() && !expired() {
            if round > 0 { relaxation.multipliers = relaxation.bestMultipliers }
            iterations += relaxation.optimize(maxIterations: limit, upperBound: { incumbent?.objective ?? .infinity }) { e, it in
                if it % 5 == 1, offer(search.evaluate(e.selected, cutoff: incumbent?.objective ?? .infinity)) {
                    report(.lagrangian, "heuristic \(incumbent!.objective) at iteration \(iterations + it)")
                }
                if it % 10 == 0 { fix(using: e, report: report) }
                guard !expired() else { stoppedEarly = !closed(); return false }
                return !closed()
            }
            relaxation.multipliers = relaxation.bestMultipliers
            let atBest = relaxation.evaluate()
            ranking = atBest.facilityValues
            fix(using: atBest, report: report)
            report(.lagrangian, "round \(round + 1): bound \(bound), incumbent \(incumbent?.objective ?? .infinity)")
            guard let start = incumbent, !closed() else { continue }
            if expired() { stoppedEarly = true; continue }
            if offer(search.improve(start, ranking: ranking, deadline: expired)) {
                report(.localSearch, "local search \(incumbent!.objective)")
                fix(using: atBest, report: report)
            }
            if expired(), !closed() { stoppedEarly = true }
        }
    }

    /// Lagrangian probing on every free facility at the multipliers of `evaluation`.
    private func fix(using evaluation: LagrangianRelaxation.Evaluation, report: (FacilityLocationProgress.Stage, String) -> Void) {
        guard let ub = incumbent?.objective, evaluation.bound.isFinite else { return }
        let slack = 1e-9 * max(1, abs(ub))
        guard evaluation.bound <= ub - slack else { return }  // gap closed: nothing left to fix
        var changed = 0
        for j in 0..<instance.facilityCount where relaxation.forced[j] == nil {
            if relaxation.boundForcing(j, open: false, in: evaluation) > ub - slack {
                relaxation.forced[j] = true; changed += 1
            } else if relaxation.boundForcing(j, open: true, in: evaluation) > ub - slack {
                relaxation.forced[j] = false; changed += 1
            }
        }
        guard changed > 0 else { return }
        fixingFloor = min(fixingFloor, ub - slack)
        search.forced = relaxation.forced
        let open = relaxation.forced.filter { $0 == true }.count, shut = relaxation.forced.filter { $0 == false }.count
        report(.fixing, "fixed \(open) open, \(shut) closed of \(instance.facilityCount)")
    }
}
