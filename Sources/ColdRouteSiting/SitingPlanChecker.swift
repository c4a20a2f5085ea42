import ColdRouteModel

/// Checks a ``SitingPlan`` against its network from first principles, independently of the model
/// that produced it: every emitted plan must pass, and tests feed it hand-broken plans.
///
/// It recomputes travel with its own shortest-path queries (one per depot used, so checking grows
/// with depots × network, not assignments × network) and checks: assignments only to open
/// depots; shelf life on the assigned vehicle type (which must be allowed at that depot); pickup
/// window and receiving hours; the express cut-off; depot capacity and reported loads; fleet time
/// per vehicle type (full-load direct trips within vehicles × shift); supply
/// conservation (assigned + uncovered = supply); forced sites, new-depot limit, budget and
/// low-income target; the coverage figures; and that the cost components add up to the objective.
public enum SitingPlanChecker {
    /// One broken rule, in words, naming the place.
    public struct Violation: Hashable, Sendable, CustomStringConvertible {
        public let description: String
    }

    public static func check(
        _ plan: SitingPlan, network: CountyNetwork, travel: TravelModel, options: SitingOptions = .init()
    ) -> [Violation] {
        var out: [Violation] = []
        func fail(_ text: String) { out.append(Violation(description: text)) }
        let eps = 1e-6
        guard plan.status == .optimal || plan.status == .feasible else { return [] }

        let depotIndex = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, $0) })
        let villageIndex = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let productIndex = Dictionary(uniqueKeysWithValues: network.products.enumerated().map { ($1.id, $0) })
        let agencyIndex = Dictionary(uniqueKeysWithValues: network.agencies.enumerated().map { ($1.id, $0) })
        let typeIndex = Dictionary(uniqueKeysWithValues: network.vehicleTypes.enumerated().map { ($1.id, $0) })
        let open = Set(plan.openDepots.map(\.id))

        // Sites: forced decisions, existing depots, limits.
        for depot in network.depots {
            if options.forceOpen.contains(depot.id), !open.contains(depot.id) { fail("forced-open depot \(depot.id) is closed") }
            if options.forceClosed.contains(depot.id), open.contains(depot.id) { fail("forced-closed depot \(depot.id) is open") }
            if depot.status == .existing, !options.existingMayClose, !options.forceClosed.contains(depot.id),
               !open.contains(depot.id) { fail("existing depot \(depot.id) is closed") }
        }
        let newOpen = network.depots.filter { $0.status == .candidate && open.contains($0.id) }
        if let limit = options.maxNewDepots, newOpen.count > limit { fail("\(newOpen.count) new depots exceed the limit of \(limit)") }
        let newCost = newOpen.reduce(0) { $0 + $1.openingCostPerDay.value }
        if let budget = options.budgetPerDay, newCost > budget.value + eps { fail("new depots cost \(newCost)/day, over the budget of \(budget.value)") }

        // Travel: one search per depot with assignments (roads are two-way), to the villages it
        // serves and to every agency.
        var villagesOf = [Int: Set<Int>]()
        for a in plan.assignments {
            if let i = villageIndex[a.village], let j = depotIndex[a.depot] { villagesOf[j, default: []].insert(i) }
        }
        let agencyPlaces = network.agencies.indices.map { Place.agency($0) }
        var legTo = [Int: [Int: Leg]](), agencyLegs = [Int: [Leg?]]()
        for (j, villages) in villagesOf {
            let targets = villages.sorted()
            let legs = travel.legs(from: .depot(j), to: targets.map { Place.village($0) } + agencyPlaces)
            var byVillage = [Int: Leg]()
            for (n, i) in targets.enumerated() { byVillage[i] = legs[n] }
            legTo[j] = byVillage
            agencyLegs[j] = Array(legs[targets.count...])
        }

        // Assignments.
        var load = [Depot.ID: Double](), served = [String: Double](), fleetMinutes = [VehicleType.ID: Double]()
        for a in plan.assignments {
            let at = "assignment \(a.village)/\(a.product)→\(a.depot)"
            guard let i = villageIndex[a.village], let p = productIndex[a.product], let j = depotIndex[a.depot],
                  let t = typeIndex[a.vehicleType], let g = agencyIndex[a.agency]
            else { fail("\(at): unknown id"); continue }
            if !open.contains(a.depot) { fail("\(at): depot is not open") }
            if a.kilograms.value < -eps { fail("\(at): negative kilograms") }
            load[a.depot, default: 0] += a.kilograms.value
            served["\(a.village)/\(a.product)", default: 0] += a.kilograms.value
            let village = network.villages[i], depot = network.depots[j], type = network.vehicleTypes[t]
            if type.count <= 0 || (type.homeDepot != nil && type.homeDepot != depot.id) {
                fail("\(at): vehicle type \(type.id) cannot be based at \(depot.id)")
            }
            // The type's own minutes (its speed factor), as the siting instance times the arc.
            guard let leg = type.driving(legTo[j]?[i]) else { fail("\(at): no road"); continue }
            if abs(leg.time.value - a.travelTime.value) > 1e-6 { fail("\(at): travel time \(a.travelTime.value) ≠ \(leg.time.value)") }
            fleetMinutes[type.id, default: 0] += (2 * leg.time.value + village.serviceTime.value) / type.capacity.value * a.kilograms.value
            let life = network.products[p].shelfLife(refrigerated: type.refrigerated)
            if leg.time.value > life.value + eps { fail("\(at): \(leg.time.value) min exceeds shelf life \(life.value) min") }
            let pickup = a.arrival - village.serviceTime - leg.time
            if pickup.value < village.earliestPickup.value - eps || pickup.value > village.pickupEnd.value + eps {
                fail("\(at): loading at \(pickup.clockString) is outside the village's window")
            }
            if a.arrival.value < depot.receivingOpen.value - eps || a.arrival.value > depot.receivingClose.value + eps {
                fail("\(at): arrival \(a.arrival.clockString) is outside the depot's receiving hours")
            }
            if let trunk = agencyLegs[j]?[g] {
                if (a.arrival + trunk.time).value > network.agencies[g].cutoff.value + eps {
                    fail("\(at): agency \(a.agency) reached after its cut-off")
                }
            } else { fail("\(at): no road to agency \(a.agency)") }
        }
        if options.singleSource {
            var depotOf = [Village.ID: Depot.ID]()
            for a in plan.assignments {
                if let other = depotOf.updateValue(a.depot, forKey: a.village), other != a.depot {
                    fail("village \(a.village) is served by both \(other) and \(a.depot) under single-sourcing")
                }
            }
            for u in plan.uncovered where plan.assignments.contains(where: { $0.village == u.village && $0.product == u.product }) {
                fail("\(u.village)/\(u.product) is split between a depot and spoilage under single-sourcing")
            }
        }
        for d in plan.openDepots {
            guard let j = depotIndex[d.id] else { fail("open depot \(d.id) is unknown"); continue }
            let l = load[d.id, default: 0]
            if l > network.depots[j].capacityPerDay.value * (1 + eps) + eps { fail("depot \(d.id) receives \(l) kg, over capacity") }
            if abs(l - d.load.value) > 1e-6 * max(1, l) { fail("depot \(d.id) reported load \(d.load.value) ≠ \(l)") }
        }

        for type in network.vehicleTypes {
            let used = fleetMinutes[type.id, default: 0], available = Double(type.count) * type.maxShift.value
            if used > available * (1 + eps) + eps { fail("vehicle type \(type.id) needs \(used) vehicle-minutes, only \(available) available") }
        }

        // Conservation and coverage.
        var lost = [String: Double]()
        for u in plan.uncovered { lost["\(u.village)/\(u.product)", default: 0] += u.kilograms.value }
        var villagesTotal = 0, villagesCovered = 0, kgTotal = 0.0, kgCovered = 0.0, lowTotal = 0, lowCovered = 0
        var spoilage = 0.0, handling = 0.0
        for a in plan.assignments { handling += a.kilograms.value * (depotIndex[a.depot].map { network.depots[$0].handlingCostPerKg.value } ?? 0) }
        for village in network.villages {
            var supplied = false, covered = true
            for product in network.products {
                guard let kg = village.supply[product.id]?.value, kg > 0 else { continue }
                supplied = true
                let key = "\(village.id)/\(product.id)"
                let s = served[key, default: 0], l = lost[key, default: 0]
                if abs(s + l - kg) > 1e-6 * max(1, kg) { fail("\(key): served \(s) + uncovered \(l) ≠ supply \(kg)") }
                if l > 0 { covered = false }
                kgTotal += kg
                kgCovered += s
                spoilage += l * product.valuePerKg.value
            }
            guard supplied else { continue }
            villagesTotal += 1
            lowTotal += village.lowIncomeHouseholds
            if covered { villagesCovered += 1; lowCovered += village.lowIncomeHouseholds }
        }
        let c = plan.coverage
        if c.villagesCovered != villagesCovered || c.villagesTotal != villagesTotal { fail("village coverage \(c.villagesCovered)/\(c.villagesTotal) ≠ \(villagesCovered)/\(villagesTotal)") }
        if c.lowIncomeCovered != lowCovered || c.lowIncomeTotal != lowTotal { fail("low-income coverage \(c.lowIncomeCovered)/\(c.lowIncomeTotal) ≠ \(lowCovered)/\(lowTotal)") }
        if abs(c.supplyCovered.value - kgCovered) > 1e-6 * max(1, kgTotal) || abs(c.supplyTotal.value - kgTotal) > 1e-6 * max(1, kgTotal) {
            fail("supply coverage \(c.supplyCovered.value)/\(c.supplyTotal.value) ≠ \(kgCovered)/\(kgTotal)")
        }
        if let target = options.minLowIncomeCoverage, Double(lowCovered) < target * Double(lowTotal) - eps {
            fail("low-income coverage \(lowCovered)/\(lowTotal) is below the target \(target)")
        }

        // Costs.
        let opening = network.depots.filter { open.contains($0.id) }.reduce(0) { $0 + $1.openingCostPerDay.value }
        let tol = 1e-6 * max(1, plan.cost.total.value)
        if abs(plan.cost.depotOpening.value - opening) > tol { fail("opening cost \(plan.cost.depotOpening.value) ≠ \(opening)") }
        if abs(plan.cost.spoilage.value - spoilage) > tol { fail("spoilage \(plan.cost.spoilage.value) ≠ \(spoilage)") }
        if abs(plan.cost.handling.value - handling) > tol { fail("handling \(plan.cost.handling.value) ≠ \(handling)") }
        if let objective = plan.objective, abs(objective.value - plan.cost.total.value) > 1e-5 * max(1, objective.value) {
            fail("cost components add up to \(plan.cost.total.value), not the objective \(objective.value)")
        }
        return out
    }
}
