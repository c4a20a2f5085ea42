import ColdRouteIO
import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Foundation
import Testing

/// The location-routing search: every day it returns passes the three independent checkers, it is
/// never worse than the first siting ↔ routing round, and the same seed and budgets give the same plan.
@Suite struct LocationRoutingSearchTests {
    static func network(_ file: String) throws -> CountyNetwork {
        try NetworkReader.read(path: PickupPlannerTests.repository.appendingPathComponent(file).path)
    }

    static let generated = NetworkGenerator.county(villages: 16, depots: 4, agencies: 2, seed: 11)

    /// Small budgets, so the test is quick and stops on work, not on the clock (`routeTime` is only a cap).
    static let budget = LocationRoutingSearch.Budget(moves: 3, routeIterations: 60, probeIterations: 40, routeTime: .seconds(120))

    func search(_ network: CountyNetwork, options: SitingOptions = .init(), budget: LocationRoutingSearch.Budget = budget,
                seed: UInt64 = 3) throws -> (TravelModel, LocationRoutingSearch.Result)
    {
        let travel = TravelModel(network: network)
        let outcome = try LocationRoutingSearch.plan(
            network: network, travel: travel, options: options, budget: budget, seed: seed, deadline: nil)
        return (travel, try #require(outcome.routed))
    }

    func expectChecked(_ network: CountyNetwork, _ travel: TravelModel, _ result: LocationRoutingSearch.Result,
                       options: SitingOptions = .init())
    {
        let day = result.best
        #expect(SitingPlanChecker.check(day.siting, network: network, travel: travel, options: options).isEmpty)
        #expect(PickupPlanChecker.check(day.pickup, network: network, travel: travel, siting: day.siting).isEmpty)
        #expect(ExpressPlanChecker.check(day.express, network: network, travel: travel, pickup: day.pickup).isEmpty)
    }

    @Test(arguments: ["networks/tiny.json", "networks/demo-county.json", "generated"])
    func bestDayPassesTheCheckersAndIsNeverWorseThanTheFirstDay(_ file: String) throws {
        let network = file == "generated" ? Self.generated : try Self.network(file)
        let (travel, result) = try search(network)
        expectChecked(network, travel, result)
        #expect(result.best.cost <= result.firstDayCost)
        #expect(result.movesEvaluated <= 3)
        #expect(!result.stoppedByClock)
    }

    /// The first day is the rounds loop's first round (same siting, routes budget and seed), so the
    /// search is never worse than it. Single-sourced, so the siting is solved by GLPK alone and
    /// both runs get the same siting plan.
    @Test func neverWorseThanTheFirstRound() throws {
        let network = Self.generated
        let options = SitingOptions(singleSource: true)
        let (travel, result) = try search(network, options: options)
        expectChecked(network, travel, result, options: options)
        let round = try #require(try IntegratedPlanner.plan(
            network: network, travel: travel, options: options, rounds: 1, routeTime: Self.budget.routeTime, seed: 3,
            routeIterations: Self.budget.routeIterations, deadline: nil).routed)
        #expect(abs(round.express.cost.total.value - result.firstDayCost.value) < 1e-6)
        #expect(result.best.cost <= round.express.cost.total)
    }

    /// Iteration budgets, not the clock, decide (the route time is far more than the iterations take).
    @Test func sameSeedAndBudgetGiveTheSamePlan() throws {
        let network = Self.generated
        let options = SitingOptions(singleSource: true)
        let (_, a) = try search(network, options: options)
        let (_, b) = try search(network, options: options)
        #expect(a.best.siting.openDepots == b.best.siting.openDepots)
        #expect(a.best.siting.assignments == b.best.siting.assignments)
        #expect(a.best.pickup.routes == b.best.pickup.routes)
        #expect(a.best.express.cost == b.best.express.cost)
        #expect(a.movesEvaluated == b.movesEvaluated)
        #expect(a.improvements == b.improvements)
    }

    /// Forced sites, the new-depot limit and the budget hold in every day evaluated, so the best
    /// day's siting passes the checker under the user's options.
    @Test func userOptionsHold() throws {
        let network = try Self.network("networks/demo-county.json")
        // D5 (650/day) plus at most one of D6, D7, D8 (520, 450, 480) fits 1,200; D3 (800) does not.
        let options = SitingOptions(maxNewDepots: 2, budgetPerDay: Yuan(1200), forceOpen: ["D5"], forceClosed: ["D4"])
        let (travel, result) = try search(network, options: options)
        expectChecked(network, travel, result, options: options)
        let open = Set(result.best.siting.openDepots.map(\.id))
        #expect(open.contains("D5") && !open.contains("D4") && !open.contains("D3") && open.isSuperset(of: ["D1", "D2"]))
        #expect(open.count <= 4)
    }

    /// A siting plan handed in is the first day: its routed cost is the first day's cost.
    @Test func aGivenSitingPlanIsTheFirstDay() throws {
        let network = try Self.network("networks/tiny.json")
        let travel = TravelModel(network: network)
        let siting = try SitingPlanner.plan(network: network, travel: travel, options: SitingOptions(forceOpen: ["D2"]))
        let pickup = try PickupPlanner.plan(network: network, travel: travel, siting: siting, timeLimit: Self.budget.routeTime,
                                            seed: 3, iterations: Self.budget.routeIterations)
        let express = try ExpressPlanner.plan(network: network, travel: travel, siting: siting, pickup: pickup)
        let outcome = try LocationRoutingSearch.plan(
            network: network, travel: travel, options: SitingOptions(), budget: Self.budget, seed: 3, deadline: nil,
            initial: siting)
        let result = try #require(outcome.routed)
        #expect(abs(result.firstDayCost.value - express.cost.total.value) < 1e-6)
        #expect(result.best.cost <= result.firstDayCost)
        expectChecked(network, travel, result)
    }

    /// A deadline already past still returns the first day, marked as stopped by the clock.
    @Test func aPastDeadlineStillGivesTheFirstDay() throws {
        let network = try Self.network("networks/tiny.json")
        let travel = TravelModel(network: network)
        let outcome = try LocationRoutingSearch.plan(
            network: network, travel: travel, options: SitingOptions(), budget: Self.budget, seed: 1, deadline: .now)
        let result = try #require(outcome.routed)
        #expect(result.movesEvaluated == 0)
        #expect(result.stoppedByClock)
        expectChecked(network, travel, result)
    }
}
