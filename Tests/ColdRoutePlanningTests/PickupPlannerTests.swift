import ColdRouteIO
import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Foundation
import Testing

/// Pickup routes for siting plans: feasible by the independent checker, and the checker catches
/// hand-broken routes.
@Suite struct PickupPlannerTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Plans `file`'s routes with a search bounded by work, not the clock, so a loaded machine gives the
    /// same routes: `iterations` per depot, or (nil) until 5,000 iterations bring no improvement.
    func planned(_ file: String, iterations: Int? = nil) throws -> (CountyNetwork, TravelModel, SitingPlan, PickupPlan) {
        let network = try NetworkReader.read(path: Self.repository.appendingPathComponent(file).path)
        let travel = TravelModel(network: network)
        let siting = try SitingPlanner.plan(network: network, travel: travel)
        let pickup = try PickupPlanner.plan(network: network, travel: travel, siting: siting, timeLimit: nil, seed: 7,
                                            iterations: iterations)
        return (network, travel, siting, pickup)
    }

    /// Tiny: D0 collects V1 (200 kg) and V2 (200 kg) on one truck — V2 (0,20) → V1 (8,6) → D0 is
    /// 16.12 + 10 = 26.1 min, within the 30-minute shelf life — and D1 collects V3 (400 kg).
    @Test func tinyRoutesAreTheObviousOnes() throws {
        let (network, travel, siting, pickup) = try planned("networks/tiny.json")
        #expect(PickupPlanChecker.check(pickup, network: network, travel: travel, siting: siting).isEmpty)
        #expect(pickup.routes.count == 2)
        #expect(pickup.unserved.isEmpty)
        let d0 = try #require(pickup.routes.first { $0.depot == "D0" })
        #expect(d0.stops.map(\.village) == ["V2", "V1"])
        #expect(abs(d0.distance.value - (20 + 260.0.squareRoot() + 10)) < 0.01)
        #expect(abs(d0.stops[0].ageOnArrival.value - (260.0.squareRoot() + 10)) < 0.02)
        #expect(abs(pickup.collected.value - 800) < 1e-6)
    }

    /// With 25 minutes instead of 30, V2 → V1 → D0 (26.1 min) is too long: two separate trucks.
    @Test func shorterShelfLifeSplitsTheSharedRoute() throws {
        var network = try NetworkReader.read(path: Self.repository.appendingPathComponent("networks/tiny.json").path)
        network.products[0].shelfLifeAmbient = Minutes(25)
        let travel = TravelModel(network: network)
        let siting = try SitingPlanner.plan(network: network, travel: travel)
        let pickup = try PickupPlanner.plan(network: network, travel: travel, siting: siting, timeLimit: nil, seed: 7)
        #expect(PickupPlanChecker.check(pickup, network: network, travel: travel, siting: siting).isEmpty)
        let d0 = pickup.routes.filter { $0.depot == "D0" }
        #expect(d0.count == 2)
        #expect(d0.allSatisfy { $0.stops.count == 1 })
        #expect(pickup.unserved.isEmpty)
    }

    @Test func demoCountyRoutesPassTheChecker() throws {
        let (network, travel, siting, pickup) = try planned("networks/demo-county.json", iterations: 300)
        #expect(PickupPlanChecker.check(pickup, network: network, travel: travel, siting: siting).isEmpty)
        #expect(!pickup.routes.isEmpty)
        #expect(pickup.routes.allSatisfy { $0.stops.allSatisfy { $0.ageOnArrival <= $0.shelfLife } })
    }

    @Test func sameSeedSameRoutesWhenTheSearchIsNotTimeBound() throws {
        // On tiny the search stops on its no-improvement limit.
        let a = try planned("networks/tiny.json").3, b = try planned("networks/tiny.json").3
        #expect(a.routes == b.routes)
    }

    @Test func sameSeedSameRoutesWithAnIterationLimit() throws {
        let network = try NetworkReader.read(path: Self.repository.appendingPathComponent("networks/demo-county.json").path)
        let travel = TravelModel(network: network)
        let siting = try SitingPlanner.plan(network: network, travel: travel)
        func routes(_ seed: UInt64) throws -> [PickupPlan.Route] {
            try PickupPlanner.plan(network: network, travel: travel, siting: siting, timeLimit: .seconds(120), seed: seed,
                                   iterations: 10).routes
        }
        #expect(try routes(5) == routes(5))
    }

    @Test func checkerCatchesBrokenRoutes() throws {
        let (network, travel, siting, good) = try planned("networks/tiny.json")
        let i = good.routes.firstIndex { $0.depot == "D0" }!

        var slow = good   // claims to leave V2 later, so V2's berries ride too long
        slow.routes[i].stops[0].departure = slow.routes[i].stops[0].departure - Minutes(10)
        slow.routes[i].stops[0].ageOnArrival = slow.routes[i].end - slow.routes[i].stops[0].departure
        #expect(PickupPlanChecker.check(slow, network: network, travel: travel, siting: siting).contains { $0.contains("shelf life") || $0.contains("before loading") })

        var heavy = good
        heavy.routes[i].stops[0].kilograms = Kilograms(900)
        heavy.routes[i].stops[0].load = Kilograms(900)
        heavy.routes[i].stops[1].load = Kilograms(1100)
        let found = PickupPlanChecker.check(heavy, network: network, travel: travel, siting: siting)
        #expect(found.contains { $0.contains("over the") })
        #expect(found.contains { $0.contains("≠ assigned") })

        var late = good
        late.routes[i].stops[0].serviceStart = Minutes(18 * 60 + 30)
        #expect(PickupPlanChecker.check(late, network: network, travel: travel, siting: siting).contains { $0.contains("outside its window") })

        var teleport = good
        teleport.routes[i].stops[1].arrival = teleport.routes[i].stops[0].departure
        #expect(PickupPlanChecker.check(teleport, network: network, travel: travel, siting: siting).contains { $0.contains("faster than the roads allow") })

        var extra = good
        extra.routes += [good.routes[i], good.routes[i], good.routes[i]]
        #expect(PickupPlanChecker.check(extra, network: network, travel: travel, siting: siting).contains { $0.contains("only 3 vehicles") })
    }
}

/// Dispatch from depots to express agencies, and the day's cost once routes are known.
@Suite struct ExpressPlannerTests {
    func planned(cutoff: Minutes? = nil, capacity: Kilograms? = nil) throws -> (CountyNetwork, TravelModel, PickupPlan, ExpressPlan) {
        var network = try NetworkReader.read(path: PickupPlannerTests.repository.appendingPathComponent("networks/tiny.json").path)
        if let cutoff { network.agencies[0].cutoff = cutoff }
        if let capacity { network.agencies[0].capacityPerDay = capacity }
        let travel = TravelModel(network: network)
        let siting = try SitingPlanner.plan(network: network, travel: travel)
        let pickup = try PickupPlanner.plan(network: network, travel: travel, siting: siting, timeLimit: nil, seed: 7)
        let express = try ExpressPlanner.plan(network: network, travel: travel, siting: siting, pickup: pickup)
        #expect(ExpressPlanChecker.check(express, network: network, travel: travel, pickup: pickup).isEmpty)
        return (network, travel, pickup, express)
    }

    /// Tiny: all 800 kg reach A1 (20 km from both depots); the day costs siting's 400 opening +
    /// 32 express + 500 spoilage, plus the routes' distance (1 yuan/km).
    @Test func everythingIsDispatched() throws {
        let (_, _, pickup, express) = try planned()
        #expect(abs(express.dispatched.value - 800) < 1e-6)
        #expect(express.missed.isEmpty)
        #expect(abs(express.cost.express.value - 32) < 1e-6)
        #expect(abs(express.cost.total.value - (400 + 32 + 500 + pickup.vehicleKilometres.value)) < 1e-6)
    }

    @Test func agencyCapacityLimitsDispatch() throws {
        let (_, _, _, express) = try planned(capacity: Kilograms(500))
        #expect(abs(express.dispatched.value - 500) < 1e-6)
        #expect(abs(express.missed.reduce(0) { $0 + $1.kilograms.value } - 300) < 1e-6)
        #expect(express.missed.allSatisfy { $0.reason.description.contains("full") })
    }

    @Test func checkerCatchesALateShipment() throws {
        let (network, travel, pickup, good) = try planned()
        var late = good
        late.shipments[0].arrival = Minutes(24 * 60)
        #expect(ExpressPlanChecker.check(late, network: network, travel: travel, pickup: pickup).contains { $0.contains("after the") })
        var lost = good
        lost.shipments[0].kilograms = Kilograms(1)
        #expect(ExpressPlanChecker.check(lost, network: network, travel: travel, pickup: pickup).contains { $0.contains("≠ load") })
    }
}

/// Siting ↔ routing rounds keep the cheapest whole day, and every round's plan is checkable.
@Suite struct IntegratedPlannerTests {
    @Test func keepsTheCheapestRound() throws {
        let network = try NetworkReader.read(path: PickupPlannerTests.repository.appendingPathComponent("networks/demo-county.json").path)
        let travel = TravelModel(network: network)
        let result = try #require(try IntegratedPlanner.plan(
            network: network, travel: travel, options: SitingOptions(), rounds: 2, routeTime: .seconds(4), seed: 3))
        #expect(result.dayCosts.count == 2)
        #expect(result.express.cost.total == result.dayCosts.min())
        #expect(result.dayCosts[result.round - 1] == result.express.cost.total)
        #expect(SitingPlanChecker.check(result.siting, network: network, travel: travel).isEmpty)
        #expect(PickupPlanChecker.check(result.pickup, network: network, travel: travel, siting: result.siting).isEmpty)
        #expect(ExpressPlanChecker.check(result.express, network: network, travel: travel, pickup: result.pickup).isEmpty)
    }
}
