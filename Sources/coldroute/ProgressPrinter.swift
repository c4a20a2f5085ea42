import ColdRouteModel
import Foundation
import GLPK

/// Shows solver progress on standard error: one line per update, or a single line rewritten in
/// place on a terminal.
enum ProgressPrinter {
    static func forMIP() -> @Sendable (MIPProgress) -> Void {
        { p in
            let incumbent = p.incumbent.map { String(format: "%.2f", $0) } ?? "none yet"
            let bound = p.bound.map { String(format: "%.2f", $0) } ?? "-"
            let gap = p.relativeGap.map { String(format: "%.4f%%", $0 * 100) } ?? "-"
            let seconds = p.elapsed.seconds
            let line = "solving: \(String(format: "%6.1f", seconds)) s  best plan \(incumbent)  bound \(bound)"
                + "  gap \(gap)  nodes \(p.nodes)"
            if Console.errIsTerminal {
                FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
            } else {
                Console.err(line)
            }
        }
    }

    /// Ends an in-place progress line.
    static func finish() {
        if Console.errIsTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
