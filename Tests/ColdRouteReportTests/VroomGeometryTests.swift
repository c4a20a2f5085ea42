import ColdRouteModel
import ColdRoutePlanning
import Foundation
import Testing
@testable import ColdRouteReport

/// The VROOM file's `geometry` (an encoded polyline of each route's roads, as `vroom -g` writes)
/// and `location_index` (the place's row of an imported travel matrix).
@Suite struct VroomGeometryTests {
    typealias Value = JSONSchemaValidator.Value

    /// Decodes an encoded polyline (precision 5) to (lat, lon) pairs: the inverse of the format,
    /// written apart from the encoder.
    static func decode(_ text: String) -> [(lat: Double, lon: Double)] {
        var values: [Int] = [], value = 0, shift = 0
        for c in text.unicodeScalars {
            let chunk = Int(c.value) - 63
            value |= (chunk & 0x1F) << shift
            shift += 5
            if chunk < 0x20 {
                values.append(value & 1 == 1 ? ~(value >> 1) : value >> 1)
                value = 0
                shift = 0
            }
        }
        var out: [(Double, Double)] = [], lat = 0, lon = 0
        for k in stride(from: 0, to: values.count - 1, by: 2) {
            lat += values[k]
            lon += values[k + 1]
            out.append((Double(lat) / 1e5, Double(lon) / 1e5))
        }
        return out
    }

    @Test func thePublishedExampleEncodes() {
        let points = [Coordinate(x: -120.2, y: 38.5), Coordinate(x: -120.95, y: 40.7), Coordinate(x: -126.453, y: 43.252)]
        #expect(EncodedPolyline.encode(points) == "_p~iF~ps|U_ulLnnqC_mqNvxq`@")
        let back = Self.decode(EncodedPolyline.encode(points))
        #expect(back.count == 3 && abs(back[2].lat - 43.252) < 1e-9 && abs(back[2].lon + 126.453) < 1e-9)
    }

    @Test func routesOnRoadsCarryTheirPath() throws {
        let demo = try PlannedNetwork.demo.get()
        let file = try Value.parse(Data(contentsOf: demo.url(PlanExport.vroomFile)))
        guard case .array(let routes)? = file["routes"] else { Issue.record("no routes"); return }
        #expect(routes.count == demo.pickup.routes.count && !routes.isEmpty)
        for (route, planned) in zip(routes, demo.pickup.routes) {
            guard case .string(let geometry)? = route["geometry"] else { Issue.record("no geometry on \(planned.vehicle)"); continue }
            let points = Self.decode(geometry)
            let depot = try #require(demo.network.depots.first { $0.id == planned.depot }).location
            // Starts and ends at the depot, passes every stop, and follows roads (more points than stops).
            #expect(abs(points.first!.lat - depot.y) < 1e-5 && abs(points.first!.lon - depot.x) < 1e-5)
            #expect(abs(points.last!.lat - depot.y) < 1e-5 && abs(points.last!.lon - depot.x) < 1e-5)
            for stop in planned.stops {
                let at = try #require(demo.network.villages.first { $0.id == stop.village }).location
                #expect(points.contains { abs($0.lat - at.y) < 1e-5 && abs($0.lon - at.x) < 1e-5 }, "\(planned.vehicle) misses \(stop.village)")
            }
            #expect(points.count > planned.stops.count + planned.tripList.count)
        }
        #expect(file["routes"].map { "\($0)" }?.contains("location_index") == false)
    }

    @Test func aPlanarNetworkHasNoGeometry() throws {
        let tiny = try PlannedNetwork.tiny.get()
        let text = try tiny.text(PlanExport.vroomFile)
        #expect(!text.contains("\"geometry\"") && !text.contains("location_index"))
    }

    @Test func stepsNameTheirRowOfAnImportedMatrix() throws {
        let tiny = try PlannedNetwork.tiny.get()
        let places = tiny.network.villages.map { ($0.id.rawValue, $0.location) } + tiny.network.depots.map { ($0.id.rawValue, $0.location) }
            + tiny.network.agencies.map { ($0.id.rawValue, $0.location) }
        let ordered = places.reversed().map { $0 }  // rows in another order than the network's
        let minutes = ordered.flatMap { a in ordered.map { b in a.1.distance(to: b.1, in: tiny.network.coordinateSystem).value } }
        let matrix = ImportedMatrix(ids: ordered.map(\.0), minutes: minutes, kilometres: nil, source: "test")
        let travel = try TravelModel(network: tiny.network, matrix: matrix)
        let json = VroomSolutionWriter.json(network: tiny.network, travel: travel, siting: tiny.siting, pickup: tiny.pickup)
        let file = try Value.parse(Data(json.utf8))
        #expect(try JSONSchemaValidator(schema: Data(contentsOf: VroomSchemaTests.schemaURL)).errors(file).isEmpty)
        guard case .array(let routes)? = file["routes"] else { Issue.record("no routes"); return }
        var checked = 0
        for route in routes {
            guard case .array(let steps)? = route["steps"] else { continue }
            for step in steps {
                guard case .string(let id)? = step["description"], let row = matrix.ids.firstIndex(of: id) else { continue }
                #expect(step["location_index"] == .integer(row), "\(id)")
                checked += 1
            }
        }
        #expect(checked >= tiny.pickup.routes.count * 2)
    }
}
