import ColdRouteModel
import ColdRouteScenario
import Foundation
import Testing

/// The runner on the tiny network: plans pass both checkers, parallel runs keep input order.
@Suite struct ScenarioRunnerTests {
    @Test func runsInParallelAndKeepsOrder() throws {
        let tiny = try Fixture.tiny()
        let texts = [
            "name = \"a\"\nbase = \"tiny.json\"\n[solver]\nrouteTime = 0.3\n",
            "name = \"b\"\nbase = \"tiny.json\"\n[depots]\nmaxNew = 0\n[solver]\nrouteTime = 0.3\n",
            "name = \"c\"\nbase = \"tiny.json\"\n[supply]\nfactor = 1.2\n[solver]\nroutes = false\n",
        ]
        let prepared = try texts.map { text in
            let s = try Fixture.scenario(text)
            let (network, options, settings) = try s.apply(to: tiny)
            return ScenarioRunner.Prepared(scenario: s, network: network, options: options, settings: settings)
        }
        let outcomes = try ScenarioRunner.run(prepared, jobs: 2)
        #expect(outcomes.map(\.scenario.name) == ["a", "b", "c"])
        for o in outcomes { #expect(o.passedChecks, "\(o.sitingViolations + o.routeProblems)") }
        #expect(outcomes[0].siting.objective.map { abs($0.value - 952) < 1e-6 } == true)   // tiny.md's optimum
        #expect(outcomes[0].pickup != nil && outcomes[2].pickup == nil)
    }
}

/// A stop request before the run: every scenario comes back "not run", in input order.
@Suite struct ScenarioRunnerInterruptionTests {
    @Test func scenariosNotStartedAreReportedAsNotRun() throws {
        let tiny = try Fixture.tiny()
        let prepared = try ["a", "b"].map { name in
            let s = try Fixture.scenario("name = \"\(name)\"\nbase = \"tiny.json\"\n")
            let (network, options, settings) = try s.apply(to: tiny)
            return ScenarioRunner.Prepared(scenario: s, network: network, options: options, settings: settings)
        }
        let stop = StopSignal()
        stop.stop()
        let outcomes = try ScenarioRunner.run(prepared, jobs: 2, stop: stop)
        #expect(outcomes.map(\.scenario.name) == ["a", "b"])
        for o in outcomes {
            #expect(o.notRun && o.interrupted && o.siting.objective == nil && o.pickup == nil)
            #expect(o.siting.coverage.villagesTotal == 4 && abs(o.siting.coverage.supplyTotal.value - 850) < 1e-9)
        }
    }
}
