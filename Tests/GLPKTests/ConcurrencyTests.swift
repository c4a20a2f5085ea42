import Foundation
import GLPK
import Testing

/// Independent solves on parallel threads (GLPK's environment is thread-local).
@Suite("Parallel solves")
struct ConcurrencyTests {
    @Test("8 independent models solved on parallel threads are each correct")
    func eightThreads() throws {
        let results = Locked<[Int: (objective: Double?, expected: Double)]>([:])
        DispatchQueue.concurrentPerform(iterations: 8) { k in
            // each thread builds and solves its own models
            let capacity = Double(6 + 2 * k)
            let mip = try? Solver.solve(Fixtures.knapsack(capacity: capacity))
            results.withValue {
                $0[k] = (mip?.objective, Fixtures.knapsackOptimum(capacity: capacity))
            }
            let (lp, _, _) = Fixtures.wyndor(constant: Double(k))
            let relaxed = try? Solver.solve(lp)
            results.withValue { $0[100 + k] = (relaxed?.objective, 36 + Double(k)) }
        }
        let all = results.current
        #expect(all.count == 16)
        for (key, result) in all.sorted(by: { $0.key < $1.key }) {
            #expect(close(result.objective, result.expected), "model \(key)")
        }
    }

    @Test("parallel time-limited MIPs each honour their own deadline")
    func parallelDeadlines() throws {
        let elapsed = Locked<[Double]>([])
        DispatchQueue.concurrentPerform(iterations: 4) { k in
            let model = Fixtures.setCover(rows: 120, columns: 240, density: 0.04, seed: UInt64(100 + k))
            if let solution = try? Solver.solve(model, options: SolveOptions(timeLimit: .milliseconds(200))) {
                elapsed.withValue { $0.append(solution.elapsed.seconds) }
            }
        }
        #expect(elapsed.current.count == 4)
        // 4 solves share 2 cores; a deadline is wall-clock, so each still stops in time
        #expect(elapsed.current.allSatisfy { $0 < 0.2 + TimeLimitTests.margin + 0.1 }, "\(elapsed.current)")
    }

    @Test("solving from Swift concurrency tasks")
    func tasks() async throws {
        let objectives = try await withThrowingTaskGroup(of: Double?.self) { group in
            for capacity in [5.0, 10, 15] {
                group.addTask { try Solver.solve(Fixtures.knapsack(capacity: capacity)).objective }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(objectives.compactMap { $0 }) == Set([5.0, 10, 15].map(Fixtures.knapsackOptimum)))
    }
}
