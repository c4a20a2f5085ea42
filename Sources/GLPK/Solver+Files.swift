import Foundation

extension Solver {
    /// Writes `model` to `path` in CPLEX LP format (`glp_write_lp`).
    ///
    /// Names are sanitized (see the module's design note); a nonzero
    /// objective constant is written as a column `obj_constant` fixed at 1,
    /// because the format has no constant term. The file is written in
    /// place; use ``lpText(_:)`` to write it atomically yourself.
    ///
    /// - Throws: ``GLPKError``: `.invalidModel`, or `.fileError` with
    ///   GLPK's message when the file cannot be written.
    public static func writeLP(_ model: LinearModel, to path: String) throws {
        try write(model, .cplexLP, to: path)
    }

    /// Writes `model` to `path` in free MPS format (`glp_write_mps`,
    /// `GLP_MPS_FILE`).
    ///
    /// Free MPS as GLPK reads it cannot say "maximize", so a maximization is
    /// written as *minimizing the negated objective*: solvers reading the
    /// file report the optimum with the opposite sign, at the same point.
    /// A nonzero objective constant becomes a column `obj_constant` fixed at
    /// 1, since readers disagree on the sign of an objective RHS.
    ///
    /// - Throws: ``GLPKError``: `.invalidModel` or `.fileError`.
    public static func writeMPS(_ model: LinearModel, to path: String) throws {
        try write(model, .freeMPS, to: path)
    }

    /// The CPLEX LP text of `model`, as ``writeLP(_:to:)`` would write it.
    public static func lpText(_ model: LinearModel) throws -> String {
        try text(model, .cplexLP, fileExtension: "lp")
    }

    /// The free MPS text of `model`, as ``writeMPS(_:to:)`` would write it.
    public static func mpsText(_ model: LinearModel) throws -> String {
        try text(model, .freeMPS, fileExtension: "mps")
    }

    private static func write(
        _ model: LinearModel, _ format: GLPKProblem.FileFormat, to path: String
    ) throws {
        let compiled = try CompiledModel(model, purpose: format == .cplexLP ? .exportLP : .exportMPS)
        try GLPKSession.run("writing '\(model.name)' as \(format.rawValue)") { session in
            let problem = try GLPKProblem.load(compiled, in: session)
            defer { problem.delete() }
            try problem.write(format, to: path)
        }
    }

    /// Writes to a private temporary file, reads it back and removes it.
    private static func text(
        _ model: LinearModel, _ format: GLPKProblem.FileFormat, fileExtension: String
    ) throws -> String {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("glpk-\(UUID().uuidString).\(fileExtension)")
        defer { try? FileManager.default.removeItem(at: url) }
        try write(model, format, to: url.path)
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw GLPKError(kind: .fileError, operation: "reading back \(format.rawValue) text",
                            message: "\(error)")
        }
    }
}
