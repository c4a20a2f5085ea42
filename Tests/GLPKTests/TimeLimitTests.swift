import GLPK
import Testing

/// The wall-clock deadline (Deadline.swift and the C callback).
@Suite("Time limits")
struct TimeLimitTests {
    /// Slack allowed beyond the limit: one callback interval plus scheduling
    /// noise on a loaded 2-core machine running a debug build. With two test runs and a CPU hog
    /// on 2 cores (`.ci/load-test`) a thread can wait hundreds of milliseconds for a core, so the
    /// margin is 0.8 s; ``instanceIsHard`` shows that without the deadline the solve outlasts
    /// the limit plus this margin, so the tests still fail when a deadline is ignored.
    static let margin = 0.8

    @Test("hard MIP stops at a 0.2 s deadline", arguments: [true, false])
    func deadline(presolve: Bool) throws {
        let model = Fixtures.hardCover()
        let limit = 0.2
        let solution = try Solver.solve(
            model, options: SolveOptions(timeLimit: .seconds(limit), relativeGap: 0, presolve: presolve))
        #expect(solution.elapsed.seconds < limit + Self.margin, "took \(solution.elapsed)")
        #expect(solution.status == .feasible || solution.status == .noSolution)
        #expect(solution.stopReason == .timeLimit)
        if solution.status == .feasible {
            let objective = try #require(solution.objective)
            #expect(model.isFeasible(solution.values))
            if let bound = solution.bound { #expect(bound <= objective) }
        } else {
            #expect(solution.values.isEmpty)
        }
    }

    @Test("the instance really is hard: without a limit it outlasts the deadline plus the margin")
    func instanceIsHard() throws {
        let solution = try Solver.solve(
            Fixtures.hardCover(), options: SolveOptions(timeLimit: .seconds(0.2 + Self.margin + 0.3), relativeGap: 0))
        #expect(solution.stopReason == .timeLimit)
    }

    @Test("a zero time limit stops before solving")
    func zeroLimit() throws {
        let mip = try Solver.solve(Fixtures.knapsack(), options: SolveOptions(timeLimit: .zero))
        #expect(mip.status == .noSolution)
        #expect(mip.stopReason == .timeLimit)
        let (lp, _, _) = Fixtures.wyndor()
        let solution = try Solver.solve(lp, options: SolveOptions(timeLimit: .zero))
        #expect(solution.status == .noSolution)
        #expect(solution.stopReason == .timeLimit)
    }

    @Test("a generous limit does not change an easy result")
    func generousLimit() throws {
        let solution = try Solver.solve(Fixtures.knapsack(), options: SolveOptions(timeLimit: .seconds(60)))
        #expect(solution.status == .optimal)
        #expect(close(solution.objective, 15))
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
