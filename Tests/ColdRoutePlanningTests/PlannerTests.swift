import ColdRouteIO
import ColdRouteModel
@testable import ColdRoutePlanning
import ColdRouteSiting
import Foundation
import Testing

/// The one pipeline: a result whose checker verdicts, day cost and coverage agree with its plans;
/// reproducible with no clock; and a clock that cuts a search short is recorded.
@Suite struct PlannerTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func tiny() throws -> CountyNetwork {
        try NetworkReader.read(path: repository.appendingPathComponent("networks/tiny.json").path)
    }

    /// Everything but the timings, as bytes.
    static func bytes(_ result: PlanResult) throws -> Data {
        var result = result
        result.timings = PlanResult.Timings()
        result.regions = result.regions.map { var r = $0; r.seconds = 0; return r }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return try encoder.encode(result)
    }

    /// tiny.md: D0 and D1 open, V4's 50 kg of berries reach no open depot in time. Routes collect
    /// the 800 kg assigned, so reachable = assigned = collected = 3 villages, 800 of 850 kg.
    @Test func tinyResultAgreesWithItsPlans() throws {
        let network = try Self.tiny()
        let result = try Planner.plan(network: network, request: PlanRequest(seed: 3, routeIterations: 100))
        #expect(result.checks.passed, "\(result.checks.all)")
        let express = try #require(result.express)
        let pickup = try #require(result.pickup)
        #expect(result.dayCost == express.cost)
        #expect(result.siting.openDepots.map(\.id.rawValue) == ["D0", "D1"])
        let c = result.coverage
        #expect(c.total.villages == 4 && abs(c.total.supply.value - 850) < 1e-9 && c.total.lowIncome == 75)
        for q in [c.reachable, c.assigned, try #require(c.collected)] {
            #expect(q.villages == 3 && abs(q.supply.value - 800) < 1e-6 && q.lowIncome == 35)
        }
        #expect(abs(c.headline.supply.value - pickup.collected.value) < 1e-6)
        // Route iterations and no --search-moves: the two rounds, no search.
        #expect(result.work.roundsPlanned == 2 && result.work.roundsStoppedBy == .completed && result.work.search == nil)
        #expect(result.work.sitingStoppedBy == .completed)
        #expect(result.work.routes?.stoppedBy == .iterationLimit)
        #expect(result.work.routes?.depots.allSatisfy { ($0.iterationBudget ?? 0) >= 100 } == true)
        #expect(!result.work.cutShort)
    }

    /// Collected ≤ assigned ≤ reachable on a generated county planned in regions, where the
    /// reachability comes from an instance of the open depots only.
    @Test func coverageIsNestedWhenPlannedInRegions() throws {
        let network = try NetworkGenerator(villages: 300, depots: 12, agencies: 3).generate(seed: 2)
        let result = try Planner.plan(network: network, request: PlanRequest(rounds: 1, regions: 2, seed: 1, routeIterations: 50, timeLimit: .seconds(60)))
        #expect(result.checks.passed, "\(result.checks.all)")
        #expect(result.work.regions == 2 && result.regions.count == 2)
        let c = result.coverage
        let collected = try #require(c.collected)
        #expect(collected.supply.value <= c.assigned.supply.value + 1e-6)
        #expect(c.assigned.supply.value <= c.reachable.supply.value + 1e-6)
        #expect(collected.villages <= c.assigned.villages && c.assigned.villages <= c.reachable.villages)
        #expect(c.reachable.supply.value <= c.total.supply.value + 1e-6)
        // The whole-network instance gives the same reachability as the open-depots-only one.
        let whole = SitingInstance(network: network, travel: TravelModel(network: network))
        let again = PlanCoverage(network: network, instance: whole, siting: result.siting, pickup: result.pickup)
        #expect(again == c)
    }

    /// The location-routing search starts from round 1's day and keeps the cheapest day it sees:
    /// the plan is never worse than `--rounds 1` with the same seed and budgets, and it says where
    /// it started. On a generated county where the search has depots to move.
    @Test func theSearchIsNeverWorseThanRoundOne() throws {
        let network = try NetworkGenerator(villages: 24, depots: 5, agencies: 2).generate(seed: 4)
        var request = PlanRequest(regions: 1, seed: 2, routeIterations: 60)
        request.searchMoves = 4
        let searched = try Planner.plan(network: network, request: request)
        request.rounds = 1
        let single = try Planner.plan(network: network, request: request)
        #expect(searched.checks.passed, "\(searched.checks.all)")
        #expect(single.work.search == nil && single.work.roundsPlanned == 1)
        let search = try #require(searched.work.search)
        let first = try #require(single.dayCost).total.value, best = try #require(searched.dayCost).total.value
        #expect(abs(search.firstDayCost.value - first) < 1e-6)   // the same round 1
        #expect(best <= first + 1e-6)
        #expect(abs(search.bestDayCost.value - best) < 1e-6)
        #expect(search.movesEvaluated <= 4 && search.stoppedBy == .completed)
    }

    /// `searchMoves = 0` turns the search off: the rounds loop plans all its rounds, as before.
    @Test func noSearchMovesRunsTheRoundsLoop() throws {
        var request = PlanRequest(seed: 3, routeIterations: 100)
        request.searchMoves = 0
        let result = try Planner.plan(network: try Self.tiny(), request: request)
        #expect(result.work.search == nil && result.work.roundsPlanned == 2)
    }

    /// No time limit, no route time, an iteration budget: the same result twice.
    @Test func clockFreeRequestGivesTheSameResult() throws {
        let network = try Self.tiny()
        let request = PlanRequest(seed: 5, routeIterations: 300)
        #expect(request.isClockFree)
        let a = try Planner.plan(network: network, request: request)
        let b = try Planner.plan(network: network, request: request)
        #expect(try Self.bytes(a) == Self.bytes(b))
    }

    /// A route time far too short for the budget: the searches stop on the clock, and the result says so.
    @Test func aRouteTimeThatBindsIsRecorded() throws {
        let network = try Self.tiny()
        let result = try Planner.plan(
            network: network, request: PlanRequest(rounds: 1, seed: 1, routeIterations: 100_000_000, routeTime: .milliseconds(1)))
        #expect(result.checks.passed, "\(result.checks.all)")
        let routes = try #require(result.work.routes)
        #expect(routes.stoppedBy == .timeLimit)
        #expect(routes.iterations < 100_000_000)
        #expect(result.work.cutShort)
    }

    /// Siting only: no collected quantity, the headline is assigned, the day cost is the siting's.
    @Test func withoutRoutesTheHeadlineIsAssigned() throws {
        let network = try Self.tiny()
        let result = try Planner.plan(network: network, request: PlanRequest(routes: false))
        #expect(result.checks.passed)
        #expect(result.pickup == nil && result.coverage.collected == nil)
        #expect(result.coverage.headline == result.coverage.assigned)
        #expect(result.dayCost.map { abs($0.total.value - 952) < 1e-6 } == true)   // tiny.md's optimum
        #expect(result.work.routes == nil)
    }
}
