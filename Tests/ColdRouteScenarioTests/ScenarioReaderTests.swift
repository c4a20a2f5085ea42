import ColdRouteIO
import ColdRouteModel
import ColdRouteScenario
import Foundation
import Testing

/// Reading scenario files: the shipped ones, every section, and errors that name file and key.
@Suite struct ScenarioReaderTests {
    static let shipped = ["status-quo", "two-new-cold-stores", "refrigerated-vans", "peak-harvest", "road-upgrade",
                          "low-income-80", "better-packaging"]

    @Test(arguments: shipped) func shippedScenarioReadsAndApplies(name: String) throws {
        let scenario = try ScenarioReader.read(path: Fixture.path("scenarios/\(name).toml"))
        #expect(scenario.name == name)
        #expect(!scenario.description.isEmpty)
        #expect(scenario.base == "../networks/demo-county.json")
        let (network, options, settings) = try scenario.load()
        #expect(network.isValid)
        #expect(settings.timeLimit <= 20 && (settings.routeTime ?? 0) <= 5)
        #expect(options.timeLimit == .seconds(settings.timeLimit))
    }

    @Test func defaultsWhenOnlyBaseIsGiven() throws {
        let s = try Fixture.scenario(#"base = "tiny.json""#)
        #expect(s.name == "test")
        #expect(s.basePath == Fixture.networksFolder + "/tiny.json")
        let (network, options, settings) = try s.apply(to: try Fixture.tiny())
        #expect(network == (try Fixture.tiny()))
        #expect(options.maxNewDepots == nil && options.forceOpen.isEmpty && !options.singleSource)
        #expect(settings == RunSettings())
    }

    @Test func solverSettings() throws {
        let s = try Fixture.scenario("""
            base = "tiny.json"
            [solver]
            timeLimit = 3.5
            routeTime = 1
            seed = 42
            singleSource = true
            gap = 0.01
            routes = false
            """)
        let (_, options, settings) = try s.apply(to: try Fixture.tiny())
        #expect(settings.timeLimit == 3.5 && settings.routeTime == 1 && settings.seed == 42 && !settings.routes)
        #expect(options.singleSource && options.relativeGap == 0.01 && options.timeLimit == .milliseconds(3500))
    }

    @Test func missingBase() {
        let error = Fixture.inputError { _ = try Fixture.scenario("name = \"x\"") }
        #expect(error?.description == "scenarios/test.toml: missing required key 'base' (the network file, relative to this file)")
    }

    @Test func badValueNamesFileKeyAndLine() {
        let error = Fixture.inputError {
            _ = try Fixture.scenario("""
                base = "tiny.json"

                [supply.multiplier]
                berry = -1
                """, file: "scenarios/peak.toml")
        }
        #expect(error?.description == "scenarios/peak.toml: supply.multiplier.berry (line 4): must be a positive number (got -1)")
    }

    @Test func wrongTypeIsNamed() {
        let error = Fixture.inputError {
            _ = try Fixture.scenario("""
                base = "tiny.json"
                [depots]
                maxNew = "two"
                """)
        }
        #expect(error?.description == "scenarios/test.toml: depots.maxNew (line 3): must be a whole number ≥ 0 (got \"two\")")
    }

    @Test func unknownKeyIsRejectedWithAHint() {
        let error = Fixture.inputError {
            _ = try Fixture.scenario("""
                base = "tiny.json"
                [depots]
                maxNewDepots = 2
                """)
        }
        #expect(error?.description == "scenarios/test.toml: depots.maxNewDepots (line 3): unknown key 'maxNewDepots' (did you mean 'maxNew'?)")
        let top = Fixture.inputError { _ = try Fixture.scenario("base = \"tiny.json\"\nbudget = 5\n") }
        #expect(top?.description.hasPrefix("scenarios/test.toml: budget (line 2): unknown key 'budget'") == true)
        let nested = Fixture.inputError {
            _ = try Fixture.scenario("""
                base = "tiny.json"
                [[roads.change]]
                from = "A"
                to = "B"
                sped = 30
                """)
        }
        #expect(nested?.description.hasPrefix("scenarios/test.toml: roads.change[0].sped (line 5): unknown key 'sped'") == true)
    }

    @Test func tomlSyntaxErrorGivesTheLine() throws {
        let error = try #require(Fixture.inputError {
            _ = try Fixture.scenario("""
                base = "tiny.json"
                [depots]
                maxNew = = 2
                """)
        })
        #expect(error.location.line == 3)
        #expect(error.description.hasPrefix("scenarios/test.toml: line 3, column "))
        #expect(error.description.contains("TOML syntax error"))
    }

    @Test func shareAcceptsPercentAndRejectsOutOfRange() throws {
        let a = try Fixture.scenario("base = \"tiny.json\"\n[targets]\nlowIncomeCoverage = \"80%\"\n")
        #expect(a.lowIncomeCoverage?.value == 0.8)
        let b = try Fixture.scenario("base = \"tiny.json\"\n[targets]\nlowIncomeCoverage = 0.5\n")
        #expect(b.lowIncomeCoverage?.value == 0.5)
        let error = Fixture.inputError { _ = try Fixture.scenario("base = \"tiny.json\"\n[targets]\nlowIncomeCoverage = 80\n") }
        #expect(error?.description.hasPrefix("scenarios/test.toml: targets.lowIncomeCoverage (line 3): must be a share") == true)
    }

    @Test func baseNetworkMissing() throws {
        let s = try Fixture.scenario("base = \"no-such.json\"\n", file: "scenarios/lost.toml")
        let error = Fixture.inputError { _ = try s.load() }
        #expect(error?.description.hasPrefix("scenarios/lost.toml: base: cannot read the base network: ") == true)
        #expect(error?.description.contains("no-such.json: no such file") == true)
    }

    @Test func missingFile() {
        let error = Fixture.inputError { _ = try ScenarioReader.read(path: "scenarios/none.toml") }
        #expect(error?.description == "scenarios/none.toml: no such file")
    }
}
