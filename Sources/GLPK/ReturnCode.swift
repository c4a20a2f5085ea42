import CGLPK

/// A return code of `glp_simplex` or `glp_intopt`; an open set of values.
///
/// Several codes are normal outcomes rather than failures: ``gapReached``,
/// ``timeLimit`` and ``stopped`` end a search early, and ``noPrimalFeasible``
/// / ``noDualFeasible`` come from a presolver that proved the problem
/// infeasible or its relaxation unbounded. The solver maps them to a
/// ``SolveStatus``; the rest become a ``GLPKError`` of kind `.solverFailure`.
public struct ReturnCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    /// GLPK's integer code (`0` or a `GLP_E*` constant).
    public let rawValue: Int32

    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The routine finished (which does not by itself mean optimal).
    public static let success = ReturnCode(rawValue: 0)
    /// `GLP_EBADB`: invalid initial basis.
    public static let invalidBasis = ReturnCode(rawValue: GLP_EBADB)
    /// `GLP_ESING`: singular basis matrix.
    public static let singularMatrix = ReturnCode(rawValue: GLP_ESING)
    /// `GLP_ECOND`: ill-conditioned basis matrix.
    public static let illConditioned = ReturnCode(rawValue: GLP_ECOND)
    /// `GLP_EBOUND`: incorrect bounds (prevented by validation).
    public static let invalidBounds = ReturnCode(rawValue: GLP_EBOUND)
    /// `GLP_EFAIL`: the solver failed.
    public static let failed = ReturnCode(rawValue: GLP_EFAIL)
    /// `GLP_EOBJLL`: objective lower limit reached.
    public static let objectiveLowerLimit = ReturnCode(rawValue: GLP_EOBJLL)
    /// `GLP_EOBJUL`: objective upper limit reached.
    public static let objectiveUpperLimit = ReturnCode(rawValue: GLP_EOBJUL)
    /// `GLP_EITLIM`: iteration limit reached.
    public static let iterationLimit = ReturnCode(rawValue: GLP_EITLIM)
    /// `GLP_ETMLIM`: GLPK's own time limit (`tm_lim`) reached.
    public static let timeLimit = ReturnCode(rawValue: GLP_ETMLIM)
    /// `GLP_ENOPFS`: no primal feasible solution (presolver).
    public static let noPrimalFeasible = ReturnCode(rawValue: GLP_ENOPFS)
    /// `GLP_ENODFS`: no dual feasible solution (presolver).
    public static let noDualFeasible = ReturnCode(rawValue: GLP_ENODFS)
    /// `GLP_EROOT`: no optimal basis for the root LP relaxation.
    public static let rootNotOptimal = ReturnCode(rawValue: GLP_EROOT)
    /// `GLP_ESTOP`: the search was terminated by the application.
    public static let stopped = ReturnCode(rawValue: GLP_ESTOP)
    /// `GLP_EMIPGAP`: the relative gap tolerance was reached.
    public static let gapReached = ReturnCode(rawValue: GLP_EMIPGAP)

    private static let names: [Int32: String] = [
        0: "success", GLP_EBADB: "GLP_EBADB", GLP_ESING: "GLP_ESING", GLP_ECOND: "GLP_ECOND",
        GLP_EBOUND: "GLP_EBOUND", GLP_EFAIL: "GLP_EFAIL", GLP_EOBJLL: "GLP_EOBJLL",
        GLP_EOBJUL: "GLP_EOBJUL", GLP_EITLIM: "GLP_EITLIM", GLP_ETMLIM: "GLP_ETMLIM",
        GLP_ENOPFS: "GLP_ENOPFS", GLP_ENODFS: "GLP_ENODFS", GLP_EROOT: "GLP_EROOT",
        GLP_ESTOP: "GLP_ESTOP", GLP_EMIPGAP: "GLP_EMIPGAP",
    ]

    /// GLPK's constant name, e.g. "GLP_ETMLIM", or the raw number.
    public var description: String { Self.names[rawValue] ?? "code \(rawValue)" }
}
