import ColdRouteIO
import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Foundation
import Testing

/// Planning over an imported OSRM matrix: the plan uses exactly the matrix's times and distances
/// (every leg recomputed here from the file's numbers, not through the travel model), the matrix
/// survives the regional decomposition, and a `null` cell makes a village unreachable with that reason.
@Suite("Planning over an imported matrix")
struct ImportedMatrixPlanningTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `networks/tiny.json` (tiny.md): 4 villages, 3 depots, 1 agency, straight lines at 1 km/min.
    static func tiny() throws -> CountyNetwork {
        try NetworkReader.read(path: repository.appendingPathComponent("networks/tiny.json").path)
    }

    /// An OSRM table for `network` unlike its own travel: seconds = minutes × 60 × 1.3 + 45, metres =
    /// km × 1000 × 0.9 + 120, both whole (the route search counts whole seconds and metres); `null`
    /// for every pair with a place in `unreachable` (matrix indices).
    static func osrm(_ network: CountyNetwork, unreachable: Set<Int> = [], nullPairs: Set<[Int]> = [])
        -> (text: String, seconds: [[Double?]], metres: [[Double?]])
    {
        let roads = TravelModel(network: network)
        let places = network.villages.indices.map(Place.village) + network.depots.indices.map(Place.depot)
            + network.agencies.indices.map(Place.agency)
        var seconds: [[Double?]] = [], metres: [[Double?]] = []
        for (i, a) in places.enumerated() {
            let legs = roads.legs(from: a, to: places)
            seconds.append(legs.enumerated().map { j, leg in
                i == j ? 0 : (unreachable.contains(i) || unreachable.contains(j) || nullPairs.contains([i, j])) ? nil
                    : leg.map { ($0.time.value * 60 * 1.3 + 45).rounded() }
            })
            metres.append(legs.enumerated().map { j, leg in
                i == j ? 0 : (unreachable.contains(i) || unreachable.contains(j) || nullPairs.contains([i, j])) ? nil : leg.map { ($0.distance.value * 900 + 120).rounded() }
            })
        }
        func table(_ rows: [[Double?]]) -> String {
            "[" + rows.map { "[" + $0.map { $0.map { "\($0)" } ?? "null" }.joined(separator: ",") + "]" }.joined(separator: ",\n") + "]"
        }
        return ("{\"code\": \"Ok\", \"durations\": \(table(seconds)), \"distances\": \(table(metres))}", seconds, metres)
    }

    static func travel(_ network: CountyNetwork, _ text: String) throws -> TravelModel {
        let matrix = try TravelMatrixReader.read(data: Data(text.utf8), file: "osrm.json", network: network)
        return try TravelModel(network: network, matrix: matrix)
    }

    /// Recomputes every leg of every trip from the file's numbers: arrivals, returns and distances.
    static func checkLegs(_ pickup: PickupPlan, network: CountyNetwork, seconds: [[Double?]], metres: [[Double?]]) throws -> Int {
        let villageRow = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let depotRow = Dictionary(uniqueKeysWithValues: network.depots.enumerated().map { ($1.id, network.villages.count + $0) })
        var legs = 0
        for route in pickup.routes {
            let home = try #require(depotRow[route.depot])
            for (k, trip) in route.tripList.enumerated() {
                var at = home, clock = trip.start.value, km = 0.0
                for stop in route.stops(ofTrip: k + 1) {
                    let next = try #require(villageRow[stop.village])
                    let s = try #require(seconds[at][next], "a planned leg the matrix has no route for")
                    // Arrival is departure plus the matrix's time (no waiting on the road), to the
                    // route search's resolution of one second.
                    #expect(abs(stop.arrival.value - (clock + s / 60)) <= 1.0 / 60 + 1e-9, "\(route.vehicle) → \(stop.village)")
                    km += try #require(metres[at][next]) / 1000
                    clock = stop.departure.value
                    at = next
                    legs += 1
                }
                if at != home {
                    #expect(abs(trip.end.value - (clock + (try #require(seconds[at][home])) / 60)) <= 1.0 / 60 + 1e-9)
                    km += try #require(metres[at][home]) / 1000
                    legs += 1
                }
                #expect(abs(trip.distance.value - km) < 1e-6, "\(route.vehicle) trip \(k + 1)")
            }
        }
        return legs
    }

    @Test("whole-network plan: every leg is the matrix's, and the checkers pass")
    func planUsesTheMatrix() throws {
        let network = try Self.tiny()
        let osrm = Self.osrm(network)
        let result = try Planner.plan(network: network, request: PlanRequest(seed: 5, routeIterations: 100),
                                      travel: try Self.travel(network, osrm.text))
        #expect(result.checks.passed, "\(result.checks.all)")
        let pickup = try #require(result.pickup)
        #expect(try Self.checkLegs(pickup, network: network, seconds: osrm.seconds, metres: osrm.metres) > 0)
        // The network's own travel would give other times: the plan is not the road model's.
        let roads = TravelModel(network: network)
        let first = try #require(pickup.routes.first?.stops.first)
        let depot = try #require(network.depots.firstIndex { $0.id == pickup.routes[0].depot })
        let village = try #require(network.villages.firstIndex { $0.id == first.village })
        let roadMinutes = try #require(roads.leg(from: .depot(depot), to: .village(village))).time.value
        let matrixMinutes = try #require(osrm.seconds[network.villages.count + depot][village]) / 60
        #expect(abs(roadMinutes - matrixMinutes) > 0.5)
    }

    @Test("in regions the matrix is kept: every leg is still the matrix's")
    func regionsKeepTheMatrix() throws {
        let network = try Self.tiny()
        let osrm = Self.osrm(network)
        let result = try Planner.plan(network: network, request: PlanRequest(regions: 2, seed: 5, routeIterations: 100),
                                      travel: try Self.travel(network, osrm.text))
        #expect(result.checks.passed, "\(result.checks.all)")
        #expect(result.work.regions == 2)
        let pickup = try #require(result.pickup)
        #expect(try Self.checkLegs(pickup, network: network, seconds: osrm.seconds, metres: osrm.metres) > 0)
    }

    @Test("a village the matrix has no route for is unreachable, and the reason says so")
    func nullCellsMakeAVillageUnreachable() throws {
        let network = try Self.tiny()
        let osrm = Self.osrm(network, unreachable: [0])
        let result = try Planner.plan(network: network, request: PlanRequest(seed: 5, routeIterations: 100),
                                      travel: try Self.travel(network, osrm.text))
        #expect(result.checks.passed, "\(result.checks.all)")
        let v0 = network.villages[0].id
        #expect(result.pickup?.routes.allSatisfy { $0.stops.allSatisfy { $0.village != v0 } } == true)
        let reasons = result.siting.uncovered.filter { $0.village == v0 }.map(\.reason.description)
        #expect(!reasons.isEmpty)
        #expect(reasons.allSatisfy { $0.contains("travel matrix") && $0.contains("has no route") }, "\(reasons)")
    }

    @Test("a null between two villages of one depot: no route drives that leg, and the plan checks")
    func nullBetweenVillages() throws {
        let network = try Self.tiny()
        // Every village pair in both directions has no route: each trip visits one village.
        let villages = Array(network.villages.indices)
        let pairs = Set(villages.flatMap { i in villages.filter { $0 != i }.map { [i, $0] } })
        let osrm = Self.osrm(network, nullPairs: pairs)
        let result = try Planner.plan(network: network, request: PlanRequest(seed: 5, routeIterations: 100),
                                      travel: try Self.travel(network, osrm.text))
        #expect(result.checks.passed, "\(result.checks.all)")
        let pickup = try #require(result.pickup)
        #expect(!pickup.routes.isEmpty)
        // checkLegs requires a matrix entry for every leg driven.
        #expect(try Self.checkLegs(pickup, network: network, seconds: osrm.seconds, metres: osrm.metres) > 0)
        for route in pickup.routes {
            for (k, _) in route.tripList.enumerated() { #expect(route.stops(ofTrip: k + 1).count <= 1) }
        }
    }
}
