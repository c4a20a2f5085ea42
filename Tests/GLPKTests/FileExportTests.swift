import Foundation
@testable import GLPK
import Testing

/// CPLEX LP and free MPS export (Solver+Files.swift), checked by solving the
/// files with `glpsol`.
@Suite("File export", .enabled(if: Fixtures.glpsolPath != nil, "glpsol is not installed (apt-get install glpk-utils)"))
struct FileExportTests {
    /// Models whose optimum the file readers must reproduce.
    static let models: [LinearModel] = [
        Fixtures.wyndor().0,
        Fixtures.wyndor(constant: 7).0,
        Fixtures.knapsack(),
        Fixtures.setCover(rows: 20, columns: 30, density: 0.1, seed: 11),
    ]

    @Test("writeLP output solved by glpsol gives the same objective", arguments: models)
    func lpRoundTrip(model: LinearModel) throws {
        let path = Fixtures.temporaryPath(".lp")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Solver.writeLP(model, to: path)
        let expected = try #require(try Solver.solve(model, options: SolveOptions(relativeGap: 0)).objective)
        let read = try #require(try Fixtures.glpsolObjective(path, formatFlag: "--lp"))
        #expect(close(read, expected))
    }

    @Test("writeMPS output solved by glpsol gives the same objective", arguments: models)
    func mpsRoundTrip(model: LinearModel) throws {
        let path = Fixtures.temporaryPath(".mps")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Solver.writeMPS(model, to: path)
        let expected = try #require(try Solver.solve(model, options: SolveOptions(relativeGap: 0)).objective)
        let read = try #require(try Fixtures.glpsolObjective(path, formatFlag: "--freemps"))
        // free MPS cannot say "maximize": a maximization is written negated
        #expect(close(read, model.sense == .maximize ? -expected : expected))
    }

    @Test("text export matches the written file")
    func text() throws {
        let model = Fixtures.wyndor(constant: 7).0
        let lp = try Solver.lpText(model)
        #expect(lp.contains("Maximize"))
        #expect(lp.contains("obj_constant"))
        #expect(lp.contains("plant3:"))
        let mps = try Solver.mpsText(model)
        #expect(mps.contains("ROWS") && mps.contains("ENDATA"))
        let path = Fixtures.temporaryPath(".lp")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Solver.writeLP(model, to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == lp)
    }

    @Test("awkward names are sanitized into valid, unique LP names")
    func awkwardNames() throws {
        var model = LinearModel(name: "冷链 route plan", sense: .minimize)
        let names = ["x[1,2]", "1st", "free", "e1", "a", "a", "", "冷库", "冷库", "end",
                     String(repeating: "long", count: 100), "obj_constant", "bad\nname"]
        let x = names.map { model.addVariable($0, bounds: .range(1, 2), cost: 1) }
        model.addConstraint("st", x.map { ($0, 1.0) }, .lower(14))
        model.addConstraint("obj", [(x[0], 1), (x[1], -1)], .range(-1, 1))
        model.addConstraint("", [(x[2], 1)], .upper(1.5))
        model.objectiveConstant = 3
        let lp = try Solver.lpText(model)
        #expect(!lp.contains("冷") && !lp.contains(" free free"))
        #expect(lp.contains("x(1_2)"))
        let exported = model.exportedNames()
        #expect(Set(exported.variables).count == names.count)
        #expect(exported.variables.allSatisfy { lp.contains(" \($0)") })
        #expect(exported.constraints == ["_st", "obj~2", "c3"])
        let path = Fixtures.temporaryPath(".lp")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Solver.writeLP(model, to: path)
        let expected = try #require(try Solver.solve(model).objective)
        #expect(close(try Fixtures.glpsolObjective(path, formatFlag: "--lp"), expected))
        let mpsPath = Fixtures.temporaryPath(".mps")
        defer { try? FileManager.default.removeItem(atPath: mpsPath) }
        try Solver.writeMPS(model, to: mpsPath)
        #expect(close(try Fixtures.glpsolObjective(mpsPath, formatFlag: "--freemps"), expected))
    }

    @Test("an unwritable path is a file error")
    func unwritable() throws {
        let error = try #require(throws: GLPKError.self) {
            try Solver.writeLP(Fixtures.knapsack(), to: "/nonexistent-dir/model.lp")
        }
        #expect(error.kind == .fileError)
        #expect(error.operation.contains("/nonexistent-dir/model.lp"))
    }

    @Test("export validates the model too")
    func exportValidates() throws {
        var model = LinearModel()
        model.addVariable("x", bounds: .range(1, 0))
        #expect(throws: GLPKError.self) { try Solver.lpText(model) }
    }
}

/// Round trips through GLPK's own readers (`glp_read_lp`, `glp_read_mps`);
/// needs no external tool.
@Suite("File read-back")
struct FileReadBackTests {
    @Test("LP and MPS files re-read by GLPK have the model's size and LP optimum",
          arguments: [GLPKProblem.FileFormat.cplexLP, .freeMPS])
    func readBack(format: GLPKProblem.FileFormat) throws {
        var model = Fixtures.setCover(rows: 30, columns: 50, density: 0.1, seed: 5)
        for v in model.variables { model.setKind(.continuous, of: v) }
        model.objectiveConstant = 12
        let path = Fixtures.temporaryPath(format == .cplexLP ? ".lp" : ".mps")
        defer { try? FileManager.default.removeItem(atPath: path) }
        if format == .cplexLP { try Solver.writeLP(model, to: path) } else { try Solver.writeMPS(model, to: path) }
        let expected = try #require(try Solver.solve(model).objective)
        try GLPKSession.run("test") { session in
            let problem = try GLPKProblem.read(format, from: path, in: session)
            let size = try problem.size
            #expect(size.rows == model.constraintCount)
            #expect(size.columns == model.variableCount + 1)  // + obj_constant
            try problem.prepareLP()
            #expect(try problem.simplex(presolve: false, timeLimit: .max) == .success)
            #expect(close(try problem.basicSolution().objective, expected))
        }
    }

    @Test("a file GLPK cannot parse is a file error")
    func unreadable() throws {
        let path = Fixtures.temporaryPath(".mps")
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "this is not MPS\n".write(toFile: path, atomically: true, encoding: .utf8)
        let error = try #require(throws: GLPKError.self) {
            try GLPKSession.run("test") { _ = try GLPKProblem.read(.freeMPS, from: path, in: $0) }
        }
        #expect(error.kind == .fileError)
    }
}
