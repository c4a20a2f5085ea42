import Foundation

/// Writes files so that readers see either the old content or the new, never half of it.
///
/// The data goes to a temporary file in the same directory, which is then renamed over the target
/// (rename is atomic within one file system). On failure the temporary file is removed and the
/// target is untouched. A process that must exit at once (a second Ctrl-C) calls
/// ``removeTemporaryFiles()`` first, so no temporary file is left behind.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        inFlight.insert(temporary.path)
        defer { inFlight.remove(temporary.path) }
        do {
            try data.write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            // Plain words, never an NSError dump with the temporary file's path.
            throw AtomicFileError(path: path, reason: OutputSet.reason(error, fallback: "cannot write the file"))
        }
    }

    public static func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    /// Deletes the temporary files of writes still in progress (on any thread), and the staging
    /// folders of ``OutputSet`` commits, before an immediate exit. Their targets keep their
    /// previous content (or, for a set swapped in already, the new one). Does not return the lock
    /// it takes: call it only right before exiting.
    public static func removeTemporaryFiles() {
        for path in inFlight.all() { unlink(path) }
        Staging.shared.removeAllForExit()
    }

    private static let inFlight = InFlight()

    /// Paths of the temporary files being written, behind a lock.
    private final class InFlight: @unchecked Sendable {
        private let lock = NSLock()
        private var paths = Set<String>()
        func insert(_ path: String) { lock.lock(); paths.insert(path); lock.unlock() }
        func remove(_ path: String) { lock.lock(); paths.remove(path); lock.unlock() }
        func all() -> [String] { lock.lock(); defer { lock.unlock() }; return Array(paths) }
    }
}

/// A file that could not be written; the previous content (if any) is unchanged.
public struct AtomicFileError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String
    public var description: String { "\(path): \(reason); any previous version is unchanged" }
}
