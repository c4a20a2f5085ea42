import ColdRouteIO
import ColdRouteModel
import Foundation

/// Travel models for the many networks of one county (the scenarios of `compare`, the tasks of a
/// sweep), reading each travel matrix file once.
///
/// A matrix file is read against the first network that asks for it (its place order and the
/// coordinate check are that network's, `docs/road-data.md`); every later network is matched to
/// the same ``ImportedMatrix`` by place id (``TravelModel/init(network:matrix:)``), so a scenario
/// that closes depots or drops villages needs no file of its own, and one that adds a place the
/// matrix lacks is an error naming it. A network whose travel data (place ids and locations,
/// coordinate system, circuity factor) equal an earlier one's gets that very ``TravelModel``
/// (supply, costs or fleet changes do not change travel; with a matrix, roads are not consulted).
///
/// Thread-safe (one lock, held while a file is read), so sweep workers may share one cache.
/// ``reads`` is the read log: one entry per file and profile, however many networks asked.
public final class TravelCache: @unchecked Sendable {
    /// A matrix file and the VROOM profile read from it.
    public struct Source: Hashable, Sendable {
        public let path: String
        public let profile: String?

        public init(path: String, profile: String?) {
            self.path = path
            self.profile = profile
        }
    }

    /// What a travel model over a matrix depends on in its network.
    private struct Signature: Hashable {
        let ids: [String]
        let xs: [Double]
        let ys: [Double]
        let lonLat: Bool
        let circuity: Double

        init(_ network: CountyNetwork) {
            let places = network.allPlaces
            ids = places.map(network.id(of:))
            let locations = places.map(network.location(of:))
            xs = locations.map(\.x)
            ys = locations.map(\.y)
            lonLat = network.coordinateSystem == .lonLat
            circuity = network.circuityFactor
        }
    }

    private let lock = NSLock()
    private var matrices: [Source: ImportedMatrix] = [:]
    private var models: [Source: [(signature: Signature, model: TravelModel)]] = [:]
    private var log: [Source] = []

    public init() {}

    /// Every matrix file read so far, in order.
    public var reads: [Source] { lock.withLock { log } }

    /// The travel model of `network` over the matrix in `path` (read on first use).
    /// - Throws: ``InputError`` for a file that cannot be read or does not fit the first network;
    ///   ``TravelMatrixMismatch`` for a network with a place the matrix has no row for.
    public func travel(network: CountyNetwork, matrixPath path: String, profile: String? = nil) throws -> TravelModel {
        let source = Source(path: path, profile: profile)
        let signature = Signature(network)
        return try lock.withLock {
            if let shared = models[source]?.first(where: { $0.signature == signature }) { return shared.model }
            let matrix: ImportedMatrix
            if let read = matrices[source] {
                matrix = read
            } else {
                matrix = try TravelMatrixReader.read(path: path, network: network, profile: profile)
                matrices[source] = matrix
                log.append(source)
            }
            let model = try TravelModel(network: network, matrix: matrix)
            models[source, default: []].append((signature, model))
            return model
        }
    }
}

extension TravelCache {
    /// One cache for a process: the sweep tasks a worker runs share their counties' matrices.
    public static let shared = TravelCache()

    /// A network's `travelMatrix` field as a path: absolute as given, else relative to the network
    /// file's folder (or to the folder itself for a CSV network folder).
    public static func resolve(_ field: String, networkPath: String) -> String {
        if field.hasPrefix("/") { return field }
        var isFolder: ObjCBool = false
        let base = FileManager.default.fileExists(atPath: networkPath, isDirectory: &isFolder) && isFolder.boolValue
            ? URL(fileURLWithPath: networkPath) : URL(fileURLWithPath: networkPath).deletingLastPathComponent()
        return base.appendingPathComponent(field).path
    }
}
