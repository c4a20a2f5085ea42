import ColdRouteModel
import Testing

@Suite("Travel model")
struct TravelModelTests {
    @Test("the fastest path wins over the shortest, and its length is reported")
    func fastestNotShortest() {
        let travel = TravelModel(network: Networks.fiveNodes())
        // V1 → J2 → J3 → D1: 15 + 10 + 5 = 30 min over 15 + 10 + 5 = 30 km (the 20 km path takes 40 min).
        #expect(travel.leg(from: .village(0), to: .depot(0)) == Leg(time: Minutes(30), distance: Kilometres(30)))
        // Roads are two-way.
        #expect(travel.leg(from: .depot(0), to: .village(0)) == Leg(time: Minutes(30), distance: Kilometres(30)))
        // V1 → J1 directly (20 min) beats V1 → J2 → J3 → D1 → J1 (50 min).
        #expect(travel.leg(from: .village(0), to: .junction(0)) == Leg(time: Minutes(20), distance: Kilometres(10)))
        #expect(travel.leg(from: .village(0), to: .village(0)) == .zero)
        #expect(travel.arcCount == 12)
    }

    @Test("a closed road forces a detour")
    func closedRoad() {
        var network = Networks.fiveNodes()
        network.roads[3].closed = true  // J2–J3
        let travel = TravelModel(network: network)
        // Only V1 → J1 → D1 is left: 40 min, 20 km.
        #expect(travel.leg(from: .village(0), to: .depot(0)) == Leg(time: Minutes(40), distance: Kilometres(20)))
        // J2 is now a dead end off V1: J2 → V1 → J1 → D1 = 15 + 20 + 20 min.
        #expect(travel.leg(from: .junction(1), to: .depot(0)) == Leg(time: Minutes(55), distance: Kilometres(35)))
        #expect(travel.arcCount == 10)
    }

    @Test("equally fast paths: the shorter one is taken")
    func tiesBrokenByDistance() {
        var network = Networks.fiveNodes()
        // Make the J1 path as fast as the J2–J3 path (30 min) but shorter (20 km instead of 30).
        network.roads[0] = Networks.road("V1", "J1", km: 10, min: 10)
        network.roads[1] = Networks.road("J1", "D1", km: 10, min: 20)
        let travel = TravelModel(network: network)
        #expect(travel.leg(from: .village(0), to: .depot(0)) == Leg(time: Minutes(30), distance: Kilometres(20)))
        #expect(travel.leg(from: .depot(0), to: .village(0)) == Leg(time: Minutes(30), distance: Kilometres(20)))
    }

    @Test("a place no open road reaches has no leg")
    func unreachable() {
        var network = Networks.fiveNodes()
        network.junctions.append(Networks.junction("J4"))  // on no road
        network.roads.append(Networks.road("J3", "J4", km: 1, min: 1, closed: true))
        let travel = TravelModel(network: network)
        let legs = travel.legs(from: .village(0), to: [.junction(3), .agency(0), .junction(3)])
        #expect(legs[0] == nil)
        #expect(legs[1] == Leg(time: Minutes(48), distance: Kilometres(42)))  // 30 min + 18 min, 30 km + 12 km
        #expect(legs[2] == nil)
        #expect(travel.leg(from: .junction(3), to: .junction(3)) == .zero)
    }

    @Test("a matrix among a subset of places")
    func matrix() {
        let travel = TravelModel(network: Networks.fiveNodes())
        let m = travel.matrix(among: [.depot(0), .village(0), .junction(0)])
        #expect(m.count == 3)
        #expect(m.times == [0, 30, 20, 30, 0, 20, 20, 20, 0])
        #expect(m.distances == [0, 30, 10, 30, 0, 10, 10, 10, 0])
        #expect(m[1, 0] == Leg(time: Minutes(30), distance: Kilometres(30)))
        #expect(m.time(2, 1) == 20)
        #expect(m.distance(0, 2) == 10)
    }

    @Test("without roads: straight lines times the circuity factor, at the default speed")
    func planarWithoutRoads() {
        var network = Networks.minimal()  // V1 at (0, 0), D1 at (3, 4)
        network.circuityFactor = 1.3
        network.defaultSpeedKmh = 40
        let travel = TravelModel(network: network)
        let leg = travel.leg(from: .village(0), to: .depot(0))!
        // 5 km × 1.3 = 6.5 km; 6.5 km / 40 km/h = 9.75 min.
        #expect(abs(leg.distance.value - 6.5) < 1e-12)
        #expect(abs(leg.time.value - 9.75) < 1e-12)
        #expect(travel.leg(from: .depot(0), to: .depot(0)) == .zero)
        let m = travel.matrix(among: [.village(0), .depot(0), .agency(0)])
        #expect(abs(m.distance(1, 2) - (49.0 + 16.0).squareRoot() * 1.3) < 1e-12)  // (3, 4) to (10, 0)
    }

    @Test("without roads, lon/lat: one degree of latitude is about 111.2 km")
    func haversine() {
        var network = Networks.minimal()
        network.coordinateSystem = .lonLat
        network.circuityFactor = 1
        network.villages[0].location = Coordinate(x: 108.5, y: 33)
        network.depots[0].location = Coordinate(x: 108.5, y: 34)
        let leg = TravelModel(network: network).leg(from: .village(0), to: .depot(0))!
        #expect(abs(leg.distance.value - 111.195) < 0.01)  // 6371.0088 km × π / 180
        #expect(abs(leg.time.value - 111.195 / 40 * 60) < 0.02)
    }
}
