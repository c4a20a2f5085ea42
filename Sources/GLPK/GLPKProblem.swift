import CGLPK
import CGLPKGuard

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Owns one GLPK problem object (`glp_prob *`) for the length of a session.
///
/// Created by ``load(_:in:)`` and deleted by ``delete()`` or `deinit`. A
/// GLPK error caught by the guard frees the thread's whole environment,
/// problem objects included, and so does the end of the session; the
/// object therefore remembers the environment epoch and the thread it was
/// created in, and deletes the handle only while both still hold.
final class GLPKProblem {
    private var handle: OpaquePointer?
    private let epoch: UInt
    private let owner: pthread_t
    let session: GLPKSession
    /// Whether the objective is maximized (GLPK reports values in that sense).
    let maximize: Bool

    private init(handle: OpaquePointer, session: GLPKSession, maximize: Bool) {
        self.handle = handle
        self.session = session
        self.maximize = maximize
        epoch = crg_env_epoch()
        owner = pthread_self()
    }

    deinit { delete() }

    /// Whether the handle may still be passed to GLPK.
    private var isAlive: Bool {
        handle != nil && crg_env_epoch() == epoch && pthread_equal(owner, pthread_self()) != 0
    }

    /// The handle; throws if the environment that owned it is gone.
    func live(_ operation: String) throws -> OpaquePointer {
        guard isAlive, let handle else {
            throw GLPKError(kind: .glpkError, operation: operation,
                            message: "the GLPK problem object no longer exists")
        }
        return handle
    }

    /// Deletes the problem object if it still exists. Idempotent.
    func delete() {
        guard isAlive, let handle else { return }
        self.handle = nil
        _ = try? session.guarded("deleting the problem") { crg_delete_prob(handle, $0, $1) }
    }

    /// Creates a problem object and loads `model` into it: columns, rows,
    /// then the whole constraint matrix with a single `glp_load_matrix`.
    static func load(_ model: CompiledModel, in session: GLPKSession) throws -> GLPKProblem {
        var created: OpaquePointer?
        try session.guarded("creating the problem object") {
            crg_create_prob(&created, model.name, model.maximize ? 1 : 0, model.constant, $0, $1)
        }
        guard let created else {
            throw GLPKError(kind: .glpkError, operation: "creating the problem object",
                            message: "glp_create_prob returned no object")
        }
        let problem = GLPKProblem(handle: created, session: session, maximize: model.maximize)
        try problem.addColumns(model)
        try problem.addRows(model)
        try problem.loadMatrix(model)
        return problem
    }

    private func addColumns(_ model: CompiledModel) throws {
        let handle = try live("adding columns")
        let names = Self.packed(model.columnNames)
        let types = model.columnBounds.map(\.type)
        let lower = model.columnBounds.map(\.lower), upper = model.columnBounds.map(\.upper)
        let integer = model.isInteger.map { Int32($0 ? 1 : 0) }
        try session.guarded("adding \(model.columnCount) columns") {
            crg_add_cols(handle, Int32(model.columnCount), names, types, lower, upper,
                         model.costs, integer, $0, $1)
        }
    }

    private func addRows(_ model: CompiledModel) throws {
        let handle = try live("adding rows")
        let names = Self.packed(model.rowNames)
        let types = model.rowBounds.map(\.type)
        let lower = model.rowBounds.map(\.lower), upper = model.rowBounds.map(\.upper)
        try session.guarded("adding \(model.rowCount) rows") {
            crg_add_rows(handle, Int32(model.rowCount), names, types, lower, upper, $0, $1)
        }
    }

    /// Turns the row-compressed matrix into GLPK's 1-based (ia, ja, ar)
    /// triplets and loads them with one `glp_load_matrix`. The only place the
    /// matrix reaches GLPK. O(terms).
    private func loadMatrix(_ model: CompiledModel) throws {
        let handle = try live("loading the constraint matrix")
        let count = model.values.count
        var ia = [Int32](repeating: 0, count: count + 1)
        var ja = [Int32](repeating: 0, count: count + 1)
        var ar = [Double](repeating: 0, count: count + 1)
        for row in 0 ..< model.rowCount {
            for k in model.rowStart[row] ..< model.rowStart[row + 1] {
                ia[k + 1] = Int32(row + 1)
                ja[k + 1] = model.columns[k] + 1
                ar[k + 1] = model.values[k]
            }
        }
        try session.guarded("loading \(count) matrix elements (glp_load_matrix)") {
            crg_load_matrix(handle, Int32(count), ia, ja, ar, $0, $1)
        }
    }

    /// NUL-terminated names back to back, as `crg_add_cols`/`crg_add_rows` expect.
    private static func packed(_ names: [String]) -> [CChar] {
        var bytes = [CChar]()
        bytes.reserveCapacity(names.reduce(0) { $0 + $1.utf8.count + 1 })
        for name in names { bytes.append(contentsOf: name.utf8CString) }
        return bytes
    }
}
