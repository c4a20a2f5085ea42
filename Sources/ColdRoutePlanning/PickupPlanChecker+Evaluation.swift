import ColdRouteModel
import ColdRouteSiting

extension PickupPlanChecker {
    /// Checks a plan made without a siting plan (imported from a route sheet or a VROOM solution)
    /// and measures its cost and coverage.
    ///
    /// The route and trip checks are those of ``check(_:network:travel:siting:)``, with shelf life
    /// checked for each product on board, on the vehicle's class, from the stop's departure to its
    /// trip's return. When a file does not say which products a stop loads, every product the
    /// village supplies is considered: the stop passes when the kilograms it loads fit within the
    /// supply of the village's products that keep that long; otherwise each product that spoils
    /// is reported. Then more checks that a siting plan used to guarantee:
    /// loading takes the village's service time in proportion to the kilograms loaded; the load
    /// stays within capacity after each stop (reported at the stop that overloads); produce
    /// reaching the depot at the route's return still reaches some express agency before its
    /// cut-off; no village gives more than its daily supply over all routes (nor, when stops name
    /// their products, more of a product than it supplies of it); and no depot receives
    /// more than its daily capacity (reported at the return of its last route).
    ///
    /// - Parameter timeTolerance: slack for every time comparison: the resolution of the file's
    ///   times (1 min for `HH:MM`, 1 s for VROOM seconds).
    public static func evaluate(_ plan: PickupPlan, network: CountyNetwork, travel: TravelModel,
                                timeTolerance: Minutes = Minutes(1e-6)) -> PlanEvaluation
    {
        let productIndex = Dictionary(uniqueKeysWithValues: network.products.enumerated().map { ($1.id, $0) })
        let villageIndex = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let productsOf = Dictionary(uniqueKeysWithValues: network.villages.map { village in
            (village.id, network.products.filter { (village.supply[$0.id]?.value ?? 0) > 0 }.compactMap { productIndex[$0.id] })
        })
        let kgTolerance = 0.01
        let rules = Rules(timeTolerance: timeTolerance.value, kilogramTolerance: kgTolerance, standalone: true) { village, _ in
            productsOf[village] ?? []
        }
        var violations = routeViolations(plan, network: network, travel: travel, rules: rules)

        var collected = [Int: Double](), covered = [Int: Double](), perProduct = [[Int]: Double]()
        let spoiled = Set(violations.filter { $0.kind == .shelfLife }.compactMap { v in v.route.flatMap { r in v.stop.map { [r, $0] } } })
        var lastStop = [Int: (route: Int, stop: Int, vehicle: String)]()
        for (r, route) in plan.routes.enumerated() {
            for (n, stop) in route.stops.enumerated() {
                guard let i = villageIndex[stop.village] else { continue }
                collected[i, default: 0] += stop.kilograms.value
                for load in stop.products { perProduct[[i, productIndex[load.product] ?? -1], default: 0] += load.kilograms.value }
                if !spoiled.contains([r, n + 1]) { covered[i, default: 0] += stop.kilograms.value }
                lastStop[i] = (r, n + 1, route.vehicle)
            }
        }
        var delivered = [Depot.ID: (kg: Double, route: Int)]()
        for (r, route) in plan.routes.enumerated() { delivered[route.depot, default: (0, r)] = (delivered[route.depot, default: (0, r)].kg + route.load.value, r) }
        for depot in network.depots {
            guard let d = delivered[depot.id], d.kg > depot.capacityPerDay.value * (1 + 1e-6) + kgTolerance else { continue }
            let route = plan.routes[d.route]
            violations.append(PlanViolation(
                kind: .capacity, vehicle: route.vehicle, route: d.route, stop: route.stops.count + 1, place: depot.id.rawValue,
                reason: .depotCapacity(depot: depot.id.rawValue, kilograms: Kilograms(d.kg), capacity: depot.capacityPerDay)))
        }
        var coverage = PlanEvaluation.Coverage(
            villagesCovered: 0, villagesTotal: 0, supplyCovered: .zero, supplyCollected: .zero, supplyTotal: .zero,
            lowIncomeCovered: 0, lowIncomeTotal: 0)
        for (i, village) in network.villages.enumerated() {
            let supply = village.totalSupply.value, got = collected[i, default: 0]
            if got > supply * (1 + 1e-6) + kgTolerance, let at = lastStop[i] {
                violations.append(PlanViolation(
                    kind: .supply, vehicle: at.vehicle, route: at.route, stop: at.stop, place: village.id.rawValue,
                    reason: .villageSupply(kilograms: Kilograms(got), village: village.id.rawValue, supply: village.totalSupply)))
            }
            for (p, product) in network.products.enumerated() {
                let got = perProduct[[i, p], default: 0], has = village.supply[product.id]?.value ?? 0
                guard got > has * (1 + 1e-6) + kgTolerance, let at = lastStop[i] else { continue }
                violations.append(PlanViolation(
                    kind: .supply, vehicle: at.vehicle, route: at.route, stop: at.stop, place: village.id.rawValue,
                    reason: .productSupply(kilograms: Kilograms(got), product: product.id.rawValue, village: village.id.rawValue,
                                          supply: Kilograms(has))))
            }
            guard supply > 0 else { continue }
            coverage.villagesTotal += 1
            coverage.supplyTotal += village.totalSupply
            coverage.lowIncomeTotal += village.lowIncomeHouseholds
            coverage.supplyCollected += Kilograms(min(got, supply))
            let ok = min(covered[i, default: 0], supply)
            coverage.supplyCovered += Kilograms(ok)
            if ok >= supply * (1 - 1e-6) - kgTolerance {
                coverage.villagesCovered += 1
                coverage.lowIncomeCovered += village.lowIncomeHouseholds
            }
        }
        return PlanEvaluation(violations: violations, routes: plan.routes.count, distance: plan.vehicleKilometres,
                              cost: plan.cost, coverage: coverage)
    }
}
