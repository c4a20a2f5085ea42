import Foundation
@testable import GLPK
import Testing

/// The C guard (CGLPKGuard) and sessions (GLPKSession.swift, GLPKProblem.swift).
@Suite("GLPK error guard")
struct GuardTests {
    @Test("a caught GLPK error is thrown and the next solve on the thread succeeds")
    func errorThenSolve() throws {
        let thread = pthread_self()
        let error = try #require(throws: GLPKError.self) {
            try GLPKSession.run("test") { try $0.provokeErrorForTesting() }
        }
        #expect(error.kind == .glpkError)
        #expect(error.message.contains("glp_set_col_bnds"))
        #expect(error.message.contains("out of range"))
        #expect(error.description.contains("glp_set_col_bnds"))
        let solution = try Solver.solve(Fixtures.knapsack())
        #expect(pthread_equal(thread, pthread_self()) != 0)
        #expect(solution.status == .optimal)
        #expect(close(solution.objective, 15))
    }

    @Test("a problem object freed by the error is not deleted twice")
    func problemOutlivesError() throws {
        let compiled = try CompiledModel(Fixtures.knapsack(), purpose: .solve)
        try GLPKSession.run("test") { session in
            let problem = try GLPKProblem.load(compiled, in: session)
            #expect(throws: GLPKError.self) { try session.provokeErrorForTesting() }
            problem.delete()  // a no-op: the environment (and the object) is gone
            let error = try #require(throws: GLPKError.self) { try problem.mipSolution() }
            #expect(error.message.contains("no longer exists"))
            // the session continues with a fresh environment
            let again = try GLPKProblem.load(compiled, in: session)
            #expect(try again.simplex(presolve: false, timeLimit: .max) == .success)
        }
        #expect(try Solver.solve(Fixtures.knapsack()).status == .optimal)
    }

    @Test("errors on many threads stay on their own thread")
    func errorsOnThreads() throws {
        let failures = Locked(0)
        DispatchQueue.concurrentPerform(iterations: 8) { k in
            do {
                if k.isMultiple(of: 2) {
                    try GLPKSession.run("test") { try $0.provokeErrorForTesting() }
                }
                let solution = try Solver.solve(Fixtures.knapsack())
                if !close(solution.objective, 15) { failures.withValue { $0 += 1 } }
            } catch let error as GLPKError where error.kind == .glpkError {
                let solution = try? Solver.solve(Fixtures.knapsack())
                if !close(solution?.objective, 15) { failures.withValue { $0 += 1 } }
            } catch {
                failures.withValue { $0 += 1 }
            }
        }
        #expect(failures.current == 0)
    }

    @Test("GLPK output is captured in the log")
    func logCaptured() throws {
        let solution = try Solver.solve(Fixtures.knapsack())
        #expect(solution.log.contains("GLPK Integer Optimizer"))
        #expect(!Solver.glpkVersion.isEmpty)
    }

    @Test("return codes have readable names")
    func returnCodes() {
        #expect(ReturnCode.timeLimit.description == "GLP_ETMLIM")
        #expect(ReturnCode(rawValue: 99).description == "code 99")
    }
}
