import GLPK
import Testing

/// A stop request inside a simplex solve or before branch-and-cut (`GLPKSession+Stop.swift`): the
/// C guard asks ``SolveOptions/shouldStop`` at every line GLPK prints and jumps out of GLPK on a
/// stop. Issue 11, "No hangs": `glp_simplex` has no callback.
@Suite("Stopping GLPK without a callback")
struct StopPollTests {
    /// A transportation LP: `n` suppliers of 10 units, `n` customers of 10 units, costs
    /// `(7i + 13j) mod 29 + 1`. Balanced, so feasible; no integer variables.
    static func transport(_ n: Int) -> LinearModel {
        var m = LinearModel(name: "transport-\(n)", sense: .minimize)
        var x: [[LinearModel.Variable]] = []
        for i in 0 ..< n {
            x.append((0 ..< n).map { j in
                m.addVariable("x_\(i)_\(j)", bounds: .lower(0), cost: Double((7 * i + 13 * j) % 29 + 1))
            })
        }
        for i in 0 ..< n { m.addConstraint("supply_\(i)", (0 ..< n).map { (x[i][$0], 1.0) }, .fixed(10)) }
        for j in 0 ..< n { m.addConstraint("demand_\(j)", (0 ..< n).map { (x[$0][j], 1.0) }, .fixed(10)) }
        return m
    }

    /// Asked between compiling the columns and the rows: no GLPK call at all.
    @Test("a stop before GLPK is called ends the solve with no solution", arguments: [true, false])
    func stoppedLP(presolve: Bool) throws {
        let model = Self.transport(40)
        let asked = Locked(0)
        let stopped = try Solver.solve(model, options: SolveOptions(presolve: presolve, shouldStop: {
            asked.withValue { $0 += 1 }
            return true
        }))
        #expect(stopped.status == .noSolution)
        #expect(stopped.stopReason == .terminated)
        #expect(stopped.values.isEmpty)
        #expect(asked.current == 1)
        let solved = try Solver.solve(model, options: SolveOptions(presolve: presolve))
        #expect(solved.status == .optimal)
    }

    /// Asked after the columns (1) and the rows (2) are compiled, then at every chunk of GLPK's
    /// output: the third ask is inside `glp_simplex`, and the term hook jumps out of GLPK.
    @Test("a stop inside glp_simplex ends the solve, and GLPK stays usable", arguments: [true, false])
    func stoppedMidway(presolve: Bool) throws {
        let model = Self.transport(40)
        let asked = Locked(0)
        let stopped = try Solver.solve(model, options: SolveOptions(presolve: presolve, shouldStop: {
            asked.withValue { $0 += 1; return $0 >= 3 }
        }))
        #expect(stopped.stopReason == .terminated)
        #expect(stopped.status == .noSolution)
        #expect(stopped.values.isEmpty)
        #expect(asked.current == 3)
        // The thread's environment was freed by the jump; the next solve starts afresh.
        let solved = try Solver.solve(model, options: SolveOptions(presolve: presolve))
        #expect(solved.status == .optimal)
    }

    /// Runs that are never stopped must not change (golden files, issue 11 "Determinism").
    @Test("a poll that never stops changes nothing", arguments: [true, false])
    func pollWithoutStop(presolve: Bool) throws {
        let model = Self.transport(40)
        let plain = try Solver.solve(model, options: SolveOptions(presolve: presolve))
        let asked = Locked(0)
        let polled = try Solver.solve(model, options: SolveOptions(presolve: presolve, shouldStop: {
            asked.withValue { $0 += 1 }
            return false
        }))
        #expect(asked.current >= 1)
        #expect(polled.status == .optimal)
        #expect(polled.objective == plain.objective)
        #expect(polled.values == plain.values)
        #expect(polled.duals == plain.duals)
        #expect(polled.reducedCosts == plain.reducedCosts)
    }

    /// Before branch-and-cut (GLPK's presolve, or our root LP without it) the term hook stops;
    /// from the first callback on, the callback does and keeps any incumbent.
    @Test("a stop before branch-and-cut ends a MIP solve", arguments: [true, false])
    func stoppedMIP(presolve: Bool) throws {
        let asked = Locked(0)
        let stopped = try Solver.solve(Fixtures.hardCover(), options: SolveOptions(
            relativeGap: 0, presolve: presolve, shouldStop: { asked.withValue { $0 += 1; return $0 >= 3 } }))
        // The third ask comes from GLPK's first line on the solving thread or from the caller
        // waiting for it (SolveThread), whichever is first; the other may ask once more.
        #expect(asked.current >= 3)
        #expect(stopped.stopReason == .terminated)
        #expect(stopped.status == .noSolution || stopped.status == .feasible)
        if stopped.status == .feasible { #expect(Fixtures.hardCover().isFeasible(stopped.values)) }
        let knapsack = try Solver.solve(Fixtures.knapsack())
        #expect(knapsack.status == .optimal)
        #expect(close(knapsack.objective, Fixtures.knapsackOptimum(capacity: 15)))
    }
}
