import ArgumentParser

/// The exit codes `coldroute` documents (see `coldroute --help` and the README).
enum ExitCodes {
    /// Bad input: a file that cannot be read or a network that fails validation.
    static let badInput = ExitCode(1)
    /// No plan: the limits cannot be met together, or time ran out (or Ctrl-C came) before any plan.
    static let noPlan = ExitCode(3)
    /// Interrupted (Ctrl-C or SIGTERM): the best plan found so far was checked and written, marked
    /// as interrupted.
    static let interrupted = ExitCode(5)
    /// Aborted by a second Ctrl-C: nothing more written; earlier files are intact.
    static let aborted = ExitCode(130)
    /// An emitted plan failed the independent feasibility check: a bug, please report it.
    static let checkFailed = ExitCode(70)
}
