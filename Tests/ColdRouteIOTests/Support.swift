import ColdRouteIO
import Foundation

/// Test fixtures, found next to this file (no bundle resources needed).
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
}

/// Runs `body` and returns the ``InputError`` it throws, or `nil` if it throws nothing (or another error).
func inputError(_ body: () throws -> Void) -> InputError? {
    do {
        try body()
        return nil
    } catch {
        return error as? InputError
    }
}

/// A fresh temporary folder, removed when the test is done with it (call `remove()`).
struct TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("coldroute-io-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    /// A copy of a fixture folder inside this folder, optionally with some files replaced.
    func copy(fixture name: String, as copyName: String, replacing files: [String: String] = [:]) throws -> String {
        let target = file(copyName)
        try FileManager.default.copyItem(atPath: Fixture.path(name), toPath: target)
        for (file, text) in files {
            try Data(text.utf8).write(to: URL(fileURLWithPath: (target as NSString).appendingPathComponent(file)))
        }
        return target
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}
