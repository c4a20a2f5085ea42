import ColdRouteIO
import ColdRouteModel
import ColdRoutePlanning
import ColdRouteReport
import ColdRouteSiting
import Foundation
import Testing

/// `PlanExport`: which files, GeoJSON validity, the route sheet's columns, VROOM's fields, and
/// that our own exported routes evaluate without violations.
@Suite struct PlanExportTests {
    @Test func planarNetworkSkipsGeoJSONWithANote() throws {
        let tiny = try PlannedNetwork.tiny.get()
        #expect(tiny.written.files.map { URL(fileURLWithPath: $0).lastPathComponent }
            == ["plan.json", "summary.md", "routes.csv", "routes-vroom.json"])
        #expect(!FileManager.default.fileExists(atPath: tiny.url("routes.geojson").path))
        #expect(tiny.written.notes.contains { $0.contains("routes.geojson not written") && $0.contains("planar") })
    }

    @Test func lonLatNetworkWritesEveryFile() throws {
        let demo = try PlannedNetwork.demo.get()
        #expect(demo.written.files.count == 5)
        #expect(demo.written.notes.isEmpty)
        for file in demo.written.files { #expect(FileManager.default.fileExists(atPath: file)) }
        let plan = try demo.json("plan.json")
        #expect(plan["status"] as? String == "optimal")
        #expect(plan["pickup"] != nil)
        #expect(try demo.text("summary.md").hasPrefix("# Demo County"))
    }

    @Test func geoJSONRoutesFollowTheRoads() throws {
        let demo = try PlannedNetwork.demo.get()
        #expect(demo.network.usesRoads)
        // Every pair of consecutive positions on a route line is joined by an open road of the network
        // (the line runs through the junctions of each leg, not straight from stop to stop), and the
        // line's road lengths add up to the trip's `distance_km`.
        func key(_ c: Coordinate) -> String { "\(JSONTextKey.rounded(c.x)),\(JSONTextKey.rounded(c.y))" }
        var idAt = [String: String]()
        for place in demo.network.allPlaces { idAt[key(demo.network.location(of: place))] = demo.network.id(of: place) }
        var length = [String: Double]()
        for road in demo.network.roads where !road.closed {
            length[road.from + "|" + road.to] = road.length.value
            length[road.to + "|" + road.from] = road.length.value
        }
        let features = try #require(try demo.json("routes.geojson")["features"] as? [[String: Any]])
        var routes = 0, throughJunctions = 0
        for feature in features {
            guard let properties = feature["properties"] as? [String: Any], properties["kind"] as? String == "route" else { continue }
            routes += 1
            let line = try #require((feature["geometry"] as? [String: Any])?["coordinates"] as? [[Double]])
            let ids = line.map { idAt[key(Coordinate(x: $0[0], y: $0[1]))] ?? "?" }
            throughJunctions += ids.filter { id in demo.network.junctions.contains { $0.id.rawValue == id } }.count
            var km = 0.0
            for (a, b) in zip(ids, ids.dropFirst()) {
                let road = try #require(length[a + "|" + b], "no road \(a) – \(b)")
                km += road
            }
            let reported = try #require(properties["distance_km"] as? NSNumber).doubleValue
            #expect(abs(km - reported) < 0.01, "\(ids)")
        }
        #expect(routes > 0)
        #expect(throughJunctions > 0)
    }

    @Test func geoJSONIsAValidFeatureCollection() throws {
        let demo = try PlannedNetwork.demo.get()
        let root = try demo.json("routes.geojson")
        #expect(root["type"] as? String == "FeatureCollection")
        let features = try #require(root["features"] as? [[String: Any]])
        let places = Dictionary(uniqueKeysWithValues:
            demo.network.villages.map { ($0.id.rawValue, $0.location) } + demo.network.depots.map { ($0.id.rawValue, $0.location) }
                + demo.network.agencies.map { ($0.id.rawValue, $0.location) })
        var kinds = [String: Int]()
        for feature in features {
            #expect(feature["type"] as? String == "Feature")
            let geometry = try #require(feature["geometry"] as? [String: Any])
            let properties = try #require(feature["properties"] as? [String: Any])
            let kind = try #require(properties["kind"] as? String)
            kinds[kind, default: 0] += 1
            func checkPosition(_ p: [Double]) {
                #expect(p.count == 2)
                #expect((-180...180).contains(p[0]) && (-90...90).contains(p[1]))
            }
            if kind == "route" {
                #expect(geometry["type"] as? String == "LineString")
                let line = try #require(geometry["coordinates"] as? [[Double]])
                #expect(line.count >= 3)
                line.forEach(checkPosition)
                let depot = try #require(places[properties["depot"] as? String ?? ""])
                #expect(line.first == [depot.x, depot.y] && line.last == [depot.x, depot.y])   // [lon, lat]
                for key in ["vehicle", "trip", "trips", "vehicle_type", "refrigerated", "distance_km", "load_kg", "products_kg", "stops"] {
                    #expect(properties[key] != nil, "\(key)")
                }
                let products = try #require(properties["products_kg"] as? [String: NSNumber])
                let load = try #require(properties["load_kg"] as? NSNumber)
                #expect(abs(products.values.reduce(0) { $0 + $1.doubleValue } - load.doubleValue) < 0.01)
            } else {
                #expect(geometry["type"] as? String == "Point")
                let p = try #require(geometry["coordinates"] as? [Double])
                checkPosition(p)
                let place = try #require(places[properties["id"] as? String ?? ""])
                #expect(abs(p[0] - place.x) < 1e-6 && abs(p[1] - place.y) < 1e-6, "lon first, then lat")
            }
            if kind == "village" {
                let covered = try #require(properties["covered"] as? Bool)
                #expect(properties["supply_kg"] is Double || properties["supply_kg"] is Int)
                #expect(properties["low_income_households"] != nil)
                #expect(covered == (properties["uncovered_reason"] == nil))
            }
            if kind == "depot" {
                #expect(["existing", "candidate"].contains(properties["status"] as? String ?? ""))
                #expect(properties["open"] is Bool && properties["capacity_kg"] != nil && properties["load_kg"] != nil)
            }
            if kind == "agency" { #expect(properties["cutoff"] as? String != nil) }
        }
        #expect(kinds["village"] == demo.network.villages.count)
        #expect(kinds["depot"] == demo.network.depots.count)
        #expect(kinds["agency"] == demo.network.agencies.count)
        #expect(kinds["route"] == demo.pickup.routes.reduce(0) { $0 + $1.tripList.count })   // one line per trip
    }

    @Test func routeSheetHasExactlyTheDocumentedColumns() throws {
        let demo = try PlannedNetwork.demo.get()
        let lines = try demo.text("routes.csv").split(separator: "\n").map(String.init)
        #expect(lines.first == "vehicle,depot,vehicle_type,refrigerated,trip,sequence,stop_id,stop_name,split,arrival,departure,load_kg,kilograms,"
            + "kg_mulberry,kg_shiitake,kg_peach,kg_kiwi,produce_age_min,shelf_life_min")
        let stops = demo.pickup.routes.reduce(0) { $0 + $1.stops.count }
        let trips = demo.pickup.routes.reduce(0) { $0 + $1.tripList.count }
        #expect(lines.count == 1 + stops + 2 * trips)
        let first = demo.pickup.routes[0], firstTrip = first.stops(ofTrip: 1).count
        #expect(lines[1].hasPrefix("\(first.vehicle),\(first.depot),\(first.vehicleType),\(first.refrigerated),1,0,\(first.depot),"))
        #expect(lines[1 + firstTrip + 1].contains(",1,\(firstTrip + 1),\(first.depot),"))
        #expect(lines[1 + firstTrip + 1].contains(first.tripList[0].end.clockString))
    }

    @Test func vroomSolutionHasTheFieldsAndAddsUp() throws {
        let demo = try PlannedNetwork.demo.get()
        let root = try demo.json("routes-vroom.json")
        #expect(root["code"] as? Int == 0)
        let summary = try #require(root["summary"] as? [String: Any])
        let routes = try #require(root["routes"] as? [[String: Any]])
        let unassigned = try #require(root["unassigned"] as? [[String: Any]])
        #expect(summary["routes"] as? Int == routes.count)
        #expect(summary["unassigned"] as? Int == unassigned.count)
        for key in ["cost", "delivery", "pickup", "service", "duration", "waiting_time", "distance", "computing_times"] {
            #expect(summary[key] != nil, "summary.\(key)")
        }
        #expect(summary["distance"] as? Int == routes.reduce(0) { $0 + ($1["distance"] as? Int ?? 0) })
        #expect((summary["pickup"] as? [Int])?.first == routes.reduce(0) { $0 + (($1["pickup"] as? [Int])?.first ?? 0) })
        for entry in unassigned {
            #expect(entry["type"] as? String == "job")
            #expect(entry["id"] is Int && (entry["location"] as? [Double])?.count == 2 && entry["reason"] is String)
        }
        for route in routes {
            for key in ["vehicle", "cost", "delivery", "pickup", "service", "duration", "waiting_time", "distance"] {
                #expect(route[key] != nil, "route.\(key)")
            }
            let steps = try #require(route["steps"] as? [[String: Any]])
            #expect(steps.first?["type"] as? String == "start")
            #expect(steps.last?["type"] as? String == "end")
            #expect(steps.dropFirst().dropLast().allSatisfy {
                ($0["type"] as? String == "job" || $0["type"] as? String == "break") && $0["id"] is Int && $0["description"] is String
            })
            let arrivals = steps.compactMap { $0["arrival"] as? Int }
            #expect(arrivals.count == steps.count && arrivals == arrivals.sorted())
            #expect(steps.allSatisfy { ($0["location"] as? [Double])?.count == 2 && $0["load"] is [Int] && $0["duration"] is Int })
            #expect(steps.last?["duration"] as? Int == route["duration"] as? Int)
            #expect(steps.last?["distance"] as? Int == route["distance"] as? Int)
            // VROOM's identity: arrival at the end = start + travel + service + waiting.
            let start = arrivals.first!, end = arrivals.last!
            let total = (route["duration"] as! Int) + (route["service"] as! Int) + (route["waiting_time"] as! Int)
            #expect(abs(end - start - total) <= steps.count)
        }
    }

    @Test(arguments: ["routes.csv", "routes-vroom.json"])
    func ownTinyRoutesEvaluateClean(file: String) throws {
        let tiny = try PlannedNetwork.tiny.get()
        let evaluation = try tiny.evaluate(file)
        #expect(evaluation.violations.isEmpty, "\(evaluation.violations)")
        #expect(evaluation.routes == tiny.pickup.routes.count)
        #expect(abs(evaluation.coverage.supplyCovered.value - tiny.pickup.collected.value) < 0.01)
        #expect(abs(evaluation.distance.value - tiny.pickup.vehicleKilometres.value) < 0.01)
    }

    @Test(arguments: ["routes.csv", "routes-vroom.json"])
    func ownDemoRoutesEvaluateClean(file: String) throws {
        let demo = try PlannedNetwork.demo.get()
        let evaluation = try demo.evaluate(file)
        #expect(evaluation.violations.isEmpty, "\(evaluation.violations.map(\.description))")
        #expect(abs(evaluation.coverage.supplyCollected.value - demo.pickup.collected.value) < 1)
        #expect(abs(evaluation.cost.vehicleFixed.value - demo.pickup.cost.vehicleFixed.value) < 1e-6)
        #expect(abs(evaluation.cost.distance.value - demo.pickup.cost.distance.value) < 0.01 * demo.pickup.cost.distance.value)
    }

    @Test func aFailedWriteLeavesTheFolderAsItWas() throws {
        let tiny = try PlannedNetwork.tiny.get()
        let directory = PlannedNetwork.temporaryDirectory()
        _ = try PlanExport.write(network: tiny.network, siting: tiny.siting, pickup: tiny.pickup, to: directory.path)
        let before = try folderContents(directory)
        // A file name longer than any file system allows: the write fails after the others were staged.
        let unwritable = (name: String(repeating: "x", count: 300), data: Data("x".utf8))
        #expect(throws: PlanExportError.self) {
            try PlanExport.export(network: tiny.network, siting: tiny.siting, pickup: nil, to: directory.path, extraFiles: [unwritable])
        }
        #expect(try folderContents(directory) == before)
        let parent = directory.deletingLastPathComponent()
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: parent.path).filter { $0.contains("coldroute-stage") }
        #expect(leftovers.isEmpty, "staging folders left: \(leftovers)")
    }

    @Test func filesOfAnEarlierPlanThatTheNewOneDoesNotWriteAreRemoved() throws {
        let tiny = try PlannedNetwork.tiny.get()
        let directory = PlannedNetwork.temporaryDirectory()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // Another (lon/lat) network's plan left a map layer; the user keeps notes in the folder.
        try Data("{}".utf8).write(to: directory.appendingPathComponent(PlanExport.geoJSONFile))
        try Data("mine".utf8).write(to: directory.appendingPathComponent("notes.txt"))
        _ = try PlanExport.write(network: tiny.network, siting: tiny.siting, pickup: tiny.pickup, to: directory.path)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(!names.contains(PlanExport.geoJSONFile))
        #expect(names.contains("notes.txt") && names.contains(PlanExport.planFile))
        #expect(try String(contentsOf: directory.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine")
    }

    private func folderContents(_ directory: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) {
            out[name] = try Data(contentsOf: directory.appendingPathComponent(name))
        }
        return out
    }
}

/// Rounds a coordinate as the GeoJSON writer does (6 decimals), for matching positions to places.
private enum JSONTextKey {
    static func rounded(_ v: Double) -> String { String(format: "%.6f", v) }
}
