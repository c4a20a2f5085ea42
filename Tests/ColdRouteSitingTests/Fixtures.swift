import ColdRouteIO
import ColdRouteModel
import Foundation

/// Paths of the bundled networks, found from this file's location.
enum Fixtures {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func network(_ relative: String) throws -> CountyNetwork {
        try NetworkReader.read(path: repository.appendingPathComponent(relative).path)
    }
}
