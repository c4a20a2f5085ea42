import GLPK
import Testing

/// SolveOptions.startingSolution (checked in Solver.swift, offered by the C callback).
@Suite("Starting solutions")
struct StartingSolutionTests {
    @Test("a feasible start is accepted and never beaten by a worse answer")
    func accepted() throws {
        let model = Fixtures.hardCover()
        let start = [Double](repeating: 1, count: model.variableCount)
        let startObjective = model.objectiveValue(at: start)
        let solution = try Solver.solve(
            model, options: SolveOptions(timeLimit: .milliseconds(300), startingSolution: start))
        #expect(solution.acceptedStartingSolution)
        #expect(solution.status == .feasible || solution.status == .optimal)
        let objective = try #require(solution.objective)
        #expect(objective <= startObjective)
        #expect(model.isFeasible(solution.values))
    }

    @Test("a start that is already optimal is returned as the answer")
    func optimalStart() throws {
        let model = Fixtures.knapsack()
        let solution = try Solver.solve(model, options: SolveOptions(startingSolution: [0, 1, 1, 1, 1]))
        #expect(solution.status == .optimal)
        #expect(close(solution.objective, 15))
    }

    @Test("nearly integral values are rounded before GLPK sees them")
    func rounding() throws {
        let model = Fixtures.knapsack()
        let start = [1e-9, 1 - 1e-9, 1, 0, 0]
        let solution = try Solver.solve(model, options: SolveOptions(startingSolution: start))
        #expect(solution.status == .optimal)
        #expect(close(solution.objective, 15))
    }

    @Test("a start of the wrong length is rejected in Swift")
    func wrongLength() throws {
        let error = try #require(throws: GLPKError.self) {
            try Solver.solve(Fixtures.knapsack(), options: SolveOptions(startingSolution: [1, 0]))
        }
        #expect(error.kind == .invalidStartingSolution)
        #expect(error.message.contains("2 values for 5 variables"))
    }

    @Test("an infeasible start is rejected in Swift with the broken constraint")
    func infeasibleStart() throws {
        let error = try #require(throws: GLPKError.self) {
            try Solver.solve(Fixtures.knapsack(), options: SolveOptions(startingSolution: [1, 1, 1, 1, 1]))
        }
        #expect(error.kind == .invalidStartingSolution)
        #expect(error.message.contains("capacity"))
    }

    @Test("a fractional value for a binary is rejected")
    func fractionalStart() throws {
        let error = try #require(throws: GLPKError.self) {
            try Solver.solve(Fixtures.knapsack(), options: SolveOptions(startingSolution: [0, 0.5, 0, 0, 0]))
        }
        #expect(error.kind == .invalidStartingSolution)
        #expect(error.message.contains("fractional"))
    }
}
