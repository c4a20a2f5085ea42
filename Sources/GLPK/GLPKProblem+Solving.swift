import CGLPK
import CGLPKGuard

extension GLPKProblem {
    /// The basic (simplex) solution as GLPK reports it.
    struct BasicSolution {
        /// `glp_get_status`: `GLP_OPT`, `GLP_FEAS`, `GLP_NOFEAS`, `GLP_UNBND`…
        var status: Int32
        var objective: Double
        var values: [Double]
        var rowDuals: [Double]
        var reducedCosts: [Double]
    }

    /// The MIP solution as GLPK reports it.
    struct MIPSolution {
        /// `glp_mip_status`: `GLP_OPT`, `GLP_FEAS`, `GLP_NOFEAS` or `GLP_UNDEF`.
        var status: Int32
        var objective: Double
        var values: [Double]
    }

    /// Scales the problem and builds an advanced initial basis.
    func prepareLP() throws {
        let handle = try live("preparing the LP")
        try session.guarded("scaling and crashing a basis") { crg_prepare_lp(handle, $0, $1) }
    }

    /// GLPK's simplex prints a progress line this often (milliseconds); each line is a chance
    /// for a stop request to end the solve (``GLPKSession/withStopPoll(_:_:)``). Only the log sees it.
    static let progressLineInterval: Int32 = 200

    /// Runs `glp_simplex` with `timeLimit` milliseconds (>= 1, or `Int32.max`).
    func simplex(presolve: Bool, timeLimit: Int32) throws -> ReturnCode {
        let handle = try live("solving the LP (glp_simplex)")
        var params = crg_lp_params(presolve: presolve ? 1 : 0, tm_lim: timeLimit, msg_lev: GLP_MSG_ALL,
                                   out_frq: Self.progressLineInterval)
        let code = try session.guarded("solving the LP (glp_simplex)") {
            crg_simplex(handle, &params, $0, $1)
        }
        return ReturnCode(rawValue: code)
    }

    /// Runs `glp_intopt` with the branch-and-cut settings of `options` (gap, cuts, rules,
    /// heuristics), and the callback when `control` is given.
    func intopt(
        presolve: Bool, timeLimit: Int32, options: SolveOptions,
        control: UnsafeMutablePointer<crg_mip_control>?
    ) throws -> ReturnCode {
        let handle = try live("branch-and-cut (glp_intopt)")
        let proximityMilliseconds = Swift.min(
            Swift.max(options.proximitySearchTimeLimit.inSeconds * 1000, 1), Double(timeLimit))
        var params = crg_mip_params(
            presolve: presolve ? 1 : 0, tm_lim: timeLimit, mip_gap: options.relativeGap,
            msg_lev: GLP_MSG_ALL,
            br_tech: options.branching.glpk, bt_tech: options.backtracking.glpk,
            pp_tech: options.nodePreprocessing.glpk,
            mir_cuts: options.cuts.contains(.mixedIntegerRounding) ? 1 : 0,
            gmi_cuts: options.cuts.contains(.gomory) ? 1 : 0,
            cov_cuts: options.cuts.contains(.cover) ? 1 : 0,
            clq_cuts: options.cuts.contains(.clique) ? 1 : 0,
            fp_heur: options.heuristics.contains(.feasibilityPump) ? 1 : 0,
            ps_heur: options.heuristics.contains(.proximitySearch) ? 1 : 0,
            ps_tm_lim: Int32(proximityMilliseconds))
        let code = try session.guarded("branch-and-cut (glp_intopt)") {
            crg_intopt(handle, &params, control, $0, $1)
        }
        return ReturnCode(rawValue: code)
    }

    /// Copies the basic solution out of GLPK. O(rows + columns).
    func basicSolution() throws -> BasicSolution {
        let handle = try live("reading the LP solution")
        let (m, n) = size(handle)
        var objective = 0.0
        var values = [Double](repeating: 0, count: n), reducedCosts = values
        var rowDuals = [Double](repeating: 0, count: m)
        let status = try session.guarded("reading the LP solution") { msg, cap in
            crg_read_basic(handle, &objective, &values, &rowDuals, &reducedCosts, msg, cap)
        }
        return BasicSolution(status: status, objective: objective, values: values,
                             rowDuals: rowDuals, reducedCosts: reducedCosts)
    }

    /// Copies the MIP solution out of GLPK. O(columns).
    func mipSolution() throws -> MIPSolution {
        let handle = try live("reading the MIP solution")
        let (_, n) = size(handle)
        var objective = 0.0
        var values = [Double](repeating: 0, count: n)
        let status = try session.guarded("reading the MIP solution") { msg, cap in
            crg_read_mip(handle, &objective, &values, msg, cap)
        }
        return MIPSolution(status: status, objective: objective, values: values)
    }

    /// A file format GLPK can write.
    enum FileFormat: String {
        case cplexLP = "CPLEX LP"
        case freeMPS = "free MPS"
    }

    /// Writes the problem to `path` with `glp_write_lp` or `glp_write_mps`.
    ///
    /// - Throws: `.fileError` with GLPK's message when writing fails.
    func write(_ format: FileFormat, to path: String) throws {
        let operation = "writing \(format.rawValue) to '\(path)'"
        let handle = try live(operation)
        let code = try session.guarded(operation) { msg, cap in
            switch format {
            case .cplexLP: crg_write_lp(handle, path, msg, cap)
            case .freeMPS: crg_write_mps(handle, path, msg, cap)
            }
        }
        if code != 0 {
            throw GLPKError(kind: .fileError, operation: operation, message: session.logTail(2))
        }
    }

    /// Reads a problem from `path` with `glp_read_lp` or `glp_read_mps`.
    ///
    /// - Throws: `.fileError` with GLPK's message when the file cannot be read.
    static func read(_ format: FileFormat, from path: String, in session: GLPKSession) throws
        -> GLPKProblem
    {
        let operation = "reading \(format.rawValue) from '\(path)'"
        let problem = try load(CompiledModel.empty, in: session)
        let handle = try problem.live(operation)
        let code = try session.guarded(operation) { msg, cap in
            switch format {
            case .cplexLP: crg_read_lp(handle, path, msg, cap)
            case .freeMPS: crg_read_mps(handle, path, msg, cap)
            }
        }
        if code != 0 {
            throw GLPKError(kind: .fileError, operation: operation, message: session.logTail(2))
        }
        return problem
    }

    /// The number of rows and columns.
    var size: (rows: Int, columns: Int) {
        get throws { try size(live("reading the problem size")) }
    }

    private func size(_ handle: OpaquePointer) -> (rows: Int, columns: Int) {
        var m: Int32 = 0, n: Int32 = 0
        crg_get_size(handle, &m, &n)
        return (Int(m), Int(n))
    }
}
