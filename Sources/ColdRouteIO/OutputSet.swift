import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a whole set of output files into one folder so that the folder always holds one
/// complete set: the previous one or the new one, never a mix.
///
/// `coldroute plan --out DIR` and `compare --out DIR` write several files that belong together
/// (`plan.json`, `routes.csv`, `summary.md`…). Writing each atomically is not enough: an
/// interruption between two files leaves a new `plan.json` beside an old `routes.csv`. So:
///
/// 1. every file is written into a fresh staging folder beside `DIR`
///    (`.DIR.coldroute-stage-<pid>-<random>`);
/// 2. entries of the old `DIR` that are not ColdRoute's (the user's own files) are hard-linked
///    into the staging folder, so they survive; ColdRoute's entries — the ``knownNames``, and
///    folders holding a ``folderMarker`` file (a plan folder of `compare`) — that this set does not
///    write (say `routes.geojson` of another network's plan) are left out, so they disappear;
/// 3. the staging folder and `DIR` are exchanged in one step (`renameat2(RENAME_EXCHANGE)` on
///    Linux); where that is not available, `DIR` is renamed aside and the staging folder renamed
///    into place, and a later run puts the old set back if it was stopped in between;
/// 4. the old set, now under the staging name, is deleted.
///
/// An interruption before step 3 leaves `DIR` as it was; after it, `DIR` holds the new set.
/// Staging folders of processes that no longer run are deleted by the next commit. A process that
/// must exit at once calls ``AtomicFile/removeTemporaryFiles()``, which also deletes the staging
/// folder of a commit in progress (after the exchange if one is under way).
public struct OutputSet: Sendable {
    /// The folder the set goes to, as the caller named it (used in messages).
    public let directory: String
    /// Names of entries any ColdRoute set may hold: dropped when the new set does not write them.
    public var knownNames: Set<String>
    /// A file name that marks a sub-folder as ColdRoute's (e.g. `plan.json`); `nil`: none.
    public var folderMarker: String?
    private var files: [(path: String, data: Data)] = []
    private var kept: [String] = []

    public init(directory: String, knownNames: Set<String> = [], folderMarker: String? = nil) {
        self.directory = directory
        self.knownNames = knownNames
        self.folderMarker = folderMarker
    }

    /// Adds a file; `relativePath` may contain one or more folders (`north/plan.json`).
    public mutating func add(_ relativePath: String, _ data: Data) {
        files.append((relativePath, data))
    }

    public mutating func add(_ relativePath: String, _ text: String) {
        add(relativePath, Data(text.utf8))
    }

    /// Carries the entry `name` (a file or folder at the top of the set) of the previous set over
    /// unchanged, if it exists.
    public mutating func keep(_ name: String) {
        kept.append(name)
    }

    /// The paths the set will hold, as `directory/relativePath`, in the order added.
    public var paths: [String] { files.map { (directory as NSString).appendingPathComponent($0.path) } }

    /// Writes the set and swaps it in; returns ``paths``. Throws an ``OutputSetError`` (one line
    /// with the path) when a file cannot be written or the folder cannot be replaced; the folder
    /// then keeps its previous content.
    @discardableResult
    public func commit() throws(OutputSetError) -> [String] {
        let target = URL(fileURLWithPath: directory).standardizedFileURL
        let name = target.lastPathComponent
        let parent = target.deletingLastPathComponent().path
        guard !name.isEmpty, name != "/", name != ".", name != ".." else {
            throw OutputSetError(path: directory, reason: "cannot use this folder for output; name a subfolder")
        }
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: parent, withIntermediateDirectories: true)
        } catch {
            throw OutputSetError(path: parent, reason: Self.reason(error, fallback: "cannot create the folder"))
        }
        Self.cleanUp(parent: parent, name: name)

        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: target.path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            throw OutputSetError(path: directory, reason: "exists and is not a folder")
        }

        let stage = (parent as NSString).appendingPathComponent(".\(name).coldroute-stage-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        let token = Staging.shared.begin(stage)
        // Before the swap the staging folder holds the unfinished new set, after it the old one.
        defer { Staging.shared.end(token) }
        do {
            try fm.createDirectory(atPath: stage, withIntermediateDirectories: false)
        } catch {
            throw OutputSetError(path: parent, reason: Self.reason(error, fallback: "cannot create a folder here"))
        }

        // Write the new files.
        var written = Set<String>()
        for (relative, data) in files {
            let path = (stage as NSString).appendingPathComponent(relative)
            let shown = (directory as NSString).appendingPathComponent(relative)
            do {
                try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Self.write(data, to: path)
            } catch {
                throw OutputSetError(path: shown, reason: Self.reason(error, fallback: "cannot write the file"))
            }
            written.insert(String(relative.split(separator: "/").first ?? Substring(relative)))
        }

        // Carry over the user's own entries and the kept ones.
        if exists {
            let old = (try? fm.contentsOfDirectory(atPath: target.path)) ?? []
            for entry in old where !written.contains(entry) {
                let from = (target.path as NSString).appendingPathComponent(entry)
                let ours = knownNames.contains(entry)
                    || folderMarker.map { fm.fileExists(atPath: (from as NSString).appendingPathComponent($0)) } == true
                guard !ours || kept.contains(entry) else { continue }
                let to = (stage as NSString).appendingPathComponent(entry)
                do {
                    try fm.linkItem(atPath: from, toPath: to)
                } catch {
                    do { try fm.copyItem(atPath: from, toPath: to) } catch {
                        throw OutputSetError(path: from, reason: Self.reason(error, fallback: "cannot carry this entry over into the new output"))
                    }
                }
            }
        }

        // Swap.
        try Staging.shared.swap(token) { () -> (Int32, String?) in
            if !exists {
                guard rename(stage, target.path) == 0 else { return (errno, stage) }
                return (0, nil)
            }
            if Self.exchange(stage, target.path) { return (0, stage) }
            // No atomic exchange here: rename aside, then into place (cleanUp undoes a half-done one).
            let aside = (parent as NSString).appendingPathComponent(".\(name).coldroute-old-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
            guard rename(target.path, aside) == 0 else { return (errno, stage) }
            guard rename(stage, target.path) == 0 else {
                let code = errno
                _ = rename(aside, target.path)
                return (code, stage)
            }
            return (0, aside)
        } onError: { code in
            OutputSetError(path: directory, reason: "cannot replace the folder (\(String(cString: strerror(code))))")
        }
        return paths
    }

    // MARK: - Helpers

    /// Writes `data` to a new file and flushes it to disk, so a full disk fails here and not later.
    private static func write(_ data: Data, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        try handle.write(contentsOf: data)
        try handle.synchronize()
    }

    /// Deletes staging folders of dead processes and, when `name` is missing but a set renamed
    /// aside by a stopped commit exists, puts that set back.
    private static func cleanUp(parent: String, name: String) {
        let fm = FileManager.default
        let target = (parent as NSString).appendingPathComponent(name)
        guard let siblings = try? fm.contentsOfDirectory(atPath: parent) else { return }
        for entry in siblings.sorted() {
            for kind in ["stage", "old"] {
                let prefix = ".\(name).coldroute-\(kind)-"
                guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count).split(separator: "-").first ?? ""),
                      pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
                let path = (parent as NSString).appendingPathComponent(entry)
                if kind == "old", !fm.fileExists(atPath: target), rename(path, target) == 0 { continue }
                try? fm.removeItem(atPath: path)
            }
        }
    }

    /// Exchanges two paths atomically (Linux `renameat2(RENAME_EXCHANGE)`); `false` when the
    /// system or file system cannot.
    private static func exchange(_ a: String, _ b: String) -> Bool {
        #if canImport(Glibc)
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
        let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let renameExchange: UInt32 = 2
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
        #else
        return false
        #endif
    }

    /// A plain-words reason for a Foundation or POSIX error: no domain names, codes or paths.
    static func reason(_ error: Error, fallback: String) -> String {
        let ns = error as NSError
        var code: Int32?
        if ns.domain == NSPOSIXErrorDomain { code = Int32(ns.code) }
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            code = Int32(underlying.code)
        }
        if let posix = error as? POSIXError { code = posix.code.rawValue }
        if let code {
            switch code {
            case ENOSPC: return "no space left on the device"
            case EACCES, EPERM: return "permission denied"
            case EROFS: return "the file system is read-only"
            case ENOTDIR: return "a part of the path is not a folder"
            case EDQUOT: return "disk quota exceeded"
            default: return "\(fallback): \(String(cString: strerror(code)).lowercased())"
            }
        }
        if ns.domain == NSCocoaErrorDomain {
            switch ns.code {
            case NSFileWriteOutOfSpaceError: return "no space left on the device"
            case NSFileWriteNoPermissionError, NSFileReadNoPermissionError: return "permission denied"
            case NSFileWriteVolumeReadOnlyError: return "the file system is read-only"
            default: break
            }
        }
        return fallback
    }
}

/// A set that could not be written or swapped in: one line with the path. The folder keeps its
/// previous content.
public struct OutputSetError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String
    public var description: String { "\(path): \(reason); the folder keeps its previous files" }
}

/// The staging folders of commits in progress, behind a lock shared with the emergency exit.
final class Staging: @unchecked Sendable {
    static let shared = Staging()
    private let lock = NSLock()
    private var paths: [Int: String] = [:]
    private var next = 0

    /// Registers a staging folder; returns its token.
    func begin(_ path: String) -> Int {
        lock.lock(); defer { lock.unlock() }
        next += 1
        paths[next] = path
        return next
    }

    /// Runs the swap under the lock, so an emergency exit never deletes a half-swapped folder.
    /// `body` returns an errno (0 for success) and where the leftover folder now is (`nil`: none).
    func swap(_ token: Int, _ body: () -> (Int32, String?), onError: (Int32) -> OutputSetError) throws(OutputSetError) {
        lock.lock()
        let (code, leftover) = body()
        paths[token] = leftover
        lock.unlock()
        if code != 0 { throw onError(code) }
    }

    /// Deletes the commit's leftover folder (the unfinished new set, or the replaced old one).
    func end(_ token: Int) {
        lock.lock(); defer { lock.unlock() }
        if let path = paths.removeValue(forKey: token) { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Deletes every staging folder (called by ``AtomicFile/removeTemporaryFiles()``). Takes the
    /// lock and keeps it: the process is about to exit.
    func removeAllForExit() {
        lock.lock()
        for path in paths.values { try? FileManager.default.removeItem(atPath: path) }
        paths.removeAll()
    }
}
