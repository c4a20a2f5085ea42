import CGLPKGuard

/// One use of GLPK on the calling thread, from first call to last.
///
/// GLPK keeps a separate environment per thread, and a problem object must
/// never leave the thread that created it. A session pins all of that to a
/// single synchronous scope:
///
/// - it captures GLPK's terminal output into a log (nothing is printed);
/// - it refuses to start while another session is active on the thread, so
///   a progress callback cannot re-enter GLPK in the middle of a solve;
/// - it funnels every C call through ``guarded(_:_:)``, which turns an error
///   caught by the C guard into a thrown ``GLPKError``;
/// - it ends by freeing the thread's GLPK environment, so no GLPK memory
///   outlives the call (short-lived worker threads leak nothing).
///
/// Only this module may use GLPK: ending a session frees every problem
/// object of the thread, including any created behind this module's back.
final class GLPKSession {
    private let log: OpaquePointer
    private var messageBuffer = [CChar](repeating: 0, count: 2048)

    private init(log: OpaquePointer) {
        self.log = log
    }

    /// Runs `body` inside a session on the calling thread.
    ///
    /// - Throws: `.reentrantCall` if a session is already active here, or
    ///   whatever `body` throws.
    static func run<T>(_ operation: String, _ body: (GLPKSession) throws -> T) throws -> T {
        guard let log = crg_log_create() else {
            throw GLPKError(kind: .glpkError, operation: operation, message: "out of memory")
        }
        defer { crg_log_destroy(log) }
        guard crg_session_begin(log) == 0 else {
            throw GLPKError(kind: .reentrantCall, operation: operation, message:
                "GLPK is already in use on this thread (called from a progress callback?)")
        }
        defer { crg_session_end() }
        return try body(GLPKSession(log: log))
    }

    /// GLPK's output captured so far.
    var logText: String { String(cString: crg_log_text(log)) }

    /// The last `count` non-empty lines of the log, for error messages.
    func logTail(_ count: Int = 3) -> String {
        logText.split(separator: "\n").suffix(count).joined(separator: " / ")
    }

    /// Runs one guarded C call and returns its result.
    ///
    /// `call` receives a message buffer and its capacity, as every `crg_*`
    /// function expects.
    ///
    /// - Throws: `.glpkError` with GLPK's message when the guard caught
    ///   `glp_error`; the thread's GLPK environment has then been freed.
    @discardableResult
    func guarded(
        _ operation: String, _ call: (UnsafeMutablePointer<CChar>, Int) -> Int32
    ) throws -> Int32 {
        let result = messageBuffer.withUnsafeMutableBufferPointer { buffer in
            buffer[0] = 0
            return call(buffer.baseAddress!, buffer.count)
        }
        if result == CRG_STOPPED {
            throw StopRequested()
        }
        if result == CRG_CAUGHT {
            let message = messageBuffer.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
            throw GLPKError(kind: .glpkError, operation: operation, message: message)
        }
        return result
    }
}

extension GLPKSession {
    /// Makes a genuinely invalid GLPK call (a column index out of range)
    /// under the guard; always throws `.glpkError`. For tests of the guard.
    func provokeErrorForTesting() throws {
        try guarded("calling glp_set_col_bnds with a column that does not exist") {
            crg_provoke_error_for_testing($0, $1)
        }
    }
}
