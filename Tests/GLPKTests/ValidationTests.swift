@testable import GLPK
import Testing

/// Checks made in Swift before any GLPK call (CompiledModel.swift, SolveOptions.swift).
@Suite("Model validation")
struct ValidationTests {
    private func rejection(_ model: LinearModel, options: SolveOptions = SolveOptions()) throws
        -> GLPKError
    {
        try #require(throws: GLPKError.self) { try Solver.solve(model, options: options) }
    }

    @Test("NaN coefficient, cost and bound are rejected with the culprit's name")
    func nan() throws {
        var model = LinearModel()
        let x = model.addVariable("truck", cost: 1)
        model.addConstraint("load", [(x, .nan)], .upper(4))
        var error = try rejection(model)
        #expect(error.kind == .invalidModel)
        #expect(error.message.contains("load") && error.message.contains("nan"))

        model = LinearModel()
        model.addVariable("truck", cost: .nan)
        error = try rejection(model)
        #expect(error.message.contains("truck"))

        model = LinearModel()
        model.addVariable("truck", bounds: .range(0, .nan))
        error = try rejection(model)
        #expect(error.message.contains("NaN"))
    }

    @Test("lower > upper is rejected for variables and constraints")
    func lowerAboveUpper() throws {
        var model = LinearModel()
        model.addVariable("x", bounds: .range(5, 1))
        var error = try rejection(model)
        #expect(error.kind == .invalidModel)
        #expect(error.message.contains("lower bound 5.0 > upper bound 1.0"))

        model = LinearModel()
        let x = model.addVariable("x")
        model.addConstraint("window", [(x, 1)], .range(3, 2))
        error = try rejection(model)
        #expect(error.message.contains("window"))
    }

    @Test("infinite numbers are rejected where they cannot mean 'no bound'")
    func infinities() throws {
        var model = LinearModel()
        let x = model.addVariable("x")
        model.addConstraint("c", [(x, .infinity)], .upper(1))
        #expect(try rejection(model).message.contains("inf"))

        model = LinearModel()
        model.addVariable("x", bounds: .lower(.infinity))
        #expect(try rejection(model).message.contains("cannot be met"))

        model = LinearModel()
        model.addVariable("x")
        model.objectiveConstant = -.infinity
        #expect(try rejection(model).message.contains("constant"))

        // infinite ends that mean "no bound" are fine
        model = LinearModel()
        let y = model.addVariable("y", bounds: .range(-.infinity, 3), cost: -1)
        model.addVariable("z", bounds: .lower(-.infinity))
        let solution = try Solver.solve(model)
        #expect(close(solution[y], 3))
    }

    @Test("an empty model and a foreign handle are rejected")
    func emptyAndForeign() throws {
        #expect(try rejection(LinearModel()).message.contains("no variables"))
        var other = LinearModel()
        other.addVariable("a")
        other.addVariable("b")
        let foreign = other.addVariable("c")
        var model = LinearModel()
        model.addVariable("x")
        model.addConstraint("c", [(foreign, 1)], .upper(1))
        #expect(try rejection(model).message.contains("another model"))
    }

    @Test("invalid options are rejected")
    func options() throws {
        let model = Fixtures.knapsack()
        #expect(try rejection(model, options: SolveOptions(relativeGap: -1)).kind == .invalidOptions)
        #expect(try rejection(model, options: SolveOptions(relativeGap: .nan)).kind == .invalidOptions)
        #expect(try rejection(model, options: SolveOptions(timeLimit: .seconds(-1))).kind == .invalidOptions)
    }

    @Test("repeated variables in one constraint are merged, zeros dropped")
    func mergeRepeats() throws {
        var model = LinearModel(sense: .maximize)
        let x = model.addVariable("x", cost: 1)
        let y = model.addVariable("y", cost: 1)
        // 1x + 2x + y - y  <= 6   ->  3x <= 6 ; y bounded by its own row
        model.addConstraint("merged", [(x, 1), (y, 1), (x, 2), (y, -1)], .upper(6))
        model.addConstraint("yCap", [(y, 1)], .upper(1))
        let compiled = try CompiledModel(model, purpose: .solve)
        #expect(Array(compiled.columns[0 ..< compiled.rowStart[1]]) == [0])
        #expect(Array(compiled.values[0 ..< compiled.rowStart[1]]) == [3])
        let solution = try Solver.solve(model)
        #expect(close(solution[x], 2))
        #expect(close(solution.objective, 3))
    }

    @Test("model accessors and evaluation")
    func accessors() throws {
        var model = LinearModel(name: "m")
        let x = model.addVariable("x", bounds: .range(0, 4), cost: 2, kind: .integer)
        let c = model.addConstraint("c", [(x, 3)], .upper(9))
        model.setCost(5, of: x)
        model.setBounds(.range(0, 2), of: c)
        #expect(model.cost(of: x) == 5 && model.kind(of: x) == .integer)
        #expect(model.name(of: x) == "x" && model.name(of: c) == "c")
        #expect(model.bounds(of: c) == .range(0, 2))
        #expect(model.terms(of: c).map(\.1) == [3])
        #expect(model.hasIntegerVariables && model.termCount == 1)
        #expect(model.objectiveValue(at: [1]) == 5)
        #expect(!model.isFeasible([1]))  // 3 > 2
        #expect(model.isFeasible([0]))
    }
}
