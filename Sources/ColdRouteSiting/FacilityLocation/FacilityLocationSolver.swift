/// Solves capacitated facility-location instances to proved optimality (or as far as time allows).
///
/// The method (see docs/facility-location.md for the full account and references):
/// 1. **Lagrangian relaxation** of the demand constraints, subgradient optimisation, with Beasley's
///    Lagrangean heuristic and a drop/add/swap local search for incumbents (``LagrangianPhase``).
/// 2. **Fixing** of facilities by Lagrangian probing against the incumbent.
/// 3. **Branch-and-cut** with GLPK on the strong formulation of the reduced problem, started from the
///    incumbent (``StrongFormulation``):
///
///        minimise    Σ_j f_j y_j + Σ_(i,j) c_ij x_ij
///        subject to  Σ_j x_ij = 1                 ∀ i          (demand)
///                    Σ_i d_i x_ij ≤ s_j y_j        ∀ j          (aggregated capacity)
///                    x_ij ≤ y_j                    ∀ (i, j)     (variable upper bounds)
///                    Σ_j s_j y_j ≥ Σ_i d_i                      (total capacity, redundant)
///                    y_j ∈ {0,1};  0 ≤ x_ij ≤ 1  (x_ij ∈ {0,1} when single-sourced)
///
/// The status is ``FacilityLocationStatus/optimal`` only when `objective − bound` is within the
/// requested gap; the bound is always a proved lower bound (fixings are accounted for).
public struct FacilityLocationSolver: Sendable {
    public init() {}

    /// Solves `instance`; never throws: infeasible and time-limited runs are results.
    public func solve(_ instance: FacilityLocationInstance, options: FacilityLocationOptions = .init()) -> FacilityLocationSolution {
        let clock = ContinuousClock(), start = clock.now
        @Sendable func elapsed() -> Double { (clock.now - start).seconds }
        let shouldStop = options.shouldStop
        let expired = { elapsed() >= options.timeLimit || shouldStop?() == true }
        var statistics = FacilityLocationStatistics()
        let phase = LagrangianPhase(instance: instance, singleSource: options.singleSource)
        func report(_ stage: FacilityLocationProgress.Stage, _ message: String) {
            options.progress?(FacilityLocationProgress(
                stage: stage, incumbent: phase.incumbent?.objective ?? .infinity, bound: phase.bound,
                elapsed: elapsed(), message: message))
        }

        let capacity = instance.capacities.reduce(0, +)
        if capacity < instance.totalDemand * (1 - 1e-12) {
            return FacilityLocationSolution(status: .infeasible, objective: .infinity, bound: .infinity, open: [],
                                            allocations: Array(repeating: [], count: instance.customerCount),
                                            seconds: elapsed(), statistics: statistics)
        }

        phase.run(options: options, expired: expired, report: report)
        statistics.lagrangianBound = phase.relaxation.bestBound
        statistics.lagrangianIterations = phase.iterations
        statistics.heuristicObjective = phase.incumbent?.objective ?? .infinity
        statistics.fixedOpen = phase.forced.filter { $0 == true }.count
        statistics.fixedClosed = phase.forced.filter { $0 == false }.count
        statistics.lagrangianSeconds = elapsed()
        statistics.stoppedEarly = phase.stoppedEarly

        var best = phase.incumbent
        var bound = phase.bound
        var provedInfeasible = false
        let closed = { (ub: Double, lb: Double) in ub - lb <= max(options.relativeGap * abs(ub), options.absoluteGap) }
        if options.branchAndCut, !closed(best?.objective ?? .infinity, bound), !expired() {
            report(.branchAndCut, "branch-and-cut on \(instance.facilityCount - statistics.fixedClosed) facilities")
            statistics.usedBranchAndCut = true
            let mip = StrongFormulation(instance: instance, forced: phase.forced, singleSource: options.singleSource)
            let (ub, lb, observer) = (best?.objective ?? .infinity, bound, options.progress)
            let outcome = mip.solve(incumbent: best, timeLimit: max(0.1, options.timeLimit - elapsed()),
                                    relativeGap: options.relativeGap, absoluteGap: options.absoluteGap,
                                    cuts: options.cuts, shouldStop: shouldStop, progress: { message in
                                        observer?(FacilityLocationProgress(stage: .branchAndCut, incumbent: ub, bound: lb,
                                                                           elapsed: elapsed(), message: "GLPK " + message))
                                    })
            if let c = outcome.candidate, c.objective < (best?.objective ?? .infinity) { best = c }
            // The restricted problem's bound is valid below the fixing floor (see LagrangianPhase).
            bound = max(bound, min(outcome.bound, phase.fixingFloor))
            provedInfeasible = outcome.infeasible && phase.fixingFloor == .infinity && best == nil
            statistics.branchAndCutSeconds = elapsed() - statistics.lagrangianSeconds
            if outcome.stoppedEarly { statistics.stoppedEarly = true }
        }

        guard let best else {
            let status: FacilityLocationStatus = provedInfeasible ? .infeasible : .timeout
            return FacilityLocationSolution(status: status, objective: .infinity,
                                            bound: provedInfeasible ? .infinity : bound, open: [],
                                            allocations: Array(repeating: [], count: instance.customerCount),
                                            seconds: elapsed(), statistics: statistics)
        }
        bound = min(bound, best.objective)
        let status: FacilityLocationStatus = closed(best.objective, bound) ? .optimal : .feasible
        report(.done, "\(status.rawValue): objective \(best.objective), bound \(bound)")
        return FacilityLocationSolution(
            status: status, objective: best.objective, bound: bound,
            open: best.open.indices.filter { best.open[$0] },
            allocations: (0..<instance.customerCount).map { i in
                instance.pairs(ofCustomer: i).compactMap { p in
                    best.fractions[p] > 1e-12 ? FacilityLocationAllocation(facility: instance.pairFacility[p], fraction: best.fractions[p]) : nil
                }
            },
            seconds: elapsed(), statistics: statistics)
    }
}
