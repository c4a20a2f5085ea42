import ColdRouteIO
import ColdRouteModel
import Foundation
import Testing

/// `depots[].unloadMin` and `vehicleTypes[].maxTrips`: optional, defaulted, validated, and written
/// back only when set, so version-1 files read and write as before.
@Suite("Trip fields of the network format")
struct TripFieldsTests {
    func demoJSON() throws -> String { try String(contentsOfFile: Fixture.path("demo.json"), encoding: .utf8) }

    @Test("absent fields take their defaults: 15 min unloading, no trip limit")
    func defaults() throws {
        let n = try NetworkReader.loadJSON(text: demoJSON()).network
        #expect(n.depots.allSatisfy { $0.unloadTime == Minutes(15) })
        #expect(n.vehicleTypes.allSatisfy { $0.maxTrips == nil })
        #expect(!NetworkWriter.json(n).contains("unloadMin") && !NetworkWriter.json(n).contains("maxTrips"))
    }

    @Test("JSON: given values are read and written back")
    func json() throws {
        let text = try demoJSON()
            .replacingOccurrences(of: #""receivingClose": "20:00"}"#, with: #""receivingClose": "20:00", "unloadMin": 25}"#)
            .replacingOccurrences(of: #""maxShiftMin": 600}"#, with: #""maxShiftMin": 600, "maxTrips": 3}"#)
        let n = try NetworkReader.loadJSON(text: text).network
        #expect(n.depots[0].unloadTime == Minutes(25) && n.depots[1].unloadTime == Minutes(15))
        #expect(n.vehicleTypes[0].maxTrips == 3 && n.vehicleTypes[1].maxTrips == nil)
        #expect(try NetworkReader.loadJSON(text: NetworkWriter.json(n)).network == n)
    }

    @Test("CSV: unloadMin and maxTrips columns, empty cells meaning absent")
    func csv() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let path = try folder.copy(fixture: "demo-csv", as: "net", replacing: [
            "depots.csv": """
                id,name,lon,lat,status,openingCostPerDay,capacityKgPerDay,handlingCostPerKg,receivingOpen,receivingClose,unloadMin
                D1,County cold store,108.65,33.50,existing,900,30000,0.06,06:00,20:00,10
                D2,,108.58,33.57,candidate,450,8000,0.08,360,22:30,

                """,
            "vehicle_types.csv": """
                id,name,capacityKg,refrigerated,costPerKm,fixedCostPerDay,refrigerationCostPerHour,count,homeDepot,maxTrips
                van,Refrigerated van,1500,true,2.6,260,12,4,D1,2
                tricycle,,300,false,0.4,60,,10,,

                """,
        ])
        let n = try NetworkReader.loadCSV(folder: path).network
        #expect(n.depots.map(\.unloadTime) == [Minutes(10), Minutes(15)])
        #expect(n.vehicleTypes.map(\.maxTrips) == [2, nil])
    }

    @Test("bad values are rejected naming the field", arguments: [
        (#""unloadMin": -5"#, "unloadMin"), (#""unloadMin": "soon""#, "unloadMin"),
        (#""maxTrips": 0"#, "maxTrips"), (#""maxTrips": 1.5"#, "maxTrips"),
    ])
    func rejected(field: String, name: String) throws {
        let text = try demoJSON()
            .replacingOccurrences(of: #""receivingClose": "20:00"}"#, with: "\"receivingClose\": \"20:00\"\(name == "unloadMin" ? ", " + field : "")}")
            .replacingOccurrences(of: #""maxShiftMin": 600}"#, with: "\"maxShiftMin\": 600\(name == "maxTrips" ? ", " + field : "")}")
        let error = inputError { _ = try NetworkReader.loadJSON(text: text, file: "net.json") }
        let message = "\(error.map { "\($0)" } ?? "no error")"
        #expect(message.contains(name), "\(message)")
    }
}
