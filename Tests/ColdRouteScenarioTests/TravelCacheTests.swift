import ColdRouteIO
import ColdRouteModel
import ColdRouteScenario
import Foundation
import Testing

/// `compare` and sweeps read a travel matrix once and share it between scenarios (`TravelCache`).
@Suite("Travel cache")
struct TravelCacheTests {
    /// A long CSV matrix for `network`'s villages, depots and agencies: minutes = 2 × straight km + 1.
    static func writeMatrix(_ network: CountyNetwork) throws -> String {
        let places = network.villages.indices.map(Place.village) + network.depots.indices.map(Place.depot)
            + network.agencies.indices.map(Place.agency)
        var text = "from,to,minutes,km\n"
        for a in places {
            for b in places {
                let km = network.location(of: a).distance(to: network.location(of: b), in: network.coordinateSystem).value
                text += "\(network.id(of: a)),\(network.id(of: b)),\(2 * km + 1),\(km)\n"
            }
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("travel-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("table.csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("three scenario networks, one read: the matrix is shared, and a network without a village is matched by id")
    func readsOnce() throws {
        let base = try Fixture.tiny()
        let path = try Self.writeMatrix(base)
        var moreSupply = base
        moreSupply.villages[0].supply = moreSupply.villages[0].supply.mapValues { $0 * 2 }
        var fewer = base
        let dropped = fewer.villages.removeFirst()
        let cache = TravelCache()
        let a = try cache.travel(network: base, matrixPath: path)
        let b = try cache.travel(network: moreSupply, matrixPath: path)
        let c = try cache.travel(network: fewer, matrixPath: path)
        #expect(cache.reads == [TravelCache.Source(path: path, profile: nil)])
        let matrix = try #require(a.imported)
        #expect(b.imported === matrix && c.imported === matrix)
        // In the smaller network village 0 is the base's village 1: the legs follow the ids.
        let km = fewer.location(of: .village(0)).distance(to: fewer.location(of: .depot(0)), in: fewer.coordinateSystem).value
        let leg = try #require(c.leg(from: .village(0), to: .depot(0)))
        #expect(abs(leg.time.value - (2 * km + 1)) < 1e-9 && abs(leg.distance.value - km) < 1e-9)
        #expect(fewer.villages[0].id != dropped.id)
        // A second file is a second read.
        _ = try cache.travel(network: base, matrixPath: try Self.writeMatrix(base))
        #expect(cache.reads.count == 2)
    }

    @Test("a scenario with a place the matrix lacks is an error naming it")
    func missingPlace() throws {
        let base = try Fixture.tiny()
        let path = try Self.writeMatrix(base)
        let cache = TravelCache()
        _ = try cache.travel(network: base, matrixPath: path)
        var more = base
        var village = more.villages[0]
        village.id = "V-new"
        more.villages.append(village)
        #expect(throws: TravelMatrixMismatch(placeID: "V-new", source: "travel table \(path)")) {
            _ = try cache.travel(network: more, matrixPath: path)
        }
        #expect(cache.reads.count == 1)
    }
}
