import ColdRouteModel
import Testing

@Suite("Travel model: leg geometry")
struct TravelModelPathTests {
    /// ``Networks/fiveNodes()`` with the junctions placed apart, so each node has its own coordinate.
    static func placedFiveNodes() -> CountyNetwork {
        var network = Networks.fiveNodes()
        network.junctions = [Networks.junction("J1", 10, 5), Networks.junction("J2", 5, -5), Networks.junction("J3", 15, -5)]
        return network
    }

    @Test("the path follows the fastest path's nodes, both ways")
    func fastestPathNodes() {
        let network = Self.placedFiveNodes()
        let travel = TravelModel(network: network)
        let v1 = network.villages[0].location, d1 = network.depots[0].location
        let j2 = network.junctions[1].location, j3 = network.junctions[2].location
        // V1 → J2 → J3 → D1 (30 min) beats V1 → J1 → D1 (40 min); see `fastestNotShortest`.
        #expect(travel.path(from: .village(0), to: .depot(0)) == [v1, j2, j3, d1])
        #expect(travel.path(from: .depot(0), to: .village(0)) == [d1, j3, j2, v1])
        #expect(travel.path(from: .village(0), to: .village(0)) == [v1])
    }

    @Test("a closed road moves the path to the detour")
    func closedRoadDetour() {
        var network = Self.placedFiveNodes()
        network.roads[3].closed = true  // J2–J3
        let travel = TravelModel(network: network)
        #expect(travel.path(from: .village(0), to: .depot(0))
            == [network.villages[0].location, network.junctions[0].location, network.depots[0].location])
    }

    @Test("the path's road lengths add up to the leg's distance")
    func pathMatchesLeg() throws {
        let network = Self.placedFiveNodes()
        let travel = TravelModel(network: network)
        var length = [String: Double]()
        for road in network.roads { length[road.from + "|" + road.to] = road.length.value; length[road.to + "|" + road.from] = road.length.value }
        var idAt = [Coordinate: String]()
        for place in network.allPlaces { idAt[network.location(of: place)] = network.id(of: place) }
        for target in [Place.depot(0), .agency(0), .junction(0), .junction(2)] {
            let line = travel.path(from: .village(0), to: target)
            let ids = line.map { idAt[$0] ?? "?" }
            let km = zip(ids, ids.dropFirst()).map { length[$0 + "|" + $1] ?? .nan }.reduce(0, +)
            let leg = try #require(travel.leg(from: .village(0), to: target))
            #expect(abs(km - leg.distance.value) < 1e-9, "\(ids)")
        }
    }

    @Test("unreachable or without roads: the straight segment")
    func straightSegments() {
        var network = Self.placedFiveNodes()
        network.junctions.append(Networks.junction("J4", 30, 30))  // on no road
        let travel = TravelModel(network: network)
        #expect(travel.path(from: .village(0), to: .junction(3)) == [network.villages[0].location, Coordinate(x: 30, y: 30)])
        let plain = TravelModel(network: Networks.minimal())
        #expect(plain.path(from: .village(0), to: .depot(0)) == [Coordinate(x: 0, y: 0), Coordinate(x: 3, y: 4)])
    }

    @Test("a route's path joins its legs, each shared end once")
    func routeThrough() {
        let network = Self.placedFiveNodes()
        let travel = TravelModel(network: network)
        let v1 = network.villages[0].location, d1 = network.depots[0].location
        let j2 = network.junctions[1].location, j3 = network.junctions[2].location
        #expect(travel.path(through: [.depot(0), .village(0), .depot(0)]) == [d1, j3, j2, v1, j2, j3, d1])
        #expect(travel.path(through: []).isEmpty)
    }
}
