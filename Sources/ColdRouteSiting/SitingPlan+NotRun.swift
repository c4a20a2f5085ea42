import ColdRouteModel

extension SitingPlan {
    /// An empty plan for a network that was never planned (a stop request came first): status
    /// `noSolution`, ``interrupted`` set, nothing covered. Coverage totals count every village
    /// and product with supply, as ``SitingInstance`` does, without compiling the network.
    public static func notRun(network: CountyNetwork, message: String) -> SitingPlan {
        let (_, total, villages, lowIncome) = supplyItems(of: network)
        return SitingPlan(
            network: network.name, status: .noSolution, objective: nil, bound: nil, gap: nil, interrupted: true,
            message: message, openDepots: [], assignments: [], fleet: [], uncovered: [], cost: CostBreakdown(),
            coverage: Coverage(villagesCovered: 0, villagesTotal: villages, supplyCovered: .zero,
                               supplyTotal: total, lowIncomeCovered: 0, lowIncomeTotal: lowIncome))
    }

    /// The plan of a network (a region) whose planning a stop request kept from starting, when the
    /// plan it joins must stay whole: it opens only the sites `options` require (existing depots
    /// unless they may close or are forced closed, and forced-open sites), assigns nothing, and
    /// leaves all supply uncovered with the cause ``UncoveredReason/Cause/interrupted``. Status
    /// `feasible`, ``interrupted`` set; it meets every rule of ``SitingPlanChecker`` but a low-income
    /// target, so with one (of households that exist) the plan is ``notRun(network:message:)`` instead.
    public static func unplanned(network: CountyNetwork, options: SitingOptions, message: String) -> SitingPlan {
        var plan = notRun(network: network, message: message)
        if let target = options.minLowIncomeCoverage, target > 0, plan.coverage.lowIncomeTotal > 0 { return plan }
        let open = network.depots.filter { depot in
            !options.forceClosed.contains(depot.id)
                && (options.forceOpen.contains(depot.id) || (depot.status == .existing && !options.existingMayClose))
        }
        let value = Dictionary(uniqueKeysWithValues: network.products.map { ($0.id, $0.valuePerKg) })
        let supply = supplyItems(of: network).items
        plan.cost.depotOpening = open.reduce(.zero) { $0 + $1.openingCostPerDay }
        plan.cost.spoilage = supply.reduce(.zero) { $0 + value[$1.product, default: .zero] * $1.kilograms.value }
        plan.status = .feasible
        plan.objective = plan.cost.total
        plan.openDepots = open.map {
            OpenDepot(id: $0.id, name: $0.name, status: $0.status, load: .zero, capacity: $0.capacityPerDay,
                      openingCostPerDay: $0.openingCostPerDay)
        }
        plan.uncovered = supply.map {
            Uncovered(village: $0.village, product: $0.product, kilograms: $0.kilograms, reason: UncoveredReason(.interrupted))
        }
        return plan
    }

    /// Every village's supply of every product (kilograms above zero), in village and product
    /// order (not the dictionary's, whose order changes from run to run); their total; the villages
    /// with supply and their low-income households.
    private static func supplyItems(of network: CountyNetwork) -> (
        items: [(village: Village.ID, product: Product.ID, kilograms: Kilograms)], total: Kilograms, villages: Int,
        lowIncome: Int
    ) {
        var items: [(village: Village.ID, product: Product.ID, kilograms: Kilograms)] = []
        var total = Kilograms.zero, villages = 0, lowIncome = 0
        for village in network.villages {
            let kg = network.products.compactMap { p in village.supply[p.id].map { (village.id, p.id, $0) } }.filter { $0.2.value > 0 }
            guard !kg.isEmpty else { continue }
            villages += 1
            lowIncome += village.lowIncomeHouseholds
            total += kg.reduce(Kilograms.zero) { $0 + $1.2 }
            items += kg
        }
        return (items, total, villages, lowIncome)
    }
}
