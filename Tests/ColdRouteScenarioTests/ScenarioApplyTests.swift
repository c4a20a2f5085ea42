import ColdRouteIO
import ColdRouteModel
import ColdRouteScenario
import ColdRouteSiting
import Foundation
import Testing

/// Each kind of override, applied to the tiny network or the demo county.
@Suite struct ScenarioApplyTests {
    func apply(_ toml: String, to network: CountyNetwork? = nil) throws -> (CountyNetwork, SitingOptions, RunSettings) {
        try Fixture.scenario("base = \"tiny.json\"\n" + toml).apply(to: try network ?? Fixture.tiny())
    }

    @Test func depotDecisions() throws {
        let (_, options, _) = try apply("""
            [depots]
            open = ["D1"]
            close = ["D2"]
            maxNew = 1
            budgetPerDay = 500
            existingMayClose = true
            """)
        #expect(options.forceOpen == ["D1"] && options.forceClosed == ["D2"])
        #expect(options.maxNewDepots == 1 && options.budgetPerDay == Yuan(500) && options.existingMayClose)
    }

    @Test func unknownDepotIsNamedWithItsKey() {
        let error = Fixture.inputError { _ = try apply("[depots]\nopen = [\"D9\"]\n") }
        #expect(error?.description == "scenarios/test.toml: depots.open (line 3): unknown depot 'D9' (the network has D0, D1, D2)")
    }

    @Test func addedAndChangedDepots() throws {
        let (network, _, _) = try apply("""
            [[depots.add]]
            id = "D3"
            name = "West candidate"
            x = -30
            y = 0
            openingCostPerDay = 250
            capacityKgPerDay = 600
            handlingCostPerKg = 0.1
            receivingOpen = "06:00"
            receivingClose = "20:00"

            [depots.change.D0]
            capacityKgPerDay = 1500
            """)
        let added = try #require(network.depots.last)
        #expect(added.id == "D3" && added.status == .candidate && added.location == Coordinate(x: -30, y: 0))
        #expect(added.receivingOpen == Minutes(360) && added.capacityPerDay == Kilograms(600))
        #expect(network.depots[0].capacityPerDay == Kilograms(1500))
    }

    @Test func supplyMultipliersCombine() throws {
        let (network, _, _) = try apply("""
            [supply]
            factor = 1.5
            [supply.multiplier]
            berry = 2
            [supply.village]
            V1 = 0.5
            """)
        #expect(network.villages[0].supply["berry"] == Kilograms(200 * 1.5 * 2 * 0.5))
        #expect(network.villages[2].supply["berry"] == Kilograms(400 * 1.5 * 2))
    }

    @Test func unknownProductAndVillage() {
        let p = Fixture.inputError { _ = try apply("[supply.multiplier]\nkiwi = 1.5\n") }
        #expect(p?.description == "scenarios/test.toml: supply.multiplier.kiwi (line 3): unknown product 'kiwi' (the network has berry)")
        let v = Fixture.inputError { _ = try apply("[supply.village]\nV9 = 1.5\n") }
        #expect(v?.description == "scenarios/test.toml: supply.village.V9 (line 3): unknown village 'V9'")
    }

    @Test func shelfLifeMinutesAndMultipliers() throws {
        let (a, _, _) = try apply("[shelfLife.berry]\nmultiplier = 1.5\n")
        #expect(a.products[0].shelfLifeAmbient == Minutes(45) && a.products[0].shelfLifeRefrigerated == Minutes(90))
        let (b, _, _) = try apply("[shelfLife.berry]\nambientMin = 40\nrefrigeratedMultiplier = 2\n")
        #expect(b.products[0].shelfLifeAmbient == Minutes(40) && b.products[0].shelfLifeRefrigerated == Minutes(120))
        let both = Fixture.inputError { _ = try apply("[shelfLife.berry]\nambientMin = 40\nambientMultiplier = 2\n") }
        #expect(both?.description.hasPrefix("scenarios/test.toml: shelfLife.berry.ambientMin (line 3): give minutes or a multiplier") == true)
    }

    @Test func shelfLifeThatBreaksValidationIsReported() {
        // Ambient longer than refrigerated fails network validation.
        let error = Fixture.inputError { _ = try apply("[shelfLife.berry]\nambientMin = 90\n") }
        #expect(error?.description.hasPrefix("scenarios/test.toml: the scenario's network is invalid: ") == true)
    }

    @Test func fleetCountAndNewType() throws {
        let (network, _, _) = try apply("""
            [fleet.count]
            truck = 5
            [[fleet.add]]
            id = "van"
            capacityKg = 800
            refrigerated = true
            costPerKm = 2.5
            fixedCostPerDay = 200
            refrigerationCostPerHour = 10
            count = 2
            homeDepot = "D0"
            """)
        #expect(network.vehicleTypes[0].count == 5)
        let van = try #require(network.vehicleTypes.last)
        #expect(van.id == "van" && van.refrigerated && van.count == 2 && van.homeDepot == "D0" && van.maxShift == Minutes(600))
        let unknown = Fixture.inputError { _ = try apply("[fleet.count]\nbus = 2\n") }
        #expect(unknown?.description == "scenarios/test.toml: fleet.count.bus (line 3): unknown vehicle type 'bus' (the network has truck)")
    }

    @Test func roadChangesOnTheDemoCounty() throws {
        let demo = try Fixture.demo()
        let (network, _, _) = try apply("""
            [[roads.change]]
            from = "J34"      # either direction matches
            to = "J08"
            closed = false
            [[roads.change]]
            from = "J08"
            to = "J32"
            speedKmh = 30
            [[roads.add]]
            from = "V58"
            to = "J08"
            lengthKm = 20
            travelMin = 40
            name = "new tunnel"
            """, to: demo)
        let gorge = try #require(network.roads.first { $0.from == "J08" && $0.to == "J34" })
        #expect(!gorge.closed)
        let paved = try #require(network.roads.first { $0.from == "J08" && $0.to == "J32" })
        #expect(abs(paved.travelTime.value - 8.1 / 30 * 60) < 1e-9)
        #expect(network.roads.count == demo.roads.count + 1 && network.roads.last?.name == "new tunnel")
        let missing = Fixture.inputError { _ = try apply("[[roads.change]]\nfrom = \"V1\"\nto = \"V2\"\nclosed = true\n", to: demo) }
        #expect(missing?.description == "scenarios/test.toml: roads.change[0] (line 2): no road joins 'V1' and 'V2'")
    }

    @Test func closingARoadThatDisconnectsIsInvalid() throws {
        let demo = try Fixture.demo()
        // V58's valley hangs on the Nanshan valley road: closing both ends disconnects it.
        let error = Fixture.inputError {
            _ = try apply("[[roads.change]]\nfrom = \"J33\"\nto = \"V58\"\nclosed = true\n[[roads.change]]\nfrom = \"V58\"\nto = \"V60\"\nclosed = true\n", to: demo)
        }
        #expect(error?.description.contains("the scenario's network is invalid") == true)
    }

    @Test func costChanges() throws {
        let (network, _, _) = try apply("""
            [costs]
            driverCostPerHour = 40
            newDepotOpeningMultiplier = 0.5
            existingDepotCostMultiplier = 2
            expressHandlingPerKg = 0.3
            """)
        #expect(network.driverCostPerHour == Yuan(40))
        #expect(network.depots[0].openingCostPerDay == Yuan(200) && network.depots[1].openingCostPerDay == Yuan(150))
        #expect(network.agencies[0].handlingCostPerKg == Yuan(0.3))
        let (m, _, _) = try apply("[costs]\nexpressHandlingMultiplier = 2\n", to: try Fixture.demo())
        #expect(abs(m.agencies[0].handlingCostPerKg.value - 0.7) < 1e-12)
    }

    @Test func peakHarvestScalesTheDemoCounty() throws {
        let scenario = try ScenarioReader.read(path: Fixture.path("scenarios/peak-harvest.toml"))
        let demo = try Fixture.demo()
        let (network, _, _) = try scenario.apply(to: demo)
        let before = demo.villages.reduce(0) { $0 + $1.totalSupply.value }
        let after = network.villages.reduce(0) { $0 + $1.totalSupply.value }
        #expect(abs(after - 1.5 * before) < 1e-6)
    }
}
