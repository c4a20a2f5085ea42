import ColdRouteIO
import ColdRouteModel
import ColdRoutePlanning
import ColdRouteReport
import Foundation
import Testing

/// `routes-vroom.json` against `docs/vroom-output.schema.json` (written from VROOM's `docs/API.md`,
/// "Output"), the rules a schema cannot state (ids of `unassigned` disjoint from the routes'),
/// violations, and `--bom` for `routes.csv`.
@Suite struct VroomSchemaTests {
    typealias Value = JSONSchemaValidator.Value
    static let schemaURL = PlannedNetwork.repository.appendingPathComponent("docs/vroom-output.schema.json")

    func validator() throws -> JSONSchemaValidator { try JSONSchemaValidator(schema: Data(contentsOf: Self.schemaURL)) }

    @Test(arguments: ["tiny", "demo"])
    func ourFilePassesTheSchema(network: String) throws {
        let planned = try (network == "tiny" ? PlannedNetwork.tiny : PlannedNetwork.demo).get()
        let file = try Value.parse(Data(contentsOf: planned.url(PlanExport.vroomFile)))
        let errors = try validator().errors(file)
        #expect(errors.isEmpty, "\(errors.prefix(10))")
    }

    @Test func theSchemaRejectsWhatTheAPIRequires() throws {
        let demo = try PlannedNetwork.demo.get()
        let file = try Value.parse(Data(contentsOf: demo.url(PlanExport.vroomFile)))
        let v = try validator()
        // Each removal breaks one rule of the API: the schema (and the validator) must see it.
        for (path, key) in [(["summary"], "violations"), (["routes", "0"], "violations"), (["routes", "0", "steps", "0"], "service"),
                            (["routes", "0", "steps", "0"], "waiting_time"), (["routes", "0", "steps", "1"], "violations"),
                            (["routes", "0", "steps", "1"], "id"), ([], "summary")]
        {
            let broken = Self.removing(key, at: path, in: file)
            #expect(broken != file, "\(path) \(key) not found")
            #expect(!v.errors(broken).isEmpty, "removing \(path).\(key) still passes")
        }
        // An id on a start step and an unknown violation cause are errors too.
        let startWithID = Self.setting("id", to: .integer(1), at: ["routes", "0", "steps", "0"], in: file)
        #expect(!v.errors(startWithID).isEmpty)
        let badCause = Self.setting("violations", to: .array([.object(["cause": .string("late")])]), at: ["summary"], in: file)
        #expect(!v.errors(badCause).isEmpty)
    }

    @Test func unassignedIsDisjointFromTheRoutes() throws {
        let demo = try PlannedNetwork.demo.get()
        // Leave one village's load uncollected, still on its route: it must not share the job's id.
        var pickup = demo.pickup
        let r = try #require(pickup.routes.firstIndex { !$0.stops.isEmpty })
        let stop = pickup.routes[r].stops[0]
        let rest = #"{"village": "\#(stop.village.rawValue)", "depot": "\#(pickup.routes[r].depot.rawValue)", "kilograms": 10, "reason": "a rest left behind"}"#
        pickup.unserved.append(try JSONDecoder().decode(PickupPlan.Unserved.self, from: Data(rest.utf8)))
        let directory = PlannedNetwork.temporaryDirectory()
        _ = try PlanExport.export(network: demo.network, siting: demo.siting, pickup: pickup, to: directory.path)
        let file = try Value.parse(Data(contentsOf: directory.appendingPathComponent(PlanExport.vroomFile)))
        #expect(try validator().errors(file).isEmpty)
        guard case .array(let routes)? = file["routes"], case .array(let unassigned)? = file["unassigned"] else {
            Issue.record("no routes or unassigned")
            return
        }
        var routed = Set<Int>()
        for route in routes {
            guard case .array(let steps)? = route["steps"] else { continue }
            for step in steps where step["type"] == .string("job") { if case .integer(let id)? = step["id"] { routed.insert(id) } }
        }
        let left = unassigned.compactMap { entry -> Int? in if case .integer(let id)? = entry["id"] { return id } else { return nil } }
        #expect(!left.isEmpty && unassigned.contains { $0["description"] == .string(stop.village.rawValue) })
        #expect(routed.isDisjoint(with: left), "shared ids: \(routed.intersection(left))")
        #expect(Set(left).count == left.count)
    }

    @Test func aLateStopIsReportedAsADelayOnStepRouteAndSummary() throws {
        let tiny = try PlannedNetwork.tiny.get()
        // The plan as it is, against a network whose window at the first stop closes 10 min earlier.
        let pickup = tiny.pickup
        let r = try #require(pickup.routes.firstIndex { !$0.stops.isEmpty })
        var network = tiny.network
        let v = try #require(network.villages.firstIndex { $0.id == pickup.routes[r].stops[0].village })
        network.villages[v].pickupEnd = pickup.routes[r].stops[0].serviceStart - Minutes(10)
        let directory = PlannedNetwork.temporaryDirectory()
        _ = try PlanExport.export(network: network, siting: tiny.siting, pickup: pickup, to: directory.path)
        let file = try Value.parse(Data(contentsOf: directory.appendingPathComponent(PlanExport.vroomFile)))
        let errors = try validator().errors(file)
        #expect(errors.isEmpty, "\(errors)")
        let delay: Value = .array([.object(["cause": .string("delay"), "duration": .integer(600)])])
        guard case .array(let routes)? = file["routes"], case .array(let steps)? = routes[r]["steps"] else {
            Issue.record("no routes")
            return
        }
        #expect(steps[1]["violations"] == delay)
        #expect(routes[r]["violations"] == delay)
        #expect(file["summary"]?["violations"] == delay)
        #expect(tiny.pickup.routes.count == routes.count)
        // The plan as planned has none anywhere.
        let clean = try Value.parse(Data(contentsOf: tiny.url(PlanExport.vroomFile)))
        #expect(clean["summary"]?["violations"] == .array([]))
    }

    @Test func byteOrderMarkOnRequestAndReadBack() throws {
        let tiny = try PlannedNetwork.tiny.get()
        let directory = PlannedNetwork.temporaryDirectory()
        _ = try PlanExport.export(network: tiny.network, siting: tiny.siting, pickup: tiny.pickup, to: directory.path, byteOrderMark: true)
        let url = directory.appendingPathComponent(PlanExport.routeSheetFile)
        let bytes = try [UInt8](Data(contentsOf: url))
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(try [UInt8](Data(contentsOf: tiny.url(PlanExport.routeSheetFile))).first != 0xEF)
        let sheet = try RouteSheetReader.read(path: url.path, network: tiny.network)
        #expect(sheet.routes.count == tiny.pickup.routes.count)
        #expect(sheet.routes.flatMap(\.stops).map(\.village) == tiny.pickup.routes.flatMap(\.stops).map(\.village))
    }

    @Test func aVroomWrittenSolutionPassesTheSchemaAndReads() throws {
        // In VROOM's own shape (no ColdRoute extras), as `vroom` writes it for a custom matrix.
        let tiny = try PlannedNetwork.tiny.get()
        let json = """
            {"code": 0,
             "summary": {"cost": 2768, "routes": 1, "unassigned": 0, "delivery": [0], "amount": [0], "pickup": [400],
                         "setup": 0, "service": 0, "duration": 2768, "waiting_time": 0, "priority": 0, "violations": [],
                         "computing_times": {"loading": 3, "solving": 1, "routing": 0}},
             "unassigned": [],
             "routes": [{"vehicle": 1, "cost": 2768, "delivery": [0], "amount": [0], "pickup": [400], "setup": 0,
                         "service": 0, "duration": 2768, "waiting_time": 0, "priority": 0, "violations": [],
                         "steps": [
               {"type": "start", "location": [0, 0], "setup": 0, "service": 0, "waiting_time": 0, "load": [0],
                "arrival": 20400, "duration": 0, "violations": []},
               {"type": "job", "location": [0, 20], "id": 2, "setup": 0, "service": 0, "waiting_time": 0, "job": 2,
                "load": [200], "arrival": 21600, "duration": 1200, "violations": []},
               {"type": "job", "location": [8, 6], "id": 1, "setup": 0, "service": 0, "waiting_time": 0, "job": 1,
                "load": [400], "arrival": 22568, "duration": 2168, "violations": []},
               {"type": "end", "location": [0, 0], "setup": 0, "service": 0, "waiting_time": 0, "load": [400],
                "arrival": 23168, "duration": 2768, "violations": []}]}]}
            """
        #expect(try validator().errors(Value.parse(Data(json.utf8))).isEmpty)
        let sheet = try RouteSheetReader.read(bytes: Array(json.utf8), file: "vroom-out.json", network: tiny.network)
        #expect(sheet.routes.first?.stops.map(\.village) == ["V2", "V1"])
    }

    static func removing(_ key: String, at path: [String], in value: Value) -> Value {
        edit(at: path[...], in: value) { if case .object(var o) = $0 { o[key] = nil; $0 = .object(o) } }
    }

    static func setting(_ key: String, to new: Value, at path: [String], in value: Value) -> Value {
        edit(at: path[...], in: value) { if case .object(var o) = $0 { o[key] = new; $0 = .object(o) } }
    }

    private static func edit(at path: ArraySlice<String>, in value: Value, _ change: (inout Value) -> Void) -> Value {
        var value = value
        guard let head = path.first else { change(&value); return value }
        switch value {
        case .object(var o): o[head] = o[head].map { edit(at: path.dropFirst(), in: $0, change) }; value = .object(o)
        case .array(var a): if let i = Int(head), a.indices.contains(i) { a[i] = edit(at: path.dropFirst(), in: a[i], change) }; value = .array(a)
        default: break
        }
        return value
    }
}
