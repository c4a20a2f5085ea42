import ColdRouteModel
import Testing

@Suite("Network validation")
struct ValidationTests {
    /// The issues of a network, as one-line descriptions.
    private func issues(_ n: CountyNetwork) -> [String] { n.validate().map(\.description) }

    @Test("small valid networks have no issues")
    func valid() throws {
        #expect(Networks.minimal().validate().isEmpty)
        #expect(Networks.fiveNodes().validate().isEmpty)
        try Networks.fiveNodes().requireValid()
    }

    @Test("empty tables")
    func empty() {
        let n = CountyNetwork(name: "Empty")
        #expect(issues(n) == [
            "products: there must be at least one product",
            "villages: there must be at least one village",
            "depots: there must be at least one depot",
            "agencies: there must be at least one express agency",
            "vehicleTypes: there must be at least one vehicle type",
        ])
        #expect(!n.isValid)
    }

    @Test("ids: empty, duplicate within a table, shared across place tables")
    func ids() {
        var n = Networks.minimal()
        n.villages.append(Networks.village("V1", 1, 1))
        n.villages.append(Networks.village("", 1, 1))
        n.junctions = [Networks.junction("D1")]
        n.vehicleTypes.append(n.vehicleTypes[0])
        #expect(issues(n) == [
            "villages[1].id: duplicate village id 'V1'",
            "villages[2].id: must not be empty",
            "junctions[0].id: id 'D1' is already used by a depot",
            "vehicleTypes[1].id: duplicate vehicle type id 'van'",
        ])
    }

    @Test("references: supply products, road endpoints, home depots")
    func references() {
        var n = Networks.minimal()
        n.villages[0].supply["fish"] = Kilograms(20)
        n.roads = [Networks.road("V1", "J9", km: 1, min: 2), Networks.road("D1", "A1", km: 1, min: 2)]
        n.vehicleTypes[0].homeDepot = "D7"
        let found = n.validate()
        #expect(found.map(\.description) == [
            "villages[0].supply.fish: unknown product 'fish'",
            "roads[0].to: unknown place 'J9'",
            "vehicleTypes[0].homeDepot: unknown depot 'D7'",
            "villages[0]: village V1 is not connected to any depot by open roads",
        ])
        #expect(found[0].table == .villages && found[0].row == 0 && found[0].field == "supply" && found[0].key == "fish")
    }

    @Test("negative, NaN and out-of-order values")
    func ranges() {
        var n = Networks.minimal()
        n.circuityFactor = 0.9
        n.defaultSpeedKmh = 0
        n.products[0].shelfLifeRefrigerated = Minutes(200)
        n.villages[0].pickupEnd = Minutes(300)
        n.villages[0].lowIncomeHouseholds = -1
        n.depots[0].capacityPerDay = Kilograms(-5)
        n.depots[0].handlingCostPerKg = Yuan(.nan)
        n.depots[0].receivingClose = Minutes(300)
        n.vehicleTypes[0].count = -2
        #expect(issues(n) == [
            "circuityFactor: must be at least 1 (got 0.9)",
            "defaultSpeedKmh: must be positive (got 0)",
            "products[0].shelfLifeRefrigeratedMin: must not be shorter than shelfLifeAmbientMin (got 200 < 240)",
            "villages[0].pickupEnd: must not be before pickupStart (got 05:00 < 06:00)",
            "villages[0].lowIncomeHouseholds: must not be negative (got -1)",
            "depots[0].capacityKgPerDay: must not be negative (got -5)",
            "depots[0].handlingCostPerKg: must be a finite number (got nan)",
            "depots[0].receivingClose: must not be before receivingOpen (got 05:00 < 06:00)",
            "vehicleTypes[0].count: must not be negative (got -2)",
        ])
    }

    @Test("coordinates: lon/lat ranges apply to lon/lat networks only")
    func coordinates() {
        var n = Networks.minimal()
        n.villages[0].location = Coordinate(x: 200, y: -95)
        #expect(n.validate().isEmpty)  // planar kilometres
        n.coordinateSystem = .lonLat
        #expect(issues(n) == [
            "villages[0].lon: must be between -180 and 180 (got 200)",
            "villages[0].lat: must be between -90 and 90 (got -95)",
        ])
    }

    @Test("roads: zero length and time are fine, a self-loop is not")
    func roads() {
        var n = Networks.fiveNodes()
        n.roads.append(Networks.road("J1", "J2", km: 0, min: 0))
        #expect(n.validate().isEmpty)
        n.roads.append(Networks.road("J3", "J3", km: 1, min: 1))
        n.roads.append(Networks.road("J1", "J3", km: -1, min: 1))
        #expect(issues(n) == [
            "roads[7].to: road joins 'J3' to itself",
            "roads[8].lengthKm: must not be negative (got -1)",
        ])
    }

    @Test("a product nobody supplies")
    func unsupplied() {
        var n = Networks.minimal()
        n.products.append(Product(id: "fish", name: "Fish", shelfLifeAmbient: Minutes(120),
                                  shelfLifeRefrigerated: Minutes(480), valuePerKg: Yuan(30)))
        n.villages[0].supply["fish"] = .zero  // listed at 0 kg/day is not supplied
        #expect(issues(n) == ["products[1]: product 'fish' is not supplied by any village"])
    }

    @Test("with roads, villages must reach a depot and depots an agency by open roads")
    func connectivity() {
        var n = Networks.fiveNodes()
        n.villages.append(Networks.village("V2", 5, 5))
        n.villages[1].name = "Shangling"
        n.depots.append(Networks.depot("D2", 9, 9))
        n.roads.append(Networks.road("V2", "D2", km: 3, min: 6))
        n.roads.append(Networks.road("D2", "A1", km: 3, min: 6, closed: true))
        #expect(issues(n) == ["depots[1]: depot D2 is not connected to any express agency by open roads"])
        n.roads[6].closed = true
        #expect(issues(n) == [
            "villages[1]: village V2 Shangling is not connected to any depot by open roads",
            "depots[1]: depot D2 is not connected to any express agency by open roads",
        ])
    }

    @Test("warnings do not make a network invalid")
    func warnings() throws {
        var n = Networks.minimal()
        n.villages.append(Networks.village("V2", 1, 1, supply: [:]))
        n.vehicleTypes[0].count = 0
        let found = n.validate()
        #expect(found.map(\.description) == [
            "warning: villages[1].supply: village V2 supplies nothing",
            "warning: vehicleTypes[0].count: vehicle type 'van' has no vehicles (count 0)",
        ])
        #expect(found.allSatisfy { $0.severity == .warning })
        #expect(n.isValid)
        try n.requireValid()
    }

    @Test("requireValid throws the errors only")
    func requireValid() {
        var n = Networks.minimal()
        n.depots[0].capacityPerDay = Kilograms(-5)
        n.vehicleTypes[0].count = 0
        #expect(throws: NetworkValidationError.self) { try n.requireValid() }
        do {
            try n.requireValid()
        } catch {
            #expect(error.issues.count == 1)
            #expect(error.description == "depots[0].capacityKgPerDay: must not be negative (got -5)")
        }
    }

    @Test("agencies that no produce can reach before their cut-off: a warning, exact at the boundary")
    func agencyOutOfReach() throws {
        // D1 opens at 06:00 (360) and is 18 min from A1 by road: 06:18 is the earliest arrival there.
        var n = Networks.fiveNodes()
        n.agencies[0].cutoff = Minutes(360 + 18)
        #expect(n.validate().isEmpty)
        n.agencies[0].cutoff = Minutes(360 + 17)
        let found = n.validate()
        #expect(found.map(\.description) == [
            "warning: agencies[0].cutoff: no produce can reach an express agency before its cut-off, so every plan "
                + "ships nothing (0 % coverage): the closest call is depot D1, open from 06:00, 18 min from agency A1, "
                + "which cuts off at 06:17",
        ])
        #expect(n.isValid)
        // Planar, no roads: an agency 2,000 km away cannot be reached by 18:00; a second one near can.
        var far = Networks.minimal()
        far.agencies = [Networks.agency("A1", 2000, 0)]
        #expect(far.validate().map(\.severity) == [.warning])
        far.agencies.append(Networks.agency("A2", 10, 0))
        #expect(far.validate().isEmpty)
    }
}
