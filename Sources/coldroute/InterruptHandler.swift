import ColdRouteIO
import ColdRouteModel
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns Ctrl-C (SIGINT) and SIGTERM into a graceful stop for `plan` and `compare`.
///
/// The first signal sets the returned ``StopSignal``: the planners wind down and the command
/// writes the best plan found so far, marked as interrupted (exit code 5). A second signal exits
/// at once with code 130, after deleting the temporary files of writes in progress; every output
/// file is written atomically, so each keeps either its previous content or its new one.
///
/// No signal is lost, however early it comes. `sigaction` replaces the default action (end the
/// process) with a handler in one step, and the handler only writes the signal's number into a
/// pipe (`write` is async-signal-safe); a thread of ours reads the pipe and acts. A signal before
/// `install()` ends the process as usual; one after it waits in the pipe until that thread reads
/// it. The signals are unblocked on the way: a process started with them blocked (as children of
/// libdispatch worker threads are) would otherwise never see them. (The earlier design set
/// `SIG_IGN` and then resumed a dispatch signal source, whose registration is asynchronous: a
/// signal between the two was ignored.)
enum InterruptHandler {
    static let message = "interrupted: finishing with the best plan found so far (press Ctrl-C again to abort)"

    /// The pipe's write end, set once before any handler is installed; read by the handler.
    nonisolated(unsafe) private static var writeEnd: Int32 = -1

    /// Installs the handlers (once per process) and returns the signal they set.
    static func install() -> StopSignal {
        let stop = StopSignal()
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { return unprotected(stop, signals: "Ctrl-C and SIGTERM", call: "pipe") }
        writeEnd = ends[1]
        let readEnd = ends[0]
        let reader = Thread {
            var number: UInt8 = 0
            while true {
                let count = read(readEnd, &number, 1)
                if count < 0 && errno == EINTR { continue }
                guard count == 1 else { return }
                if stop.isStopped {
                    AtomicFile.removeTemporaryFiles()
                    FileHandle.standardError.write(Data("aborted\n".utf8))
                    _exit(ExitCodes.aborted.rawValue)
                }
                stop.stop()
                FileHandle.standardError.write(Data(((Console.errIsTerminal ? "\r\u{1B}[K" : "") + message + "\n").utf8))
            }
        }
        reader.name = "coldroute.signals"
        reader.start()
        for number in [SIGINT, SIGTERM] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                var byte = UInt8(truncatingIfNeeded: number)
                _ = write(InterruptHandler.writeEnd, &byte, 1)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            if sigaction(number, &action, nil) != 0 {
                // SIGINT's handler, if set already, stays; only the signals not yet handled are unprotected.
                return unprotected(stop, signals: number == SIGINT ? "Ctrl-C and SIGTERM" : "SIGTERM", call: "sigaction")
            }
        }
        // A parent may have started us with the signals blocked (a test runner's worker thread, a
        // job scheduler): a blocked signal would wait forever. Unblocked, one already pending is
        // delivered now.
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        sigaddset(&unblock, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        return stop
    }

    /// Says that `signals` keep their default action (`call` failed), and returns `stop`.
    private static func unprotected(_ stop: StopSignal, signals: String, call: String) -> StopSignal {
        Console.err("warning: \(signals) will end the run at once, without a plan (\(call): \(String(cString: strerror(errno))))")
        return stop
    }
}
