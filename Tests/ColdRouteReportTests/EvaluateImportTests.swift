import ColdRouteIO
import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Foundation
import Testing

/// Reading route sheets and VROOM solutions back, and the evaluator on hand-broken plans of the
/// tiny network (1 km = 1 min; berries keep 30 min on the ambient truck, 1000 kg).
@Suite struct EvaluateImportTests {
    static let header = "vehicle,depot,vehicle_type,refrigerated,sequence,stop_id,stop_name,arrival,departure,load_kg,kilograms,produce_age_min,shelf_life_min\n"

    func evaluate(_ csv: String) throws -> [PlanViolation] {
        let tiny = try PlannedNetwork.tiny.get()
        let sheet = try RouteSheetReader.read(bytes: Array((Self.header + csv).utf8), file: "hand.csv", network: tiny.network)
        let plan = PickupPlan(schedules: sheet.routes.map(PlannedNetwork.schedule), network: tiny.network, travel: tiny.travel)
        return PickupPlanChecker.evaluate(plan, network: tiny.network, travel: tiny.travel, timeTolerance: sheet.timeResolution).violations
    }

    @Test func reorderedStopsBreakShelfLifeAtTheFirstVillage() throws {
        // D0 → V1 (10 min) → V2 (16.1 min) → D0 (20 min): V1's berries ride 37 min.
        let found = try evaluate("""
            T,D0,truck,,0,D0,,,05:50,,,,
            T,D0,truck,,1,V1,,06:00,06:00,,200,,
            T,D0,truck,,2,V2,,06:17,06:17,,200,,
            T,D0,truck,,3,D0,,06:37,,,,,
            """)
        #expect(found.count == 1)
        #expect(found.first?.kind == .shelfLife && found.first?.stop == 1 && found.first?.place == "V1")
    }

    @Test func overloadIsReportedAtTheStopThatOverloads() throws {
        let found = try evaluate("""
            T,D0,truck,,0,D0,,,05:40,,,,
            T,D0,truck,,1,V2,,06:00,06:00,,900,,
            T,D0,truck,,2,V1,,06:16,06:16,,200,,
            T,D0,truck,,3,D0,,06:26,,,,,
            """)
        #expect(found.contains { $0.kind == .capacity && $0.stop == 2 && $0.place == "V1" })
        #expect(found.contains { $0.kind == .supply && $0.place == "V2" })
        #expect(found.contains { $0.kind == .capacity && $0.place == "D0" && $0.stop == 3 })   // 1100 kg into a 1000 kg/day store
    }

    @Test func lateLoadingBreaksThePickupWindow() throws {
        let found = try evaluate("""
            T,D0,truck,,0,D0,,,18:20,,,,
            T,D0,truck,,1,V1,,18:30,18:30,,200,,
            T,D0,truck,,2,D0,,18:40,,,,,
            """)
        #expect(found.map(\.kind) == [.pickupWindow])
        #expect(found.first?.stop == 1)
    }

    @Test func teleportingAndTooManyTrucksAreCaught() throws {
        var rows = ""
        for n in 1...4 { rows += "T\(n),D0,truck,,0,D0,,,05:50,,,,\nT\(n),D0,truck,,1,V1,,06:00,06:00,,50,,\nT\(n),D0,truck,,2,D0,,06:05,,,,,\n" }
        let found = try evaluate(rows)
        #expect(found.filter { $0.kind == .travelTime && $0.stop == 2 }.count == 4)
        #expect(found.contains { $0.kind == .fleetSize && $0.description.contains("4 routes, only 3 vehicles") })
    }

    @Test func unknownVillageIsBadInputWithTheLine() throws {
        let tiny = try PlannedNetwork.tiny.get()
        let csv = Self.header + "T,D0,truck,,0,D0,,,05:50,,,,\nT,D0,truck,,1,V9,,06:00,06:00,,50,,\nT,D0,truck,,2,D0,,06:30,,,,,\n"
        #expect {
            try RouteSheetReader.read(bytes: Array(csv.utf8), file: "hand.csv", network: tiny.network)
        } throws: { error in
            "\(error)".hasPrefix("hand.csv:3: stop_id: unknown village 'V9'")
        }
    }

    @Test func vroomJobsMapByDescriptionThenByIndex() throws {
        let tiny = try PlannedNetwork.tiny.get()
        let json = """
            {"code": 0, "routes": [{"vehicle": 1, "steps": [
              {"type": "start", "location": [0, 0], "arrival": 20400},
              {"type": "job", "id": 2, "arrival": 21600, "service": 0, "load": [200]},
              {"type": "job", "description": "V1", "id": 99, "arrival": 22568, "load": [400]},
              {"type": "end", "arrival": 23170, "load": [400]}]}]}
            """
        let sheet = try RouteSheetReader.read(bytes: Array(json.utf8), file: "plan-vroom.json", network: tiny.network)
        #expect(sheet.format == .vroom)
        let route = try #require(sheet.routes.first)
        #expect(route.depot == "D0" && route.vehicleType == "truck")   // from the start location; the only type
        #expect(route.stops.map(\.village) == ["V2", "V1"])
        #expect(route.stops.map(\.kilograms.value) == [200, 200])
        #expect(route.start.value == 340 && abs(route.end.value - 23170.0 / 60) < 1e-9)
        let plan = PickupPlan(schedules: sheet.routes.map(PlannedNetwork.schedule), network: tiny.network, travel: tiny.travel)
        #expect(PickupPlanChecker.evaluate(plan, network: tiny.network, travel: tiny.travel, timeTolerance: sheet.timeResolution).violations.isEmpty)
    }

    @Test func vroomProblemsNameTheJSONPath() throws {
        let tiny = try PlannedNetwork.tiny.get()
        let json = """
            {"routes": [{"depot": "D0", "steps": [
              {"type": "start", "arrival": 21000},
              {"type": "job", "description": "nowhere", "arrival": 21600, "kilograms": 5},
              {"type": "end", "arrival": 23160}]}]}
            """
        #expect {
            try RouteSheetReader.read(bytes: Array(json.utf8), file: "x.json", network: tiny.network)
        } throws: { error in
            "\(error)".hasPrefix("x.json: routes[0].steps[1] (line 3): which village?")
        }
    }

    @Test func sitingCheckerStillReportsTheSameForPlans() throws {
        let tiny = try PlannedNetwork.tiny.get()
        #expect(PickupPlanChecker.check(tiny.pickup, network: tiny.network, travel: tiny.travel, siting: tiny.siting).isEmpty)
        var heavy = tiny.pickup
        let i = heavy.routes.firstIndex { $0.depot == "D0" }!
        heavy.routes[i].stops[0].kilograms = Kilograms(900)
        heavy.routes[i].stops[0].products = [PickupPlan.ProductLoad(product: "berry", kilograms: Kilograms(900))]
        heavy.routes[i].stops[0].load = Kilograms(900)
        heavy.routes[i].stops[1].load = Kilograms(1100)
        heavy.routes[i].trips[0].load = Kilograms(1100)
        heavy.routes[i].load = Kilograms(1100)
        let found = PickupPlanChecker.check(heavy, network: tiny.network, travel: tiny.travel, siting: tiny.siting)
        #expect(found == ["route \(heavy.routes[i].vehicle): loading 200 kg at V1 brings the load to 1100 kg, over the 1000 kg capacity",
                          "V2 → D0: collected 900.0 + unserved 0.0 ≠ assigned 200.0 kg",
                          "V2 → D0: 900.0 kg of berry collected, the siting plan sends 200.0 kg"])
    }
}
