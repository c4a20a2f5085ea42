import ColdRouteModel

extension SitingPlan {
    /// An empty plan for a network that was never planned (a stop request came first): status
    /// `noSolution`, ``interrupted`` set, nothing covered. Coverage totals count every village
    /// and product with supply, as ``SitingInstance`` does, without compiling the network.
    public static func notRun(network: CountyNetwork, message: String) -> SitingPlan {
        var villages = 0, lowIncome = 0, supply = Kilograms.zero
        for village in network.villages {
            // In product order, not the dictionary's (whose order changes from run to run).
            let kg = network.products.compactMap { village.supply[$0.id] }.filter { $0.value > 0 }
            guard !kg.isEmpty else { continue }
            villages += 1
            lowIncome += village.lowIncomeHouseholds
            supply += kg.reduce(Kilograms.zero, +)
        }
        return SitingPlan(
            network: network.name, status: .noSolution, objective: nil, bound: nil, gap: nil, interrupted: true,
            message: message, openDepots: [], assignments: [], fleet: [], uncovered: [], cost: CostBreakdown(),
            coverage: Coverage(villagesCovered: 0, villagesTotal: villages, supplyCovered: .zero, supplyTotal: supply,
                               lowIncomeCovered: 0, lowIncomeTotal: lowIncome))
    }
}
