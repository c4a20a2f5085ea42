import ColdRouteIO
import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Foundation
import Testing

/// `vehicleTypes[].speedFactor`: each type drives the matrix's minutes times its factor, in the
/// siting arcs, the routes, and the independent checkers (which recompute legs with the factor).
@Suite("Speed factors per vehicle type")
struct SpeedFactorPlanningTests {
    typealias Matrix = ImportedMatrixPlanningTests

    /// `tiny` with its ambient truck at `truck` and a refrigerated van (factor `van`) added.
    static func network(truck: Double, van: Double) throws -> CountyNetwork {
        var network = try Matrix.tiny()
        network.vehicleTypes[0].speedFactor = truck
        network.vehicleTypes.append(VehicleType(
            id: "van", name: "Cold van", capacity: Kilograms(600), refrigerated: true, costPerKm: Yuan(1.2),
            fixedCostPerDay: Yuan(0), refrigerationCostPerHour: Yuan(5), count: 2, speedFactor: van))
        return network
    }

    /// Every leg of every trip recomputed from the file's seconds times the route's type's factor.
    /// Returns the number of legs whose minutes differ from the factor-1 minutes by over a second.
    static func checkLegs(_ pickup: PickupPlan, network: CountyNetwork, seconds: [[Double?]]) throws -> Int {
        let villageRow = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let depotRow = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, network.villages.count + $0) })
        let factor = Dictionary(uniqueKeysWithValues: network.vehicleTypes.map { ($0.id, $0.speedFactor) })
        var scaled = 0
        for route in pickup.routes {
            let home = try #require(depotRow[route.depot]), f = try #require(factor[route.vehicleType])
            for (k, trip) in route.tripList.enumerated() {
                var at = home, clock = trip.start.value
                for stop in route.stops(ofTrip: k + 1) {
                    let next = try #require(villageRow[stop.village])
                    let s = try #require(seconds[at][next])
                    #expect(abs(stop.arrival.value - (clock + s * f / 60)) <= 1.0 / 60 + 1e-9, "\(route.vehicle) → \(stop.village)")
                    if abs(s * f - s) > 1 { scaled += 1 }
                    clock = stop.departure.value
                    at = next
                }
                if at != home {
                    let s = try #require(seconds[at][home])
                    #expect(abs(trip.end.value - (clock + s * f / 60)) <= 1.0 / 60 + 1e-9)
                }
            }
        }
        return scaled
    }

    @Test("a slow van and a quick truck: every leg is the matrix's time × the type's factor, and the checkers pass")
    func plannedTimesAreScaled() throws {
        let network = try Self.network(truck: 0.8, van: 1.4)
        let osrm = Matrix.osrm(network)
        let travel = try Matrix.travel(network, osrm.text)
        let result = try Planner.plan(network: network, request: PlanRequest(seed: 5, routeIterations: 100), travel: travel)
        #expect(result.checks.passed, "\(result.checks.all)")
        let pickup = try #require(result.pickup)
        #expect(!pickup.routes.isEmpty)
        #expect(try Self.checkLegs(pickup, network: network, seconds: osrm.seconds) > 0)
        // Siting arcs carry the type's minutes too.
        let villageRow = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let depotRow = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, network.villages.count + $0) })
        let factor = Dictionary(uniqueKeysWithValues: network.vehicleTypes.map { ($0.id, $0.speedFactor) })
        #expect(!result.siting.assignments.isEmpty)
        for a in result.siting.assignments {
            let row = try #require(depotRow[a.depot]), column = try #require(villageRow[a.village])
            let s = try #require(osrm.seconds[row][column]), f = try #require(factor[a.vehicleType])
            #expect(abs(a.travelTime.value - s / 60 * f) < 1e-9, "\(a.village)→\(a.depot)")
        }
    }

    @Test("the checkers recompute legs with the factor: a plan timed at factor 1 fails a network whose types are slower")
    func checkersUseTheFactor() throws {
        let fast = try Self.network(truck: 1, van: 1)
        let osrm = Matrix.osrm(fast)
        let result = try Planner.plan(network: fast, request: PlanRequest(seed: 5, routeIterations: 100),
                                      travel: try Matrix.travel(fast, osrm.text))
        #expect(result.checks.passed, "\(result.checks.all)")
        let pickup = try #require(result.pickup)
        #expect(try Self.checkLegs(pickup, network: fast, seconds: osrm.seconds) == 0)
        let slow = try Self.network(truck: 1.5, van: 1.5)
        let slowTravel = try Matrix.travel(slow, osrm.text)
        let evaluation = PickupPlanChecker.evaluate(pickup, network: slow, travel: slowTravel)
        #expect(evaluation.violations.contains { $0.kind == .travelTime }, "\(evaluation.violations)")
        let siting = SitingPlanChecker.check(result.siting, network: slow, travel: slowTravel)
        #expect(siting.contains { $0.description.contains("travel time") }, "\(siting)")
        // The same plan against its own network passes both.
        let own = PickupPlanChecker.evaluate(pickup, network: fast, travel: try Matrix.travel(fast, osrm.text))
        #expect(own.violations.allSatisfy { $0.kind != .travelTime })
    }

    @Test("speedFactor is read, written and range-checked naming the field; files without it keep factor 1")
    func networkField() throws {
        let tiny = try Matrix.tiny()
        #expect(tiny.vehicleTypes.allSatisfy { $0.speedFactor == 1 })
        var network = try Self.network(truck: 1, van: 1.25)
        let text = NetworkWriter.json(network)
        #expect(text.components(separatedBy: "\"speedFactor\"").count == 2)  // only the van's, not the default 1
        let back = try NetworkReader.loadJSON(text: text, file: "n.json").network
        #expect(back.vehicleTypes.map(\.speedFactor) == [1, 1.25])
        // CSV: the column is written only when some type has a factor other than 1.
        #expect(NetworkWriter.csvFiles(network)["vehicle_types.csv"]?.contains("speedFactor") == true)
        #expect(NetworkWriter.csvFiles(tiny)["vehicle_types.csv"]?.contains("speedFactor") == false)
        for bad in [0.0, 5, -1, .nan] {
            network.vehicleTypes[1].speedFactor = bad
            let issue = network.validate().first { $0.field == "speedFactor" }
            #expect(issue != nil && issue?.severity == .error, "\(bad)")
        }
    }
}
