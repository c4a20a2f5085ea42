/// An error from this module: bad input, misuse, or a failure inside GLPK.
///
/// Infeasible, unbounded or time-limited solves are *not* errors; they are
/// reported in ``Solution/status``. An error carries what was being done
/// (``operation``), a message (GLPK's own text when GLPK raised it), and,
/// when a GLPK routine returned an unexpected code, that ``returnCode``.
public struct GLPKError: Error, CustomStringConvertible, Sendable {
    /// The category of an error; an open set of values.
    public struct Kind: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// The model breaks a rule (NaN or infinite number, lower > upper, …).
        public static let invalidModel = Kind(rawValue: "invalid model")
        /// A ``SolveOptions`` value is out of range.
        public static let invalidOptions = Kind(rawValue: "invalid options")
        /// The starting solution has the wrong length or is infeasible.
        public static let invalidStartingSolution = Kind(rawValue: "invalid starting solution")
        /// GLPK called `glp_error`; the guard caught it and freed the
        /// thread's GLPK environment. Later calls on the thread work normally.
        public static let glpkError = Kind(rawValue: "GLPK error")
        /// A GLPK solver routine returned a failure code (see ``returnCode``).
        public static let solverFailure = Kind(rawValue: "solver failure")
        /// Reading or writing a file failed.
        public static let fileError = Kind(rawValue: "file error")
        /// GLPK was entered again from a callback running inside a solve.
        public static let reentrantCall = Kind(rawValue: "re-entrant call")
    }

    /// The category of the error.
    public let kind: Kind
    /// What was being done, e.g. "solving the LP relaxation (glp_simplex)".
    public let operation: String
    /// The details: GLPK's message or this module's explanation.
    public let message: String
    /// The code a GLPK routine returned, when that is the cause.
    public let returnCode: ReturnCode?

    /// Creates an error.
    public init(kind: Kind, operation: String, message: String, returnCode: ReturnCode? = nil) {
        self.kind = kind
        self.operation = operation
        self.message = message
        self.returnCode = returnCode
    }

    /// "GLPK error while <operation>: <message> [code]".
    public var description: String {
        var text = "\(kind) while \(operation): \(message)"
        if let returnCode { text += " [\(returnCode)]" }
        return text
    }

    static func invalidModel(_ message: String) -> GLPKError {
        GLPKError(kind: .invalidModel, operation: "validating the model", message: message)
    }

    static func invalidOptions(_ message: String) -> GLPKError {
        GLPKError(kind: .invalidOptions, operation: "validating the solve options", message: message)
    }
}
