import ColdRouteIO
import ColdRouteModel
import Foundation
import Testing

@Suite("Reading JSON networks")
struct NetworkJSONReaderTests {
    @Test("the demo network reads with every field and default in place")
    func readsDemo() throws {
        let loaded = try NetworkReader.load(path: Fixture.path("demo.json"))
        let n = loaded.network
        #expect(loaded.warnings.isEmpty)
        #expect(n.name == "Demo County")
        #expect(n.coordinateSystem == .lonLat)
        #expect(n.circuityFactor == 1.25)
        #expect(n.defaultSpeedKmh == 40)  // default
        #expect(n.driverCostPerHour == Yuan(32))

        #expect(n.products.map(\.id) == ["peach", "kiwi"])
        #expect(n.products[1].name == "kiwi")  // name defaults to the id
        #expect(n.products[0].shelfLifeAmbient == Minutes(240))
        #expect(n.products[1].shelfLifeRefrigerated == Minutes(1440))

        let v1 = n.villages[0]
        #expect(v1.location == Coordinate(x: 108.61, y: 33.52))
        #expect(v1.supply == ["peach": Kilograms(1200), "kiwi": Kilograms(300)])
        #expect(v1.readyTime == Minutes(390))  // "06:30"
        #expect(v1.pickupEnd == Minutes(720))
        #expect(v1.serviceTime == Minutes(15))
        #expect(v1.lowIncomeHouseholds == 23)
        #expect(n.villages[1].readyTime == Minutes(420))  // a number of minutes
        #expect(n.villages[2].name == "V3")
        #expect(n.villages[2].supply == ["peach": Kilograms(500)])  // "_note" is skipped
        #expect(n.villages[2].pickupEnd == Minutes(1500))  // "25:00", the next day

        #expect(n.depots[0].status == .existing)
        #expect(n.depots[0].capacityPerDay == Kilograms(30000))
        #expect(n.depots[1].status == .candidate)
        #expect(n.depots[1].receivingOpen == Minutes(360))
        #expect(n.depots[1].receivingClose == Minutes(1350))
        #expect(n.agencies[0].cutoff == Minutes(1080))
        #expect(n.junctions.map(\.name) == ["Pass"])

        #expect(n.roads.count == 7)
        #expect(n.roads[0].name == "X203")
        #expect(n.roads[1].travelTime == Minutes(9))  // 6 km at 40 km/h
        #expect(n.roads[1].name == "")
        #expect(n.roads[4].closed)
        #expect(!n.roads[5].closed)

        let van = n.vehicleTypes[0], tricycle = n.vehicleTypes[1]
        #expect(van.homeDepot == "D1")
        #expect(van.refrigerationCostPerHour == Yuan(12))
        #expect(tricycle.refrigerationCostPerHour == .zero)
        #expect(tricycle.homeDepot == nil)
        #expect(tricycle.maxShift == Minutes(600))
        #expect(!tricycle.refrigerated)
        #expect(tricycle.count == 10)
    }

    @Test("travel on the demo roads: V3 reaches the closed-off depot D2 by the pass")
    func demoTravel() throws {
        let n = try NetworkReader.read(path: Fixture.path("demo.json"))
        let travel = TravelModel(network: n)
        // V3 → J1 (35 min, 14 km) → D1 (9 min, 6 km); V3 → D2 direct is closed: V3 → J1 → D2 (35 + 10 min, 14 + 5 km).
        let legs = travel.legs(from: .village(2), to: [.depot(0), .depot(1)])
        #expect(legs[0] == Leg(time: Minutes(44), distance: Kilometres(20)))
        #expect(legs[1] == Leg(time: Minutes(45), distance: Kilometres(19)))
    }

    @Test("a missing file is named")
    func missingFile() throws {
        let path = Fixture.path("no-such-network.json")
        let error = try #require(inputError { _ = try NetworkReader.read(path: path) })
        #expect(error.description == "\(path): no such file or folder")
    }

    @Test("a truncated file reports the end of file and the container left open")
    func truncated() throws {
        let path = Fixture.path("invalid/truncated.json")
        let error = try #require(inputError { _ = try NetworkReader.read(path: path) })
        #expect(error.description == "\(path): line 14, column 1: unexpected end of file: the array opened at line 12, column 13 is not closed")
        #expect(error.location.line == 14)
        #expect(error.location.column == 1)
    }

    @Test("a stray comma is reported where it is")
    func strayComma() throws {
        let path = Fixture.path("invalid/stray-comma.json")
        let error = try #require(inputError { _ = try NetworkReader.read(path: path) })
        #expect(error.description == "\(path): line 19, column 113: trailing comma before '}'")
    }

    @Test("a value of the wrong type names its path and line")
    func wrongType() throws {
        let path = Fixture.path("invalid/wrong-type.json")
        let error = try #require(inputError { _ = try NetworkReader.read(path: path) })
        #expect(error.description == "\(path): villages[0].x (line 10): expected a number, got a string")
        #expect(error.location.jsonPath == "villages[0].x")
    }

    @Test("a missing required field names the row")
    func missingField() throws {
        let path = Fixture.path("invalid/missing-field.json")
        let error = try #require(inputError { _ = try NetworkReader.read(path: path) })
        #expect(error.description == "\(path): depots[0] (line 13): missing required field 'capacityKgPerDay'")
    }

    @Test("a village without supply")
    func missingSupply() throws {
        let tiny = try String(contentsOfFile: Fixture.path("tiny.json"), encoding: .utf8)
        let text = tiny.replacingOccurrences(of: #""supply": {"peach": 500}, "#, with: "")
        let error = try #require(inputError { _ = try NetworkReader.loadJSON(text: text, file: "t.json") })
        #expect(error.description == "t.json: villages[0] (line 10): missing required field 'supply'")
    }

    @Test("an unknown key is rejected with a suggestion, and the field it replaced is missing")
    func unknownKey() throws {
        let path = Fixture.path("invalid/unknown-key.json")
        let error = try #require(inputError { _ = try NetworkReader.read(path: path) })
        #expect(error.description == "\(path): depots[0].capacity (line 13): unknown key 'capacity' (did you mean 'capacityKgPerDay'?)")
        #expect(error.problemCount == 2)
        #expect(error.otherProblems.map(\.description) == ["\(path): depots[0] (line 13): missing required field 'capacityKgPerDay'"])
    }

    @Test("a duplicate id points at the second one")
    func duplicateID() throws {
        let path = Fixture.path("invalid/duplicate-id.json")
        let error = try #require(inputError { _ = try NetworkReader.read(path: path) })
        #expect(error.description == "\(path): villages[1].id (line 11): duplicate village id 'V1'")
    }

    @Test("an unknown product in a village's supply")
    func unknownProduct() throws {
        let path = Fixture.path("invalid/unknown-product.json")
        let error = try #require(inputError { _ = try NetworkReader.read(path: path) })
        #expect(error.description == "\(path): villages[0].supply.fish (line 10): unknown product 'fish'")
    }

    @Test("an unknown road endpoint")
    func unknownRoadEndpoint() throws {
        let path = Fixture.path("invalid/unknown-road-endpoint.json")
        let error = try #require(inputError { _ = try NetworkReader.read(path: path) })
        #expect(error.description == "\(path): roads[0].to (line 19): unknown place 'J9'")
        // The bad road also leaves V1 cut off from every depot.
        #expect(error.otherProblems.map(\.message) == ["village V1 Shangling is not connected to any depot by open roads"])
    }

    @Test("a negative capacity names the JSON path")
    func negativeCapacity() throws {
        let path = Fixture.path("invalid/negative-capacity.json")
        let error = try #require(inputError { _ = try NetworkReader.read(path: path) })
        #expect(error.description == "\(path): depots[0].capacityKgPerDay (line 13): must not be negative (got -5)")
    }

    @Test("a village reachable only by a closed road is not connected")
    func unconnectedVillage() throws {
        let path = Fixture.path("invalid/unconnected-village.json")
        let error = try #require(inputError { _ = try NetworkReader.read(path: path) })
        #expect(error.description == "\(path): villages[1] (line 11): village V2 Xiaping is not connected to any depot by open roads")
        #expect(error.problemCount == 1)
    }

    @Test("a product no village supplies")
    func unsuppliedProduct() throws {
        let path = Fixture.path("invalid/unsupplied-product.json")
        let error = try #require(inputError { _ = try NetworkReader.read(path: path) })
        #expect(error.description == "\(path): products[1] (line 8): product 'fish' is not supplied by any village")
    }

    @Test("warnings come back with the network, in place")
    func warnings() throws {
        let text = """
            {"format": "coldroute-network", "version": 1, "coordinates": "planar",
             "products": [{"id": "peach", "shelfLifeAmbientMin": 240, "shelfLifeRefrigeratedMin": 600, "valuePerKg": 8}],
             "villages": [
              {"id": "V1", "x": 0, "y": 0, "supply": {"peach": 500}, "readyTime": 360, "pickupStart": 360, "pickupEnd": 720, "serviceMin": 10, "lowIncomeHouseholds": 5},
              {"id": "V2", "x": 1, "y": 0, "supply": {}, "readyTime": 360, "pickupStart": 360, "pickupEnd": 720, "serviceMin": 10, "lowIncomeHouseholds": 0}],
             "depots": [{"id": "D1", "x": 3, "y": 4, "status": "candidate", "openingCostPerDay": 100, "capacityKgPerDay": 10000,
                         "handlingCostPerKg": 0.05, "receivingOpen": 360, "receivingClose": 1200}],
             "agencies": [{"id": "A1", "x": 10, "y": 0, "cutoff": 1080, "handlingCostPerKg": 0.3, "capacityKgPerDay": 50000}],
             "vehicleTypes": [{"id": "van", "capacityKg": 1500, "refrigerated": true, "costPerKm": 2.6, "fixedCostPerDay": 260, "count": 0}]}
            """
        let loaded = try NetworkReader.loadJSON(text: text, file: "inline.json")
        #expect(loaded.network.name == "inline.json")
        #expect(loaded.warnings.map(\.description) == [
            "inline.json: villages[1].supply (line 5): village V2 supplies nothing",
            "inline.json: vehicleTypes[0].count (line 9): vehicle type 'van' has no vehicles (count 0)",
        ])
    }

    @Test("wrong format, version or coordinates stop reading at once")
    func header() throws {
        let error = try #require(inputError {
            _ = try NetworkReader.loadJSON(text: #"{"format": "geojson", "version": 2, "coordinates": "utm", "products": 3}"#, file: "h.json")
        })
        #expect(error.problems.map(\.description) == [
            #"h.json: format (line 1): expected "coldroute-network", got "geojson""#,
            "h.json: version (line 1): unsupported version 2 (this program reads version 1)",
            #"h.json: coordinates (line 1): expected "lonlat" or "planar", got "utm""#,
        ])
    }

    @Test("type errors list many problems at once, up to the limit")
    func manyProblems() throws {
        let villages = (0..<30).map { _ in #"{"id": 7}"# }.joined(separator: ",\n")
        let text = #"{"format": "coldroute-network", "version": 1, "coordinates": "planar", "products": [], "depots": [], "agencies": [], "vehicleTypes": [], "villages": ["# + "\n" + villages + "]}"
        let error = try #require(inputError { _ = try NetworkReader.loadJSON(text: text, file: "many.json") })
        #expect(error.description == "many.json: villages[0].id (line 2): expected a string, got a number")
        #expect(error.problems.count == InputError.problemLimit)
        #expect(error.problemCount > InputError.problemLimit)
    }

    @Test("coordinate keys of the other system are explained")
    func wrongCoordinateKeys() throws {
        let text = #"{"format": "coldroute-network", "version": 1, "coordinates": "lonlat", "products": [], "villages": [], "depots": [], "agencies": [], "vehicleTypes": [], "junctions": [{"id": "J1", "x": 1, "y": 2}]}"#
        let error = try #require(inputError { _ = try NetworkReader.loadJSON(text: text, file: "c.json") })
        #expect(error.description == #"c.json: junctions[0].x (line 1): unknown key 'x' (coordinates are "lonlat": use 'lon' and 'lat')"#)
    }

    @Test("a road needs exactly one of travelMin and speedKmh")
    func roadTravelTime() throws {
        let base = try String(contentsOfFile: Fixture.path("tiny.json"), encoding: .utf8)
        let text = base.replacingOccurrences(of: #"  "vehicleTypes""#, with: """
              "roads": [
                {"from": "V1", "to": "D1", "lengthKm": 5},
                {"from": "D1", "to": "A1", "lengthKm": 8, "travelMin": 12, "speedKmh": 40}
              ],
              "vehicleTypes"
            """)
        let error = try #require(inputError { _ = try NetworkReader.loadJSON(text: text, file: "r.json") })
        #expect(error.problems.map(\.description) == [
            "r.json: roads[0] (line 19): a road needs travelMin or speedKmh",
            "r.json: roads[1].speedKmh (line 20): give either travelMin or speedKmh, not both",
        ])
    }

    @Test("a top-level setting is placed by its key")
    func topLevelSetting() throws {
        let tiny = try String(contentsOfFile: Fixture.path("tiny.json"), encoding: .utf8)
        let text = tiny.replacingOccurrences(of: #""name": "Tiny","#, with: #""name": "Tiny", "circuityFactor": 0.8,"#)
        let error = try #require(inputError { _ = try NetworkReader.loadJSON(text: text, file: "t.json") })
        #expect(error.description == "t.json: circuityFactor (line 4): must be at least 1 (got 0.8)")
    }

    @Test("a single CSV file is not a network")
    func singleCSVFile() throws {
        let path = Fixture.path("demo-csv/depots.csv")
        let error = try #require(inputError { _ = try NetworkReader.read(path: path) })
        #expect(error.description == "\(path): a network is a .json file, an .xlsx workbook or a folder of CSV files; give the folder")
    }
}
