import GLPK
import Testing

/// Outcomes of mixed-integer programs (Solver+MIP.swift).
@Suite("MIP solves")
struct MIPSolveTests {
    @Test("knapsack with a known optimum", arguments: [true, false])
    func knapsack(presolve: Bool) throws {
        let model = Fixtures.knapsack()
        let solution = try Solver.solve(model, options: SolveOptions(presolve: presolve))
        #expect(solution.status == .optimal)
        #expect(close(solution.objective, 15))
        #expect(close(solution.bound, 15))
        #expect(solution.values.map { $0.rounded() } == [0, 1, 1, 1, 1])
        #expect(solution.duals == nil)
        #expect(model.isFeasible(solution.values))
    }

    @Test("knapsack optima match enumeration for every capacity")
    func knapsackCapacities() throws {
        for capacity in stride(from: 0.0, through: 20, by: 1) {
            let solution = try Solver.solve(Fixtures.knapsack(capacity: capacity))
            #expect(solution.status == .optimal)
            #expect(close(solution.objective, Fixtures.knapsackOptimum(capacity: capacity)),
                    "capacity \(capacity)")
        }
    }

    @Test("integer-infeasible MIP with a feasible relaxation", arguments: [true, false])
    func integerInfeasible(presolve: Bool) throws {
        // 2x + 2y = 3 has real solutions but no integer ones
        var model = LinearModel(name: "odd")
        let x = model.addVariable("x", bounds: .range(0, 5), cost: 1, kind: .integer)
        let y = model.addVariable("y", bounds: .range(0, 5), cost: 1, kind: .integer)
        model.addConstraint("odd", [(x, 2), (y, 2)], .fixed(3))
        let solution = try Solver.solve(model, options: SolveOptions(presolve: presolve))
        #expect(solution.status == .infeasible)
        #expect(solution.values.isEmpty)
    }

    @Test("MIP with an infeasible relaxation", arguments: [true, false])
    func relaxationInfeasible(presolve: Bool) throws {
        var model = LinearModel(name: "infeasible-mip")
        let x = model.addVariable("x", kind: .integer)
        let y = model.addVariable("y", kind: .binary)
        model.addConstraint("low", [(x, 1), (y, 1)], .upper(-1))
        let solution = try Solver.solve(model, options: SolveOptions(presolve: presolve))
        #expect(solution.status == .infeasible)
    }

    @Test("MIP with an unbounded relaxation", arguments: [true, false])
    func unbounded(presolve: Bool) throws {
        var model = LinearModel(name: "unbounded-mip", sense: .maximize)
        let x = model.addVariable("x", cost: 1, kind: .integer)
        let y = model.addVariable("y", cost: 1)
        model.addConstraint("diff", [(x, 1), (y, -1)], .upper(1))
        let solution = try Solver.solve(model, options: SolveOptions(presolve: presolve))
        #expect(solution.status == .unbounded)
    }

    @Test("integer bounds with no integer inside make the model infeasible")
    func emptyIntegerDomain() throws {
        var model = LinearModel(name: "empty-domain")
        model.addVariable("x", bounds: .range(0.2, 0.8), kind: .integer)
        let solution = try Solver.solve(model)
        #expect(solution.status == .infeasible)
        #expect(solution.log.contains("no integer"))
    }

    @Test("fractional integer bounds are tightened, binaries intersect [0, 1]")
    func fractionalBounds() throws {
        var model = LinearModel(name: "tighten", sense: .maximize)
        let x = model.addVariable("x", bounds: .range(-2.5, 7.9), cost: 1, kind: .integer)
        let b = model.addVariable("b", bounds: .lower(-4), cost: 3, kind: .binary)
        let solution = try Solver.solve(model)
        #expect(solution.status == .optimal)
        #expect(solution[x] == 7)
        #expect(solution[b] == 1)
        #expect(close(solution.objective, 10))
    }

    @Test("presolve on and off give the same optimum on a harder MIP")
    func presolveAgreement() throws {
        let model = Fixtures.setCover(rows: 40, columns: 60, density: 0.08, seed: 3)
        let on = try Solver.solve(model, options: SolveOptions(relativeGap: 0, presolve: true))
        let off = try Solver.solve(model, options: SolveOptions(relativeGap: 0, presolve: false))
        #expect(on.status == .optimal)
        #expect(off.status == .optimal)
        #expect(close(on.objective, try #require(off.objective), tolerance: 1e-9))
        #expect(model.isFeasible(on.values) && model.isFeasible(off.values))
    }

    @Test("relative gap stop reports a gap within the request")
    func gapStop() throws {
        let model = Fixtures.hardCover()
        let requested = 0.1
        let solution = try Solver.solve(
            model, options: SolveOptions(timeLimit: .seconds(30), relativeGap: requested))
        #expect(solution.status == .feasible || solution.status == .optimal)
        #expect(solution.stopReason == .gapReached || solution.stopReason == .solved)
        let gap = try #require(solution.relativeGap)
        #expect(gap <= requested + 1e-12)
        let objective = try #require(solution.objective)
        let bound = try #require(solution.bound)
        #expect(bound <= objective)
        #expect(model.isFeasible(solution.values))
    }
}
