import ColdRouteIO
import ColdRouteModel
import ColdRoutePlanning
import ColdRouteReport
import ColdRouteSiting
import Foundation
import Testing

/// Route sheets with one row per visit and the products on board, and vehicles driving several
/// trips a day: written, read back and checked.
@Suite struct VisitsAndTripsTests {
    // MARK: - Visits with products

    @Test func demoRouteSheetHasOneRowPerVisitWithItsProducts() throws {
        let demo = try PlannedNetwork.demo.get()
        let sheet = try RouteSheetReader.read(path: demo.url(PlanExport.routeSheetFile).path, network: demo.network)
        let rows = try demo.text(PlanExport.routeSheetFile).split(separator: "\n").count - 1
        let visits = sheet.routes.reduce(0) { $0 + $1.stops.count }, trips = sheet.routes.reduce(0) { $0 + $1.trips.count }
        #expect(rows == visits + 2 * trips)
        #expect(visits == demo.pickup.routes.reduce(0) { $0 + $1.stops.count })
        // No piece rows: a village is visited once per trip, and more than once only when its load is split.
        var seen = Set<[String]>()
        for route in sheet.routes { for stop in route.stops { #expect(seen.insert([route.vehicle, "\(stop.trip)", stop.village.rawValue]).inserted) } }
        let largest = demo.network.vehicleTypes.map(\.capacity.value).max()!
        var assigned = [Village.ID: Double]()
        for a in demo.siting.assignments { assigned[a.village, default: 0] += a.kilograms.value }
        for route in demo.pickup.routes {
            for stop in route.stops where stop.parts > 1 { #expect((assigned[stop.village] ?? 0) > largest) }
        }
        // Every stop names its products; per village they add up to what the plan collects there,
        // in whole kilograms (the demo's supplies are whole kilograms).
        var collected = [Village.ID: Double](), byProduct = [Village.ID: Double]()
        for route in demo.pickup.routes { for stop in route.stops { collected[stop.village, default: 0] += stop.kilograms.value } }
        for route in sheet.routes {
            for stop in route.stops {
                #expect(!stop.products.isEmpty)
                for load in stop.products {
                    byProduct[stop.village, default: 0] += load.kilograms.value
                    #expect(load.kilograms.value == load.kilograms.value.rounded(), "\(stop.village) \(load.product): \(load.kilograms)")
                }
            }
        }
        #expect(!collected.isEmpty)
        for (village, kg) in collected { #expect(abs((byProduct[village] ?? 0) - kg) < 0.01, "\(village)") }
        var unserved = [Village.ID: Double]()
        for u in demo.pickup.unserved { unserved[u.village, default: 0] += u.kilograms.value }
        for (village, kg) in assigned { #expect(abs((collected[village] ?? 0) + (unserved[village] ?? 0) - kg) < 0.01, "\(village)") }
    }

    /// A truck fetches mulberries (120 min ambient) with a longer-keeping product from the same
    /// village. With the return 5 minutes inside the mulberries' shelf life the sheet passes; with
    /// the return 10 minutes later it fails, naming the product and the stop. Without product
    /// columns the same late sheet passes: the loaded kilograms could be the other product.
    @Test func lateReturnSpoilsTheMulberriesOnBoard() throws {
        let demo = try PlannedNetwork.demo.get()
        let network = demo.network, travel = demo.travel
        let mulberry = try #require(network.products.first { $0.id == "mulberry" })
        var pick: (village: Int, depot: Int, out: Leg, other: Product.ID)?
        search: for (i, village) in network.villages.enumerated() where (village.supply["mulberry"]?.value ?? 0) > 0 {
            guard let other = village.supply.first(where: { $0.key != "mulberry" && $0.value.value > 0 })?.key else { continue }
            for j in network.depots.indices {
                guard let out = travel.leg(from: .depot(j), to: .village(i)), let back = travel.leg(from: .village(i), to: .depot(j)),
                      out.time.value < 60, back.time.value < 60 else { continue }
                pick = (i, j, out, other)
                break search
            }
        }
        let (i, j, out, other) = try #require(pick)
        let village = network.villages[i], depot = network.depots[j]
        let kg = min(village.supply["mulberry"]!.value, village.supply[other]!.value, 1000).rounded(.down)
        let start = max(depot.receivingOpen.value, village.earliestPickup.value - out.time.value).rounded(.up)
        let arrival = (start + out.time.value).rounded(.up), loading = max(arrival, village.earliestPickup.value)
        let departure = (loading + village.serviceTime.value).rounded(.up)
        func clock(_ m: Double) -> String { Minutes(m).clockString }
        func sheet(returnAfter age: Double, products: Bool) -> String {
            let columns = products ? ",kg_mulberry" : ""
            let product = products ? ",\(Int(kg))" : ""
            return "vehicle,depot,vehicle_type,trip,sequence,stop_id,arrival,departure,kilograms\(columns)\n"
                + "T,\(depot.id),truck,1,0,\(depot.id),,\(clock(start)),\(products ? "," : "")\n"
                + "T,\(depot.id),truck,1,1,\(village.id),\(clock(arrival)),\(clock(departure)),\(Int(kg))\(product)\n"
                + "T,\(depot.id),truck,1,2,\(depot.id),\(clock(departure + age)),,\(products ? "," : "")\n"
        }
        func violations(_ text: String) throws -> [PlanViolation] {
            let read = try RouteSheetReader.read(bytes: Array(text.utf8), file: "hand.csv", network: network)
            let plan = PickupPlan(schedules: read.routes.map(PlannedNetwork.schedule), network: network, travel: travel)
            return PickupPlanChecker.evaluate(plan, network: network, travel: travel, timeTolerance: read.timeResolution).violations
        }
        let life = mulberry.shelfLifeAmbient.value
        #expect(try violations(sheet(returnAfter: life - 5, products: true)).isEmpty)
        let late = try violations(sheet(returnAfter: life + 5, products: true))
        #expect(late.count == 1)
        let spoiled = try #require(late.first)
        #expect(spoiled.kind == .shelfLife && spoiled.stop == 1 && spoiled.place == village.id.rawValue)
        #expect(spoiled.description.contains("\(Int(kg)) kg of mulberry from \(village.id) (stop 1)"), "\(spoiled)")
        #expect(try violations(sheet(returnAfter: life + 5, products: false)).isEmpty)
    }

    // MARK: - Trips

    /// Tiny (1 km = 1 min, berries keep 30 min on the 1000-kg truck; D0 unloads in 15 min): one
    /// truck fetches V2 (20 min out) on a first trip and V1 (10 min out) on a second.
    static let twoTrips = """
        vehicle,depot,vehicle_type,trip,sequence,stop_id,arrival,departure,kilograms,kg_berry
        T,D0,truck,1,0,D0,,05:40,,
        T,D0,truck,1,1,V2,06:00,06:00,200,200
        T,D0,truck,1,2,D0,06:20,,,
        T,D0,truck,2,3,D0,,06:35,,
        T,D0,truck,2,4,V1,06:45,06:45,200,200
        T,D0,truck,2,5,D0,06:55,,,

        """

    func evaluate(_ text: String, network: CountyNetwork? = nil) throws -> (RouteSheet, PickupPlan, PlanEvaluation) {
        let tiny = try PlannedNetwork.tiny.get()
        let network = network ?? tiny.network, travel = TravelModel(network: network)
        let sheet = try RouteSheetReader.read(bytes: Array(text.utf8), file: "trips.csv", network: network)
        let plan = PickupPlan(schedules: sheet.routes.map(PlannedNetwork.schedule), network: network, travel: travel)
        return (sheet, plan, PickupPlanChecker.evaluate(plan, network: network, travel: travel, timeTolerance: sheet.timeResolution))
    }

    @Test func twoTripsPassAndRoundTripThroughTheRouteSheetAndVroom() throws {
        let tiny = try PlannedNetwork.tiny.get()
        let (sheet, plan, evaluation) = try evaluate(Self.twoTrips)
        #expect(evaluation.violations.isEmpty, "\(evaluation.violations)")
        #expect(sheet.routes.count == 1 && sheet.routes[0].trips.count == 2)
        #expect(plan.routes[0].trips.map(\.load.value) == [200, 200])
        #expect(abs(plan.routes[0].distance.value - 60) < 0.01)
        #expect(evaluation.coverage.supplyCovered.value == 400)

        let directory = PlannedNetwork.temporaryDirectory()
        _ = try PlanExport.export(network: tiny.network, siting: tiny.siting, pickup: plan, to: directory.path)
        for file in [PlanExport.routeSheetFile, PlanExport.vroomFile] {
            let back = try RouteSheetReader.read(path: directory.appendingPathComponent(file).path, network: tiny.network)
            let route = try #require(back.routes.first)
            #expect(back.routes.count == 1, "\(file)")
            #expect(route.trips.map(\.start.value) == [340, 395] && route.trips.map(\.end.value) == [380, 415], "\(file)")
            #expect(route.stops.map(\.village) == ["V2", "V1"] && route.stops.map(\.trip) == [1, 2], "\(file)")
            #expect(route.stops.allSatisfy { $0.products.map(\.product) == ["berry"] }, "\(file)")
            let replanned = PickupPlan(schedules: back.routes.map(PlannedNetwork.schedule), network: tiny.network, travel: tiny.travel)
            let again = PickupPlanChecker.evaluate(replanned, network: tiny.network, travel: tiny.travel, timeTolerance: back.timeResolution)
            #expect(again.violations.isEmpty, "\(file): \(again.violations)")
        }
        let vroom = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent(PlanExport.vroomFile))) as? [String: Any]
        let steps = try #require(((vroom?["routes"] as? [[String: Any]])?.first)?["steps"] as? [[String: Any]])
        #expect(steps.compactMap { $0["type"] as? String } == ["start", "job", "break", "job", "end"])
        #expect(steps[2]["service"] as? Int == 15 * 60 && steps[2]["arrival"] as? Int == 380 * 60)
        let geo = try String(contentsOf: directory.appendingPathComponent(PlanExport.routeSheetFile), encoding: .utf8)
        #expect(geo.contains(",2,3,D0,"))   // trip 2 departs at sequence 3
    }

    @Test func capacityCountsPerTrip() throws {
        var network = try PlannedNetwork.tiny.get().network
        network.vehicleTypes[0].capacity = Kilograms(250)
        #expect(try evaluate(Self.twoTrips, network: network).2.violations.isEmpty)   // 400 kg a day, 200 a trip
        network.vehicleTypes[0].capacity = Kilograms(150)
        let found = try evaluate(Self.twoTrips, network: network).2.violations
        #expect(found.map(\.kind) == [.capacity, .capacity])
        #expect(found.map(\.stop) == [1, 2])
        #expect(found[1].description.contains("trip 2 loading 200 kg at V1"))
    }

    @Test func aReturnOutsideReceivingHoursFails() throws {
        var network = try PlannedNetwork.tiny.get().network
        network.depots[0].receivingClose = Minutes(6 * 60 + 50)
        let found = try evaluate(Self.twoTrips, network: network).2.violations
        #expect(found.count == 1)
        #expect(found.first?.kind == .receivingHours && found.first?.stop == 3)
        #expect(found.first?.description.contains("trip 2 returns at 06:55") == true)
    }

    @Test func unloadingTimeAndTripLimitAreChecked() throws {
        var network = try PlannedNetwork.tiny.get().network
        network.depots[0].unloadTime = Minutes(20)
        network.vehicleTypes[0].maxTrips = 1
        let found = try evaluate(Self.twoTrips, network: network).2.violations
        #expect(Set(found.map(\.kind)) == [.unloading, .trips])
        #expect(found.first { $0.kind == .unloading }?.stop == 2)
    }

    @Test func tripsOutOfOrderAreBadInput() throws {
        let text = Self.twoTrips.replacingOccurrences(of: "T,D0,truck,2,3,", with: "T,D0,truck,3,3,")
            .replacingOccurrences(of: "T,D0,truck,2,", with: "T,D0,truck,3,")
        #expect {
            try RouteSheetReader.read(bytes: Array(text.utf8), file: "trips.csv", network: try PlannedNetwork.tiny.get().network)
        } throws: { error in
            "\(error)".contains("has trip 3 but no trip 2")
        }
    }
}
