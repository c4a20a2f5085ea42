import ColdRouteModel
import ColdRouteSiting
import Foundation

/// Merging regional plans into one plan of the whole network.
extension RegionalPlanner {
    /// One siting plan from the regions' plans (which partition villages and depots): lists are
    /// concatenated (open depots in network order), costs, fleet use and coverage added up. The
    /// status is the worst regional one (`infeasible`, then `noSolution`), otherwise `feasible`
    /// (or `optimal` for a single region); with more than one region there is no bound and no gap.
    static func merged(_ plans: [SitingPlan], network: CountyNetwork, summaries: [RegionSummary]) -> SitingPlan {
        precondition(!plans.isEmpty, "at least one region")
        if plans.count == 1 { return plans[0] }
        var out = plans[0]
        out.network = network.name
        let depotOrder = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, $0) })
        out.openDepots = plans.flatMap(\.openDepots).sorted { depotOrder[$0.id, default: 0] < depotOrder[$1.id, default: 0] }
        out.assignments = plans.flatMap(\.assignments)
        out.uncovered = plans.flatMap(\.uncovered)
        out.solveSeconds = plans.reduce(0) { $0 + $1.solveSeconds }
        var cost = CostBreakdown()
        for plan in plans { cost.add(plan.cost) }
        out.cost = cost
        var coverage = plans[0].coverage
        for plan in plans.dropFirst() {
            let c = plan.coverage
            coverage.villagesCovered += c.villagesCovered
            coverage.villagesTotal += c.villagesTotal
            coverage.supplyCovered += c.supplyCovered
            coverage.supplyTotal += c.supplyTotal
            coverage.lowIncomeCovered += c.lowIncomeCovered
            coverage.lowIncomeTotal += c.lowIncomeTotal
        }
        out.coverage = coverage
        out.fleet = network.vehicleTypes.compactMap { type in
            let uses = plans.flatMap(\.fleet).filter { $0.vehicleType == type.id }
            guard var use = uses.first else { return nil }
            use.kilograms = uses.reduce(.zero) { $0 + $1.kilograms }
            use.minutesUsed = uses.reduce(.zero) { $0 + $1.minutesUsed }
            use.minutesAvailable = Minutes(Double(type.count) * type.maxShift.value)
            return use
        }
        out.bound = nil
        out.gap = nil
        let failed = plans.enumerated().first { $0.element.status == .infeasible }
            ?? plans.enumerated().first { $0.element.status == .noSolution }
        if let (r, plan) = failed {
            out.status = plan.status
            out.objective = nil
            out.message = "region \(r + 1) of \(plans.count): \(plan.message ?? "\(plan.status)")"
            return out
        }
        out.status = .feasible
        out.objective = plans.reduce(Yuan.zero) { $0 + ($1.objective ?? .zero) }
        let gaps = summaries.compactMap(\.gap)
        let range = gaps.isEmpty ? "" : String(
            format: "; regional gaps %.2f–%.2f %%", 100 * gaps.min()!, 100 * gaps.max()!)
        out.message = "planned in \(plans.count) regions (docs/decomposition.md)\(range); "
            + "no bound or gap for the whole network: villages near a region border could be served across it"
        return out
    }

    /// One pickup plan from the regions' plans: routes and unserved supply concatenated, costs added.
    static func merged(_ plans: [PickupPlan]) -> PickupPlan {
        var cost = CostBreakdown()
        for plan in plans { cost.add(plan.cost) }
        return PickupPlan(
            routes: plans.flatMap(\.routes), unserved: plans.flatMap(\.unserved), cost: cost,
            seconds: plans.reduce(0) { $0 + $1.seconds }, seed: plans.first?.seed ?? 0)
    }
}
