import ColdRouteModel
import ColdRoutePlanning
import ColdRouteScenario
import ColdRouteSiting

/// One scenario's headline numbers, as compared side by side.
///
/// Costs are per day. With pickup routes they are the whole day's cost of ``ExpressPlan``: the
/// routes' real transport costs replace the siting model's full-load estimates, handling counts
/// what the routes deliver, express comes from the dispatch model, and produce assigned to a depot
/// but collected by no route (or not dispatched in time) is added to spoilage. Without routes,
/// all components are the siting model's (transport estimated).
public struct ComparisonRow: Hashable, Sendable, Codable {
    public var scenario: String
    public var description: String
    public var network: String
    /// Siting status (`optimal`, `feasible`, `infeasible`, `noSolution`); `check failed` when an
    /// independent checker objected; `interrupted` when a stop request cut the scenario short (its
    /// numbers are the best plan found so far) and `not run` when it kept it from starting.
    public var status: String
    /// Whether a stop request cut this scenario short or kept it from starting.
    public var interrupted: Bool
    public var routesPlanned: Bool
    public var totalCost: Double?
    /// Cost by component, in ``CostBreakdown/components`` order.
    public var cost: [String: Double]
    public var costPerKg: Double?
    /// Headline coverage (``PlanCoverage/headline``): `collected` by a route within shelf life,
    /// or `assigned` when no routes were planned. `villagesCovered`, `supplyCoveredKg`,
    /// `lowIncomeCovered`, the shares, `costPerKg` and `uncoveredVillages` count the headline.
    public var coverageHeadline: String
    /// The three quantities (``PlanCoverage``): reachable ≥ assigned ≥ collected.
    public var villagesReachable: Int
    public var supplyReachableKg: Double
    public var lowIncomeReachable: Int
    public var villagesAssigned: Int
    public var supplyAssignedKg: Double
    public var lowIncomeAssigned: Int
    public var villagesCollected: Int?
    public var supplyCollectedKg: Double?
    public var lowIncomeCollected: Int?
    public var villagesCovered: Int
    public var villagesTotal: Int
    public var supplyCoveredKg: Double
    public var supplyTotalKg: Double
    public var lowIncomeCovered: Int
    public var lowIncomeTotal: Int
    /// Produce that spoils: not covered within shelf life, plus assigned but not collected.
    public var spoiledKg: Double
    public var vehicleKm: Double?
    public var vehicles: Int?
    public var depotsOpen: [String]
    public var newDepotsOpened: [String]
    public var uncoveredVillages: Int
    public var uncollectedKg: Double
    public var checksPassed: Bool
    /// Wall-clock seconds; not encoded, so a comparison's JSON and CSV are the same on every run
    /// (`compare --out` writes them to `timings.json`).
    public var sitingSeconds: Double = 0
    public var routeSeconds: Double = 0

    /// Shares covered (0…1); 1 when there is nothing to cover.
    public var villageShare: Double
    public var supplyShare: Double
    public var lowIncomeShare: Double

    private enum CodingKeys: String, CodingKey {
        case scenario, description, network, status, interrupted, routesPlanned, totalCost, cost, costPerKg,
             coverageHeadline, villagesReachable, supplyReachableKg, lowIncomeReachable, villagesAssigned, supplyAssignedKg,
             lowIncomeAssigned, villagesCollected, supplyCollectedKg, lowIncomeCollected, villagesCovered, villagesTotal, supplyCoveredKg, supplyTotalKg, lowIncomeCovered, lowIncomeTotal, spoiledKg,
             vehicleKm, vehicles, depotsOpen, newDepotsOpened, uncoveredVillages, uncollectedKg, checksPassed,
             villageShare, supplyShare, lowIncomeShare
    }

    /// The component names in display order.
    public static let costComponents = CostBreakdown().components.map(\.name)

    public init(_ outcome: ScenarioOutcome) {
        let plan = outcome.siting
        let network = outcome.network
        scenario = outcome.scenario.name
        description = outcome.scenario.description
        self.network = network.name
        status = !outcome.passedChecks ? "check failed"
            : outcome.notRun ? "not run" : outcome.interrupted ? "interrupted" : plan.status.rawValue
        interrupted = outcome.interrupted
        routesPlanned = outcome.pickup != nil
        let breakdown = outcome.express?.cost ?? plan.cost
        var uncollected = 0.0
        if let pickup = outcome.pickup {
            uncollected = pickup.unserved.reduce(0) { $0 + $1.kilograms.value }
                + (outcome.express?.missed.reduce(0) { $0 + $1.kilograms.value } ?? 0)
            vehicleKm = pickup.vehicleKilometres.value
            vehicles = pickup.routes.count
        }
        cost = Dictionary(uniqueKeysWithValues: breakdown.components.map { ($0.name, $0.cost.value) })
        totalCost = plan.objective == nil ? nil : breakdown.total.value
        let c = plan.coverage
        let assigned = PlanCoverage.Count(villages: c.villagesCovered, supply: c.supplyCovered, lowIncome: c.lowIncomeCovered)
        let coverage = outcome.coverage ?? PlanCoverage(
            total: PlanCoverage.Count(villages: c.villagesTotal, supply: c.supplyTotal, lowIncome: c.lowIncomeTotal),
            reachable: assigned, assigned: assigned, collected: nil)
        let headline = coverage.headline
        coverageHeadline = coverage.collected == nil ? "assigned" : "collected"
        villagesReachable = coverage.reachable.villages
        supplyReachableKg = coverage.reachable.supply.value
        lowIncomeReachable = coverage.reachable.lowIncome
        villagesAssigned = coverage.assigned.villages
        supplyAssignedKg = coverage.assigned.supply.value
        lowIncomeAssigned = coverage.assigned.lowIncome
        villagesCollected = coverage.collected?.villages
        supplyCollectedKg = coverage.collected?.supply.value
        lowIncomeCollected = coverage.collected?.lowIncome
        costPerKg = totalCost.flatMap { headline.supply.value > 0 ? $0 / headline.supply.value : nil }
        villagesCovered = headline.villages
        villagesTotal = coverage.total.villages
        supplyCoveredKg = headline.supply.value
        supplyTotalKg = coverage.total.supply.value
        lowIncomeCovered = headline.lowIncome
        lowIncomeTotal = coverage.total.lowIncome
        villageShare = coverage.villageShare(headline)
        supplyShare = coverage.supplyShare(headline)
        lowIncomeShare = coverage.lowIncomeShare(headline)
        uncollectedKg = uncollected
        spoiledKg = plan.objective == nil ? 0 : c.supplyTotal.value - c.supplyCovered.value + uncollected
        depotsOpen = plan.openDepots.map(\.id.rawValue)
        newDepotsOpened = plan.openDepots.filter { $0.status == .candidate }.map(\.id.rawValue)
        uncoveredVillages = plan.objective == nil ? 0 : coverage.total.villages - headline.villages
        checksPassed = outcome.passedChecks
        sitingSeconds = outcome.planningSeconds
        routeSeconds = outcome.checkSeconds
    }
}
