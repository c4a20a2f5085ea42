import ColdRouteIO
import ColdRouteModel
import Foundation
import Testing

/// `OSMImport` on the hand-made `Fixtures/osm/four-places.osm` (its comment draws it).
@Suite("OpenStreetMap import")
struct OSMImportTests {
    static let extract = Fixture.path("osm/four-places.osm")

    static func km(_ a: (Double, Double), _ b: (Double, Double)) -> Double {
        Coordinate(x: a.0, y: a.1).distance(to: Coordinate(x: b.0, y: b.1), in: .lonLat).value
    }

    @Test("ways become roads cut at crossings; classes, one-way and closures as tagged")
    func roads() throws {
        let outcome = try OSMImport.run(path: Self.extract, network: TravelMatrixReaderTests.network())
        #expect(outcome.waysRead == 6 && outcome.waysSkipped == 1)  // the footway is not a road
        let osm = outcome.network.roads.filter { $0.name != "access" }
        // n1–n3 (10), n3→n5 (11), n5–n3 (12), n5–n7 closed twice (13, 14), n7←n5 (16, reversed).
        #expect(osm.count == 6)
        #expect(Set(outcome.network.junctions.map(\.id.rawValue)) == ["osm1", "osm3", "osm5", "osm7"])
        let g1 = try #require(osm.first { $0.name == "G1" })
        #expect(abs(g1.length.value - Self.km((108.5, 33.5), (108.55, 33.5)) - Self.km((108.55, 33.5), (108.6, 33.5))) < 1e-9)
        #expect(abs(g1.travelTime.value - g1.length.value / 60 * 60) < 1e-9)  // primary: 60 km/h
        #expect(osm.filter(\.closed).count == 2)
        let oneWay = osm.filter(\.oneWay)
        #expect(oneWay.count == 2)
        #expect(oneWay.contains { $0.from == "osm3" && $0.to == "osm5" })
        #expect(oneWay.contains { $0.from == "osm5" && $0.to == "osm7" })  // oneway=-1: against the way
        #expect(outcome.snaps.map(\.kilometres).allSatisfy { $0 < 1e-9 })
        // The fixture network has no vehicle types; nothing about roads or junctions may be wrong.
        #expect(outcome.network.validate().filter { $0.isError && $0.description.contains("vehicleTypes") == false }.isEmpty)
    }

    @Test("travel over the imported roads respects one-way streets")
    func travel() throws {
        let network = try OSMImport.run(path: Self.extract, network: TravelMatrixReaderTests.network()).network
        let travel = TravelModel(network: network)
        let there = try #require(travel.leg(from: .village(1), to: .depot(0)))  // V2 → D1 on the one-way primary
        let back = try #require(travel.leg(from: .depot(0), to: .village(1)))   // D1 → V2 only on the track
        let primary = Self.km((108.6, 33.5), (108.65, 33.5)) + Self.km((108.65, 33.5), (108.7, 33.5))
        let track = Self.km((108.7, 33.5), (108.65, 33.52)) + Self.km((108.65, 33.52), (108.6, 33.5))
        #expect(abs(there.time.value - primary) < 1e-9)       // 60 km/h: a km a minute
        #expect(abs(back.time.value - track / 15 * 60) < 1e-9)
        #expect(travel.leg(from: .depot(0), to: .agency(0)) != nil)
        #expect(travel.leg(from: .agency(0), to: .depot(0)) == nil)  // only closed or one-way roads lead back
    }

    @Test("roads keep the ways' shape nodes; paths, and so routes.geojson and the report map, pass through them")
    func shapes() throws {
        let network = try OSMImport.run(path: Self.extract, network: TravelMatrixReaderTests.network()).network
        let track = try #require(network.roads.first { $0.from == "osm5" && $0.to == "osm3" })
        #expect(track.shape == [Coordinate(x: 108.65, y: 33.52)])  // way 12 via n8, not a junction
        let reversed = try #require(network.roads.first { $0.from == "osm5" && $0.to == "osm7" && !$0.closed })
        #expect(reversed.shape == [Coordinate(x: 108.75, y: 33.53)])  // way 16 (oneway=-1) via n11
        let travel = TravelModel(network: network)
        // D1 → V2 only on the track: D1, its node n5, then n8, n3 and V2.
        let back = travel.path(from: .depot(0), to: .village(1))
        #expect(back.contains(Coordinate(x: 108.65, y: 33.52)), "\(back)")
        #expect(back.first == network.depots[0].location && back.last == network.villages[1].location)
        // V2 → D1 on the one-way primary through n4; driven backwards, G1 passes n2 on the way V2 → V1.
        #expect(travel.path(from: .village(1), to: .depot(0)).contains(Coordinate(x: 108.65, y: 33.5)))
        #expect(travel.path(from: .village(1), to: .village(0)).contains(Coordinate(x: 108.55, y: 33.5)))
        // A route drawn through several legs keeps every shape point.
        let route = travel.path(through: [.depot(0), .village(1), .depot(0)])
        #expect(route.contains(Coordinate(x: 108.65, y: 33.52)) && route.contains(Coordinate(x: 108.65, y: 33.5)))
    }

    @Test("a malformed shape is an error naming the road's field")
    func badShape() {
        var network = TravelMatrixReaderTests.network()
        network.roads = [Road(from: "V1", to: "V2", length: Kilometres(9), travelTime: Minutes(9), shape: [Coordinate(x: 108.55, y: 33.5)])]
        let text = NetworkWriter.json(network).replacingOccurrences(of: "108.55 33.5", with: "108.55")
        let error = inputError { _ = try NetworkReader.loadJSON(text: text, file: "n.json") }
        #expect(error?.description.contains("shape") == true && error?.description.contains("point 1") == true, "\(String(describing: error))")
    }

    @Test("a place too far from every road node is an error naming it")
    func tooFar() {
        var network = TravelMatrixReaderTests.network()
        network.villages[1].location = Coordinate(x: 108.6, y: 33.6)  // 11 km north of the road, 10 km from the track's n8
        var message = ""
        do { _ = try OSMImport.run(path: Self.extract, network: network) } catch { message = "\(error)" }
        #expect(message.contains("V2 is 10.0") && message.contains("--max-snap-km 2"), "\(message)")
        #expect((try? OSMImport.run(path: Self.extract, network: network, maxSnapKm: 12)) != nil)
    }

    @Test("speeds can be overridden by a file; bad XML names the line")
    func speedsAndErrors() throws {
        let folder = try TemporaryFolder()
        let speeds = folder.file("speeds.csv")
        try "highway,kmh\nprimary,30\ntrack,0\n".write(toFile: speeds, atomically: true, encoding: .utf8)
        let table = try HighwaySpeeds.standard.overridden(byFile: speeds)
        #expect(table.kmh("primary") == 30 && table.kmh("track") == nil && table.kmh("service") == 15)
        let outcome = try OSMImport.run(path: Self.extract, network: TravelMatrixReaderTests.network(), speeds: table)
        #expect(outcome.waysSkipped == 2)
        let g1 = try #require(outcome.network.roads.first { $0.name == "G1" })
        #expect(abs(g1.travelTime.value - g1.length.value * 2) < 1e-9)
        let broken = folder.file("broken.osm")
        try "<osm>\n<node id=\"1\" lat=\"33\" lon=\"108\">\n</osm>\n".write(toFile: broken, atomically: true, encoding: .utf8)
        #expect(inputError { _ = try OSMImport.run(path: broken, network: TravelMatrixReaderTests.network()) } != nil)
        try "highway,kmh\nprimary,fast\n".write(toFile: speeds, atomically: true, encoding: .utf8)
        #expect(inputError { _ = try HighwaySpeeds.standard.overridden(byFile: speeds) }?.description.contains("speeds.csv:2") == true)
    }

    @Test("one-way roads and the travelMatrix field survive JSON and CSV")
    func roundTrip() throws {
        var network = try OSMImport.run(path: Self.extract, network: TravelMatrixReaderTests.network()).network
        network.vehicleTypes = [VehicleType(id: "van", name: "Van", capacity: Kilograms(1500), refrigerated: true,
                                            costPerKm: Yuan(2.6), fixedCostPerDay: Yuan(260), count: 2)]
        network.travelMatrix = "osrm.json"
        let fromJSON = try NetworkReader.loadJSON(text: NetworkWriter.json(network)).network
        #expect(fromJSON.roads == network.roads && fromJSON.travelMatrix == "osrm.json")
        #expect(fromJSON.roads.filter(\.oneWay).count == 2)
        #expect(fromJSON.roads.contains { !$0.shape.isEmpty })
        let folder = try TemporaryFolder()
        try NetworkWriter.write(network, to: folder.file("csv"))
        let fromCSV = try NetworkReader.read(path: folder.file("csv"))
        #expect(fromCSV.roads == network.roads && fromCSV.travelMatrix == "osrm.json")
        // Without the new fields, the CSV columns are those of earlier files.
        network.travelMatrix = nil
        network.roads = network.roads.map { var r = $0; r.oneWay = false; r.shape = []; return r }
        let files = NetworkWriter.csvFiles(network)
        #expect(files["roads.csv"]?.hasPrefix("from,to,lengthKm,travelMin,speedKmh,closed,name\n") == true)
        #expect(files["network.csv"]?.contains("travelMatrix") == false)
    }
}
