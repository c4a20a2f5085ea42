import GLPK
import Testing

/// Outcomes of pure LPs (Solver+LP.swift).
@Suite("LP solves")
struct LPSolveTests {
    @Test("textbook LP: objective, values and duals", arguments: [true, false])
    func wyndorOptimum(presolve: Bool) throws {
        let (model, x, rows) = Fixtures.wyndor()
        let solution = try Solver.solve(model, options: SolveOptions(presolve: presolve))
        #expect(solution.status == .optimal)
        #expect(solution.stopReason == .solved)
        #expect(close(solution.objective, 36))
        #expect(close(solution[x[0]], 2))
        #expect(close(solution[x[1]], 6))
        #expect(close(solution.bound, 36))
        #expect(solution.relativeGap == 0)
        let duals = try #require(solution.duals)
        #expect(duals.count == 3)
        #expect(close(solution.dual(rows[0]), 0))
        #expect(close(solution.dual(rows[1]), 1.5))
        #expect(close(solution.dual(rows[2]), 1))
        #expect(solution.reducedCosts?.count == 2)
        #expect(solution.log.contains("OPTIMAL"))
    }

    @Test("objective constant is included")
    func objectiveConstant() throws {
        let (model, _, _) = Fixtures.wyndor(constant: 7)
        let solution = try Solver.solve(model)
        #expect(close(solution.objective, 43))
    }

    @Test("infeasible LP", arguments: [true, false])
    func infeasible(presolve: Bool) throws {
        var model = LinearModel(name: "infeasible")
        let x = model.addVariable("x")
        let y = model.addVariable("y")
        model.addConstraint("atLeast5", [(x, 1), (y, 1)], .lower(5))
        model.addConstraint("atMost3", [(x, 1), (y, 1)], .upper(3))
        let solution = try Solver.solve(model, options: SolveOptions(presolve: presolve))
        #expect(solution.status == .infeasible)
        #expect(solution.objective == nil)
        #expect(solution.values.isEmpty)
        #expect(solution.duals == nil)
    }

    @Test("unbounded LP", arguments: [true, false])
    func unbounded(presolve: Bool) throws {
        var model = LinearModel(name: "unbounded", sense: .maximize)
        let x = model.addVariable("x", cost: 1)
        let y = model.addVariable("y", cost: 1)
        model.addConstraint("diff", [(x, 1), (y, -1)], .upper(1))
        let solution = try Solver.solve(model, options: SolveOptions(presolve: presolve))
        #expect(solution.status == .unbounded)
        #expect(solution.objective == nil)
    }

    @Test("model without constraints")
    func noConstraints() throws {
        var model = LinearModel(name: "bounds-only")
        let x = model.addVariable("x", bounds: .range(-3, 5), cost: 2)
        let y = model.addVariable("y", bounds: .fixed(4), cost: -1)
        let solution = try Solver.solve(model)
        #expect(solution.status == .optimal)
        #expect(close(solution[x], -3))
        #expect(close(solution[y], 4))
        #expect(close(solution.objective, -10))
    }

    @Test("equality, range and free rows")
    func rowKinds() throws {
        // minimize x + 2y + 3z  s.t.  x + y + z = 10,  2 <= y - z <= 4,  x - y free,
        // x <= 3  ->  x = 3, then y + z = 7 and y - z = 4 (y is cheaper): y = 5.5, z = 1.5.
        var model = LinearModel(name: "rows")
        let x = model.addVariable("x", bounds: .range(0, 3), cost: 1)
        let y = model.addVariable("y", cost: 2)
        let z = model.addVariable("z", cost: 3)
        model.addConstraint("total", [(x, 1), (y, 1), (z, 1)], .fixed(10))
        model.addConstraint("spread", [(y, 1), (z, -1)], .range(2, 4))
        let free = model.addConstraint("free", [(x, 1), (y, -1)], .free)
        let solution = try Solver.solve(model)
        #expect(solution.status == .optimal)
        #expect(close(solution[x], 3))
        #expect(close(solution[y], 5.5))
        #expect(close(solution[z], 1.5))
        #expect(close(solution.objective, 3 + 11 + 4.5))
        #expect(close(model.activity(of: free, at: solution.values), -2.5))
    }

    @Test("presolve on and off agree on a larger LP")
    func presolveAgreement() throws {
        // the LP relaxation of a set-covering instance
        var model = Fixtures.setCover(rows: 60, columns: 90, density: 0.06, seed: 7)
        for v in model.variables { model.setKind(.continuous, of: v) }
        for v in model.variables { model.setBounds(.range(0, 1), of: v) }
        let on = try Solver.solve(model, options: SolveOptions(presolve: true))
        let off = try Solver.solve(model, options: SolveOptions(presolve: false))
        #expect(on.status == .optimal && off.status == .optimal)
        #expect(close(on.objective, try #require(off.objective), tolerance: 1e-7))
        #expect(model.isFeasible(on.values))
    }
}
