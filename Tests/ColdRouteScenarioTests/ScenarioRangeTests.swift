import ColdRouteIO
import ColdRouteModel
import ColdRouteScenario
import Testing

/// Issue 11: scenario numbers past their range, and a header the TOML library would abort on.
@Suite struct ScenarioRangeTests {
    @Test(arguments: [
        ("[solver]\ntimeLimit = 1e300", "solver.timeLimit"),
        ("[solver]\nrouteTime = 1e16", "solver.routeTime"),
        ("[supply]\nfactor = 1e20", "supply.factor"),
        ("[shelfLife.berry]\nmultiplier = 1e300", "shelfLife.berry.multiplier"),
        ("[costs]\ndriverCostPerHour = 1e19", "costs.driverCostPerHour"),
    ])
    func hugeValuesAreErrorsNamingTheKey(toml: String, key: String) throws {
        let error = try #require(Fixture.inputError {
            _ = try Fixture.scenario("base = \"tiny.json\"\n" + toml)
        })
        #expect(error.description.contains(key) && error.description.contains("must be at most"), "\(error)")
    }

    @Test func aProductThatOverflowsIsCaughtByValidation() throws {
        // Each multiplier is inside its range, but 400 kg × 10⁶ × 10³ leaves the kilogram range.
        let scenario = try Fixture.scenario("base = \"networks/tiny.json\"\n[supply]\nfactor = 1000000\n[supply.multiplier]\nberry = 1000")
        #expect(throws: InputError.self) { _ = try scenario.apply(to: try Fixture.tiny()) }
    }

    @Test func aTableHeaderTheTOMLLibraryWouldAbortOnIsASyntaxError() throws {
        // Found by fuzzing: toml++ asserts (SIGABRT) on `[{roads.change]]`.
        let error = try #require(Fixture.inputError {
            _ = try Fixture.scenario("base = \"tiny.json\"\nname = \"x\"\n[{roads.change]]\nfrom = \"a\"\n")
        })
        #expect(error.location.line == 3)
        #expect(error.description.contains("TOML syntax error"))
        // Brackets inside multi-line strings are text, not headers.
        let fine = try Fixture.scenario("base = \"tiny.json\"\ndescription = \"\"\"\n[{not a header\n\"\"\"\n")
        #expect(fine.description.contains("[{not a header"))
    }

    @Test func quotesInACommentDoNotHideAMalformedHeader() throws {
        // Found by the longer libFuzzer campaign: three quotes inside a comment looked like the
        // start of a multi-line string to the line-by-line check; toml++ then aborted on line 4.
        for first in ["# ever\"\"\"\"\"\"\"frigerated", "# it'''s", "x = \"a\" # \"\"\"", "x = '\"\"\"'"] {
            let error = try #require(Fixture.inputError {
                _ = try Fixture.scenario("\(first)\nbase = \"tiny.json\"\n\n[{roads.change]]\nfrom = \"a\"\n")
            }, "\(first)")
            #expect(error.location.line == 4, "\(first)")
            #expect(error.description.contains("TOML syntax error"))
        }
        // A header after a closed multi-line string (with extra closing quotes) is still checked.
        let error = try #require(Fixture.inputError {
            _ = try Fixture.scenario("base = \"tiny.json\"\ndescription = \"\"\"\nsays \"\"\"\"\"\n[{x]]\n")
        })
        #expect(error.location.line == 4)
    }
}
