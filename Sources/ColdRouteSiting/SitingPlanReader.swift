import ColdRouteModel
import GLPK

/// Turns a GLPK solution of a ``SitingModel`` into a ``SitingPlan``.
struct SitingPlanReader {
    /// Shares below this are solver noise and read as zero.
    static let tolerance = 1e-7

    let plan: SitingPlan

    init(model: SitingModel, solution: Solution, seconds: Double) {
        // Stopping at the requested gap is the optimality the planner asked for.
        self.init(model: model, values: solution.values, objective: solution.objective, bound: solution.bound,
                  gap: solution.relativeGap,
                  optimal: solution.status == .optimal || solution.stopReason == .gapReached, seconds: seconds)
    }

    /// Reads a plan from one value per variable of `model.model` (from GLPK, or built by the
    /// Lagrangian engine), with the proved `bound` and whether the gap counts as closed.
    init(model: SitingModel, values: [Double], objective: Double?, bound: Double?, gap: Double?, optimal: Bool,
         seconds: Double) {
        let instance = model.instance
        let network = instance.network
        let isOpen = model.open.map { values[$0.index] > 0.5 }
        let uncoveredShare = model.uncovered.map { Self.clean(values[$0.index]) }

        var load = Array(repeating: Kilograms.zero, count: network.depots.count)
        var typeKg = Array(repeating: Kilograms.zero, count: network.vehicleTypes.count)
        var typeMinutes = Array(repeating: Minutes.zero, count: network.vehicleTypes.count)
        var cost = CostBreakdown()
        var assignments: [SitingPlan.Assignment] = []
        for (a, arc) in instance.arcs.enumerated() {
            let share = Self.clean(values[model.share[a].index])
            guard share > 0 else { continue }
            let item = instance.items[arc.item]
            let kg = item.supply * share
            load[arc.depot] += kg
            typeKg[arc.vehicleType] += kg
            typeMinutes[arc.vehicleType] += Minutes(arc.vehicleMinutesPerKg * kg.value)
            cost.add(arc.costPerKg, times: kg.value)
            assignments.append(SitingPlan.Assignment(
                village: network.villages[item.village].id, product: network.products[item.product].id,
                depot: network.depots[arc.depot].id, kilograms: kg, travelTime: arc.travel.time,
                distance: arc.travel.distance, vehicleType: network.vehicleTypes[arc.vehicleType].id,
                agency: network.agencies[arc.agency].id, arrival: arc.arrival))
        }
        let openDepots = network.depots.indices.filter { isOpen[$0] }.map { j in
            let depot = network.depots[j]
            cost.depotOpening += depot.openingCostPerDay
            return SitingPlan.OpenDepot(
                id: depot.id, name: depot.name, status: depot.status, load: load[j],
                capacity: depot.capacityPerDay, openingCostPerDay: depot.openingCostPerDay)
        }

        let fleet = network.vehicleTypes.enumerated().map { t, type in
            SitingPlan.FleetUse(
                vehicleType: type.id, name: type.name, refrigerated: type.refrigerated, kilograms: typeKg[t],
                minutesUsed: typeMinutes[t], minutesAvailable: type.maxShift * Double(type.count))
        }
        let explainer = UncoveredExplainer(instance: instance, isOpen: isOpen, load: load, fleet: fleet)
        var uncovered: [SitingPlan.Uncovered] = []
        for (k, item) in instance.items.enumerated() where uncoveredShare[k] > 0 {
            let kg = item.supply * uncoveredShare[k]
            cost.spoilage += item.valuePerKg * kg.value
            uncovered.append(SitingPlan.Uncovered(
                village: network.villages[item.village].id, product: network.products[item.product].id,
                kilograms: kg, reason: explainer.reason(item: k)))
        }

        plan = SitingPlan(
            network: network.name,
            status: optimal ? .optimal : .feasible,
            objective: objective.map { Yuan($0) },
            bound: bound.map { Yuan($0) },
            gap: gap,
            solveSeconds: seconds,
            message: nil,
            openDepots: openDepots,
            assignments: assignments,
            fleet: fleet,
            uncovered: uncovered,
            cost: cost,
            coverage: Self.coverage(instance: instance, uncoveredShare: uncoveredShare))
    }

    /// Snaps a share to `[0, 1]`, reading tiny values as zero and near-ones as one.
    static func clean(_ value: Double) -> Double {
        if value < tolerance { return 0 }
        if value > 1 - tolerance { return 1 }
        return value
    }

    /// Coverage figures given each item's uncovered share.
    static func coverage(instance: SitingInstance, uncoveredShare: [Double]) -> SitingPlan.Coverage {
        let network = instance.network
        var fullyCovered = Array(repeating: true, count: network.villages.count)
        var hasSupply = Array(repeating: false, count: network.villages.count)
        var supplyTotal = Kilograms.zero, supplyCovered = Kilograms.zero
        for (k, item) in instance.items.enumerated() {
            hasSupply[item.village] = true
            supplyTotal += item.supply
            supplyCovered += item.supply * (1 - uncoveredShare[k])
            if uncoveredShare[k] > 0 { fullyCovered[item.village] = false }
        }
        let villages = network.villages.indices.filter { hasSupply[$0] }
        let covered = villages.filter { fullyCovered[$0] }
        return SitingPlan.Coverage(
            villagesCovered: covered.count, villagesTotal: villages.count,
            supplyCovered: supplyCovered, supplyTotal: supplyTotal,
            lowIncomeCovered: covered.reduce(0) { $0 + network.villages[$1].lowIncomeHouseholds },
            lowIncomeTotal: villages.reduce(0) { $0 + network.villages[$1].lowIncomeHouseholds })
    }
}
