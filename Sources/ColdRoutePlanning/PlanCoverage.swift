import ColdRouteModel
import ColdRouteSiting

/// Coverage, as three nested quantities, each counted in villages, kilograms and low-income households:
///
/// - **reachable**: some open depot can receive the produce within its shelf life (a direct trip
///   on the best vehicle class based there meets shelf life, pickup window, receiving hours and an
///   agency cut-off: the siting model's arc verdicts);
/// - **assigned**: the siting plan sends the produce to a depot (the siting plan's coverage);
/// - **collected**: a pickup route loads it and brings it to the depot within its shelf life.
///
/// Collected ≤ assigned ≤ reachable. The headline is **collected**: what the plan really moves.
/// A village counts in a quantity when all its daily supply does; villages without supply count
/// in none. Without routes (`plan --no-routes`) there is no collected quantity.
public struct PlanCoverage: Hashable, Sendable, Codable {
    /// One quantity: villages, kilograms per day, low-income households.
    public struct Count: Hashable, Sendable, Codable {
        public var villages: Int
        public var supply: Kilograms
        public var lowIncome: Int

        public init(villages: Int = 0, supply: Kilograms = .zero, lowIncome: Int = 0) {
            self.villages = villages
            self.supply = supply
            self.lowIncome = lowIncome
        }
    }

    public var total: Count
    public var reachable: Count
    public var assigned: Count
    /// `nil` when no routes were planned.
    public var collected: Count?

    /// The headline quantity: collected, or assigned when no routes were planned.
    public var headline: Count { collected ?? assigned }

    public func villageShare(_ c: Count) -> Double { total.villages == 0 ? 1 : Double(c.villages) / Double(total.villages) }
    public func supplyShare(_ c: Count) -> Double { total.supply.value == 0 ? 1 : c.supply / total.supply }
    public func lowIncomeShare(_ c: Count) -> Double { total.lowIncome == 0 ? 1 : Double(c.lowIncome) / Double(total.lowIncome) }

    public init(total: Count, reachable: Count, assigned: Count, collected: Count?) {
        self.total = total
        self.reachable = reachable
        self.assigned = assigned
        self.collected = collected
    }

    /// The three quantities of a plan. `instance` is the siting instance of `network` (any
    /// pricing: only its verdicts are read); `siting` gives the open depots and the assigned
    /// quantity, `pickup` (when routes were planned) the collected one.
    ///
    /// Complexity: O(items × open depots + stops).
    public init(network: CountyNetwork, instance: SitingInstance, siting: SitingPlan, pickup: PickupPlan?) {
        let villageIndex = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let openIDs = Set(siting.openDepots.map(\.id))
        let depots = instance.network.depots   // the instance's own depot order (it may list only the open ones)
        let open = depots.indices.filter { openIDs.contains(depots[$0].id) }
        var reachableKg = [Double](repeating: 0, count: network.villages.count)
        for (k, item) in instance.items.enumerated() where open.contains(where: { j in
            if case .feasible = instance.verdicts[k][j] { return true } else { return false }
        }) {
            reachableKg[item.village] += item.supply.value
        }
        var collectedKg = [Double](repeating: 0, count: network.villages.count)
        for route in pickup?.routes ?? [] {
            for stop in route.stops where stop.ageOnArrival.value <= stop.shelfLife.value + 1e-6 {
                if let i = villageIndex[stop.village] { collectedKg[i] += stop.kilograms.value }
            }
        }
        var total = Count(), reachable = Count(), collected = Count()
        for (i, village) in network.villages.enumerated() {
            let supply = village.totalSupply.value
            guard supply > 0 else { continue }
            total.add(village, kilograms: supply, whole: true)
            reachable.add(village, kilograms: min(supply, reachableKg[i]), whole: reachableKg[i] >= supply * (1 - 1e-6) - 0.01)
            collected.add(village, kilograms: min(supply, collectedKg[i]), whole: collectedKg[i] >= supply * (1 - 1e-6) - 0.01)
        }
        let c = siting.coverage
        let assigned = Count(villages: c.villagesCovered, supply: c.supplyCovered, lowIncome: c.lowIncomeCovered)
        self.init(total: total, reachable: reachable, assigned: assigned, collected: pickup == nil ? nil : collected)
    }
}

extension PlanCoverage.Count {
    mutating func add(_ village: Village, kilograms: Double, whole: Bool) {
        supply += Kilograms(kilograms)
        if whole {
            villages += 1
            lowIncome += village.lowIncomeHouseholds
        }
    }
}
