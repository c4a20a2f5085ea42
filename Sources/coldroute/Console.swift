import Foundation

/// The CLI's only way to write: results to standard output, progress and errors to standard error.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// Whether standard error is a terminal (progress lines then overwrite each other).
    static let errIsTerminal = isatty(STDERR_FILENO) != 0
}
