import Foundation
import Testing

/// `evaluate NETWORK --routes FILE` end to end: our own output is clean; hand-broken plans are
/// caught with the stop named (exit 4); bad files are bad input (exit 1).
@Suite struct EvaluateCommandTests {
    static let header = "vehicle,depot,vehicle_type,refrigerated,sequence,stop_id,stop_name,arrival,departure,load_kg,kilograms,produce_age_min,shelf_life_min\n"

    func planned(_ network: String) throws -> URL {
        let dir = try CLIRunner.temporaryDirectory()
        let result = try CLIRunner.run(["plan", network, "--quiet", "--route-time", "3", "--out", dir.path])
        #expect(result.status == 0, "\(result.stderr)")
        return dir
    }

    func write(_ text: String, _ name: String) throws -> String {
        let url = try CLIRunner.temporaryDirectory().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test(arguments: ["networks/tiny.json", "networks/demo-county.json"])
    func ownOutputHasNoViolations(network: String) throws {
        let dir = try planned(network)
        for name in ["routes.csv", "routes-vroom.json"] {
            let result = try CLIRunner.run(["evaluate", network, "--routes", dir.appendingPathComponent(name).path])
            #expect(result.status == 0, "\(name): \(result.stdout)\(result.stderr)")
            #expect(result.stdout.contains("No violations"))
            #expect(result.stdout.contains("Coverage (collected within shelf life)"))
            #expect(result.stdout.contains("vehicle fixed") && result.stdout.contains("driver time"))
        }
        if network.contains("demo") {
            let geo = try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("routes.geojson"))) as? [String: Any]
            #expect(geo?["type"] as? String == "FeatureCollection")
        }
    }

    @Test func reorderedStopsAreCaughtWithTheStop() throws {
        let path = try write(Self.header + """
            T,D0,truck,,0,D0,,,05:50,,,,
            T,D0,truck,,1,V1,,06:00,06:00,,200,,
            T,D0,truck,,2,V2,,06:17,06:17,,200,,
            T,D0,truck,,3,D0,,06:37,,,,,
            """, "reordered.csv")
        let result = try CLIRunner.run(["evaluate", "networks/tiny.json", "--routes", path])
        #expect(result.status == 4)
        #expect(result.stdout.contains("\(path):3: route T, stop 1 (V1): shelf life: berry from V1 (stop 1) arrives 37 min after pickup, shelf life 30 min"))
    }

    @Test func overloadAndLateWindowAreAllListed() throws {
        let path = try write(Self.header + """
            A,D0,truck,,0,D0,,,05:40,,,,
            A,D0,truck,,1,V2,,06:00,06:00,,900,,
            A,D0,truck,,2,V1,,06:16,06:16,,200,,
            A,D0,truck,,3,D0,,06:26,,,,,
            B,D1,truck,,0,D1,,,18:20,,,,
            B,D1,truck,,1,V3,,18:30,18:30,,400,,
            B,D1,truck,,2,D1,,18:40,,,,,
            """, "broken.csv")
        let result = try CLIRunner.run(["evaluate", "networks/tiny.json", "--routes", path])
        #expect(result.status == 4)
        #expect(result.stdout.contains("\(path):4: route A, stop 2 (V1): capacity:"))
        #expect(result.stdout.contains("route B, stop 1 (V3): pickup window: loads at V3 at 18:30, outside its window"))
        #expect(result.stdout.contains("supply:"))
    }

    @Test func brokenVroomSolutionNamesTheStep() throws {
        let dir = try planned("networks/tiny.json")
        var root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: dir.appendingPathComponent("routes-vroom.json"))) as? [String: Any])
        var routes = try #require(root["routes"] as? [[String: Any]])
        var steps = try #require(routes[0]["steps"] as? [[String: Any]])
        steps[1]["kilograms"] = 5000
        routes[0]["steps"] = steps
        root["routes"] = routes
        let path = try write(String(decoding: try JSONSerialization.data(withJSONObject: root), as: UTF8.self), "broken-vroom.json")
        let result = try CLIRunner.run(["evaluate", "networks/tiny.json", "--routes", path])
        #expect(result.status == 4)
        #expect(result.stdout.contains("routes[0].steps[1]") && result.stdout.contains("capacity:"))
    }

    @Test func unknownIdsAreBadInput() throws {
        let path = try write(Self.header + "T,D9,truck,,0,D9,,,05:50,,,,\nT,D9,truck,,1,V1,,06:00,06:00,,50,,\nT,D9,truck,,2,D9,,06:30,,,,,\n", "unknown.csv")
        let result = try CLIRunner.run(["evaluate", "networks/tiny.json", "--routes", path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: \(path):2: depot: unknown depot 'D9'"))
    }

    @Test func helpDocumentsTheExitCodes() throws {
        let result = try CLIRunner.run(["evaluate", "--help"])
        #expect(result.stdout.contains("4 violations found"))
    }
}
