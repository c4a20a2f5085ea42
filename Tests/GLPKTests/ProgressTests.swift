import GLPK
import Testing

/// SolveOptions.progress and shouldStop (MIPObserver.swift).
@Suite("Progress and stopping")
struct ProgressTests {
    @Test("progress is reported periodically and on new incumbents")
    func reports() throws {
        let reports = Locked<[MIPProgress]>([])
        let solution = try Solver.solve(
            Fixtures.hardCover(),
            options: SolveOptions(
                // 3 s of wall clock: on a loaded machine (two suites and a CPU hog on 2 cores) 0.8 s
                // could pass before the root LP is done, with no incumbent and too few reports.
                timeLimit: .seconds(3), relativeGap: 0, progressInterval: .milliseconds(100),
                progress: { report in reports.withValue { $0.append(report) } }))
        let seen = reports.current
        #expect(seen.count >= 3, "only \(seen.count) reports")
        #expect(seen.contains { $0.isNewIncumbent })
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.elapsed <= $1.elapsed })
        #expect(zip(seen, seen.dropFirst()).allSatisfy { $0.nodes <= $1.nodes })
        let last = try #require(seen.last)
        if let incumbent = last.incumbent, let bound = last.bound {
            #expect(bound <= incumbent + 1e-9)
            #expect(last.relativeGap != nil)
        }
        // the reported incumbent never gets worse (minimization)
        let incumbents = seen.compactMap(\.incumbent)
        #expect(zip(incumbents, incumbents.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(solution.objective == incumbents.last || solution.status == .optimal)
        #expect(!last.description.isEmpty)
    }

    @Test("periodic reports respect the interval")
    func interval() throws {
        let reports = Locked<[MIPProgress]>([])
        _ = try Solver.solve(
            Fixtures.hardCover(),
            options: SolveOptions(
                timeLimit: .milliseconds(600), progressInterval: .milliseconds(250),
                progress: { report in reports.withValue { $0.append(report) } }))
        let periodic = reports.current.filter { !$0.isNewIncumbent }
        #expect(periodic.count <= 3)
    }

    @Test("shouldStop terminates the search")
    func stop() throws {
        let calls = Locked(0)
        let solution = try Solver.solve(
            Fixtures.hardCover(),
            options: SolveOptions(shouldStop: { calls.withValue { $0 += 1; return $0 > 200 } }))
        #expect(solution.stopReason == .terminated)
        #expect(solution.status == .feasible || solution.status == .noSolution)
        #expect(calls.current == 201)
    }

    @Test("calling the solver from a progress callback is refused")
    func reentrancy() throws {
        let errors = Locked<[GLPKError]>([])
        let solution = try Solver.solve(
            Fixtures.hardCover(),
            options: SolveOptions(
                timeLimit: .milliseconds(1500), progressInterval: .zero,   // room for a loaded machine
                progress: { _ in
                    do {
                        _ = try Solver.solve(Fixtures.knapsack())
                    } catch let error as GLPKError {
                        errors.withValue { $0.append(error) }
                    } catch {}
                }))
        #expect(solution.stopReason == .timeLimit)
        let first = try #require(errors.current.first)
        #expect(first.kind == .reentrantCall)
        // the thread is usable again once the outer solve is over
        #expect(try Solver.solve(Fixtures.knapsack()).status == .optimal)
    }
}
