import ColdRouteIO
import ColdRouteModel
import Dispatch
import Foundation

/// Turns Ctrl-C (SIGINT) and SIGTERM into a graceful stop for `plan` and `compare`.
///
/// The first signal sets the returned ``StopSignal``: the planners wind down and the command
/// writes the best plan found so far, marked as interrupted (exit code 5). A second signal exits
/// at once with code 130, after deleting the temporary files of writes in progress; every output
/// file is written atomically, so each keeps either its previous content or its new one.
enum InterruptHandler {
    static let message = "interrupted: finishing with the best plan found so far (press Ctrl-C again to abort)"

    /// Keeps the dispatch sources alive for the life of the process.
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// Installs the handlers (once per process) and returns the signal they set.
    static func install() -> StopSignal {
        let stop = StopSignal()
        let queue = DispatchQueue(label: "coldroute.signals")   // serial: one signal at a time
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)   // the default action would kill the process before the source sees it
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler {
                if stop.isStopped {
                    AtomicFile.removeTemporaryFiles()
                    FileHandle.standardError.write(Data("aborted\n".utf8))
                    _exit(ExitCodes.aborted.rawValue)
                }
                stop.stop()
                FileHandle.standardError.write(Data(((Console.errIsTerminal ? "\r\u{1B}[K" : "") + message + "\n").utf8))
            }
            source.resume()
            sources.append(source)
        }
        return stop
    }
}
