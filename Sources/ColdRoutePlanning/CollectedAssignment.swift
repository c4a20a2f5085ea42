import ColdRouteModel
import ColdRouteSiting

/// One coverage, one truth at the end of planning: the siting's assignments trimmed to what the
/// routes collect, so that *assigned* means what the plan's vehicles really fetch.
///
/// **Why.** The fleet calibration (`IntegratedPlanner+FleetCalibration.swift`) makes the siting
/// promise about what routes can fetch, but the route searches of the final day may still leave
/// some of it behind — more of it the less CPU they got (the 3,000-village county: 98.6 % of the
/// assigned supply collected at load 2-4, 95.2 % at load 15). A county planner reads "assigned
/// but not collected" as a broken promise; what no route fetches is honestly *reachable, not
/// assigned*, with the routes' reason.
///
/// **Rule.** For every village–depot pair with supply the routes left behind
/// (``PickupPlan/unserved``), each product's assignment keeps exactly the kilograms the depot's
/// routes load of it (the stops' ``PickupPlan/Stop/products``; a stop that does not list its
/// products counts for the pair's products in proportion to their assigned kilograms). The rest
/// becomes uncovered supply whose reason is ``UncoveredReason/Cause/notCollected(depot:shortfall:)``
/// (the depot and the routes' reason), and the pair's unserved entry goes. The siting plan's
/// figures follow: depot loads; fleet use (kilograms, and minutes at the plan's own calibrated
/// scale, so `minutesUsed ≤ minutesAvailable` still holds); coverage; spoilage (the product's
/// value per kg), handling (the depot's rate) and the estimate's transport components (in
/// proportion to the kilograms withdrawn: they are the full-load estimate, which the day cost
/// replaces by the routes' own costs); the objective is the new total. Routes, open depots and
/// the solver's bound and gap are unchanged. The caller plans the dispatch again (its spoilage
/// moves from "not collected" to "uncovered").
///
/// **Left as they are.** Under single-sourcing a product the routes collect in part stays
/// assigned (a village's product may not be split between a depot and spoilage) and keeps its
/// unserved entry; nothing is trimmed when that would break a low-income coverage target, nor
/// from an interrupted plan.
///
/// Complexity: O(assignments + stops + uncovered).
public enum CollectedAssignment {
    /// `siting` and `pickup` with the assignments trimmed to what `pickup`'s routes collect, or
    /// `nil` when nothing is to trim (every assigned kilogram collected, an interrupted plan, or a
    /// low-income target the trimmed plan would miss).
    public static func trimmed(
        siting: SitingPlan, pickup: PickupPlan, network: CountyNetwork, options: SitingOptions
    ) -> (siting: SitingPlan, pickup: PickupPlan)? {
        guard !pickup.interrupted, siting.objective != nil else { return nil }
        let short = pickup.unserved.filter { $0.kilograms.value > 1e-6 }
        guard !short.isEmpty else { return nil }
        let productIndex = Dictionary(uniqueKeysWithValues: network.products.enumerated().map { ($1.id, $0) })
        let villageIndex = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let depotIndex = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, $0) })
        let typeIndex = Dictionary(uniqueKeysWithValues: network.vehicleTypes.enumerated().map { ($1.id, $0) })
        let pairs = Set(short.map { VisitKey(village: $0.village, depot: $0.depot) })
        var reasonOf = [VisitKey: UnservedReason]()
        for u in short { reasonOf[VisitKey(village: u.village, depot: u.depot)] = reasonOf[VisitKey(village: u.village, depot: u.depot)] ?? u.reason }

        // Collected per pair and product (kg), and per pair without product detail.
        var loaded = [VisitKey: [Product.ID: Double]](), unlisted = [VisitKey: Double]()
        for route in pickup.routes {
            for stop in route.stops {
                let key = VisitKey(village: stop.village, depot: route.depot)
                guard pairs.contains(key) else { continue }
                if stop.products.isEmpty {
                    unlisted[key, default: 0] += stop.kilograms.value
                } else {
                    for load in stop.products { loaded[key, default: [:]][load.product, default: 0] += load.kilograms.value }
                }
            }
        }
        var assignedToPair = [VisitKey: Double]()
        for a in siting.assignments where pairs.contains(VisitKey(village: a.village, depot: a.depot)) {
            assignedToPair[VisitKey(village: a.village, depot: a.depot), default: 0] += a.kilograms.value
        }

        var plan = siting
        var withdrawnKg = 0.0, spoilage = 0.0, handling = 0.0
        var typeKg = [Int: Double](), typeMinutes = [Int: (withdrawn: Double, all: Double)]()
        var depotLoad = [Depot.ID: Double]()
        var assignments: [SitingPlan.Assignment] = []
        assignments.reserveCapacity(siting.assignments.count)
        for var a in siting.assignments {
            let key = VisitKey(village: a.village, depot: a.depot)
            // Unscaled full-load minutes per kg of this assignment (for the fleet use's own scale).
            var perKg = 0.0
            if let t = typeIndex[a.vehicleType], let i = villageIndex[a.village], network.vehicleTypes[t].capacity.value > 0 {
                perKg = (2 * a.travelTime.value + network.villages[i].serviceTime.value) / network.vehicleTypes[t].capacity.value
                typeMinutes[t, default: (0, 0)].all += perKg * a.kilograms.value
            }
            guard pairs.contains(key) else {
                depotLoad[a.depot, default: 0] += a.kilograms.value
                assignments.append(a)
                continue
            }
            let share = (assignedToPair[key] ?? 0) > 0 ? a.kilograms.value / assignedToPair[key]! : 0
            let available = loaded[key]?[a.product] ?? 0
            let keep = min(a.kilograms.value, available + (unlisted[key] ?? 0) * share)
            loaded[key]?[a.product] = max(0, available - keep)
            var cut = a.kilograms.value - keep
            if cut <= 1e-7 * max(1, a.kilograms.value) || (options.singleSource && keep > 1e-9) { cut = 0 }
            if cut > 0 {
                a.kilograms = Kilograms(a.kilograms.value - cut)
                withdrawnKg += cut
                if let p = productIndex[a.product] { spoilage += cut * network.products[p].valuePerKg.value }
                if let j = depotIndex[a.depot] { handling += cut * network.depots[j].handlingCostPerKg.value }
                if let t = typeIndex[a.vehicleType] {
                    typeKg[t, default: 0] += cut
                    typeMinutes[t, default: (0, 0)].withdrawn += perKg * cut
                }
                plan.uncovered.append(SitingPlan.Uncovered(
                    village: a.village, product: a.product, kilograms: Kilograms(cut),
                    reason: UncoveredReason(.notCollected(depot: label(a.depot, network: network, index: depotIndex),
                                                          shortfall: reasonOf[key]!.routeShortfall))))
            }
            depotLoad[a.depot, default: 0] += a.kilograms.value
            if a.kilograms.value > 1e-9 { assignments.append(a) }
        }
        guard withdrawnKg > 0 else { return nil }

        plan.assignments = assignments
        plan.openDepots = siting.openDepots.map { var d = $0; d.load = Kilograms(depotLoad[d.id] ?? 0); return d }
        plan.fleet = siting.fleet.map { use in
            var use = use
            guard let t = typeIndex[use.vehicleType] else { return use }
            use.kilograms = Kilograms(max(0, use.kilograms.value - (typeKg[t] ?? 0)))
            if let m = typeMinutes[t], m.all > 0 { use.minutesUsed = use.minutesUsed * max(0, 1 - m.withdrawn / m.all) }
            return use
        }
        plan.coverage = coverage(of: plan, network: network)
        if let target = options.minLowIncomeCoverage,
           Double(plan.coverage.lowIncomeCovered) < target * Double(plan.coverage.lowIncomeTotal) - 1e-9 { return nil }

        let before = siting.coverage.supplyCovered.value
        let kept = before > 0 ? max(0, 1 - withdrawnKg / before) : 0
        plan.cost.distance = plan.cost.distance * kept
        plan.cost.driverTime = plan.cost.driverTime * kept
        plan.cost.refrigeration = plan.cost.refrigeration * kept
        plan.cost.express = plan.cost.express * kept
        plan.cost.handling = Yuan(max(0, plan.cost.handling.value - handling))
        plan.cost.spoilage += Yuan(spoilage)
        plan.objective = plan.cost.total

        var routes = pickup
        var left = [VisitKey: Double]()   // assigned − collected per pair, after trimming
        for a in plan.assignments where pairs.contains(VisitKey(village: a.village, depot: a.depot)) {
            left[VisitKey(village: a.village, depot: a.depot), default: 0] += a.kilograms.value
        }
        for route in pickup.routes {
            for stop in route.stops where pairs.contains(VisitKey(village: stop.village, depot: route.depot)) {
                left[VisitKey(village: stop.village, depot: route.depot), default: 0] -= stop.kilograms.value
            }
        }
        routes.unserved = pickup.unserved.compactMap { u in
            let key = VisitKey(village: u.village, depot: u.depot)
            guard pairs.contains(key) else { return u }
            let kg = left[key] ?? 0
            left[key] = nil   // one entry per pair
            guard kg > 1e-6 * max(1, assignedToPair[key] ?? 0) else { return nil }
            var rest = u
            rest.kilograms = Kilograms(kg)
            return rest
        }
        return (plan, routes)
    }

    /// A depot as uncovered reasons name it: `D2 South candidate`, or the id alone when the name is the id.
    static func label(_ id: Depot.ID, network: CountyNetwork, index: [Depot.ID: Int]) -> String {
        guard let j = index[id] else { return id.rawValue }
        let name = network.depots[j].name
        return name.isEmpty || name == id.rawValue ? id.rawValue : "\(id.rawValue) \(name)"
    }

    /// The siting plan's coverage from its assignments and uncovered supply: a village is covered
    /// when none of its supply is uncovered (as ``SitingPlanChecker`` counts it).
    static func coverage(of plan: SitingPlan, network: CountyNetwork) -> SitingPlan.Coverage {
        var lost = Set<Village.ID>(), served = 0.0
        for u in plan.uncovered where u.kilograms.value > 0 { lost.insert(u.village) }
        for a in plan.assignments { served += a.kilograms.value }
        var c = plan.coverage
        c.supplyCovered = Kilograms(served)
        c.villagesCovered = 0
        c.lowIncomeCovered = 0
        for village in network.villages where village.totalSupply.value > 0 && !lost.contains(village.id) {
            c.villagesCovered += 1
            c.lowIncomeCovered += village.lowIncomeHouseholds
        }
        return c
    }
}
