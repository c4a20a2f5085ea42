import ColdRouteIO
import ColdRouteModel
import Foundation
import Testing

@Suite("Writing networks")
struct NetworkWriterTests {
    @Test("JSON: read → write → read gives an equal network, and writing is stable")
    func jsonRoundTrip() throws {
        let network = try NetworkReader.read(path: Fixture.path("demo.json"))
        let text = NetworkWriter.json(network)
        let again = try NetworkReader.loadJSON(text: text, file: "written.json").network
        #expect(again == network)
        #expect(NetworkWriter.json(again) == text)
    }

    @Test("CSV: write a folder → read gives an equal network")
    func csvRoundTrip() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let network = try NetworkReader.read(path: Fixture.path("demo.json"))
        let folder = temp.file("demo")
        try NetworkWriter.write(network, to: folder)
        #expect(try NetworkReader.read(path: folder) == network)
        // And back to a JSON file.
        let file = temp.file("demo.json")
        try NetworkWriter.write(try NetworkReader.read(path: folder), to: file)
        #expect(try NetworkReader.read(path: file) == network)
    }

    @Test("the JSON layout: fields in format order, one row per line, times as HH:MM")
    func jsonLayout() throws {
        let network = try NetworkReader.read(path: Fixture.path("demo.json"))
        let lines = NetworkWriter.json(network).split(separator: "\n").map(String.init)
        #expect(lines[0 ..< 9] == [
            "{",
            #"  "format": "coldroute-network","#,
            #"  "version": 1,"#,
            #"  "name": "Demo County","#,
            #"  "coordinates": "lonlat","#,
            #"  "circuityFactor": 1.25,"#,
            #"  "defaultSpeedKmh": 40,"#,
            #"  "driverCostPerHour": 32,"#,
            #"  "products": ["#,
        ])
        #expect(lines.contains(#"    {"id": "V1", "name": "Shangling", "lon": 108.61, "lat": 33.52, "supply": {"peach": 1200, "kiwi": 300}, "readyTime": "06:30", "pickupStart": "07:00", "pickupEnd": "12:00", "serviceMin": 15, "lowIncomeHouseholds": 23},"#))
        #expect(lines.contains(#"    {"from": "J1", "to": "D1", "lengthKm": 6, "travelMin": 9, "closed": false},"#))
    }

    @Test("CSV cells with commas, quotes and line breaks are quoted and read back")
    func csvQuoting() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        var network = try NetworkReader.read(path: Fixture.path("demo.json"))
        network.villages[0].name = "Shangling, \"upper\" village\nnorth slope"
        try NetworkWriter.writeCSV(network, toFolder: temp.path)
        #expect(try NetworkReader.read(path: temp.path) == network)
    }

    @Test("an unknown product and an empty network still write (writers do not validate)")
    func writesInvalid() {
        let network = CountyNetwork(name: "Empty", coordinateSystem: .planar)
        let files = NetworkWriter.csvFiles(network)
        #expect(files.keys.sorted() == [
            "agencies.csv", "depots.csv", "junctions.csv", "network.csv", "products.csv", "roads.csv", "supply.csv",
            "vehicle_types.csv", "villages.csv",
        ])
        #expect(files["villages.csv"] == "id,name,x,y,readyTime,pickupStart,pickupEnd,serviceMin,lowIncomeHouseholds\n")
        #expect(files["network.csv"] == "format,version,name,coordinates,circuityFactor,defaultSpeedKmh,driverCostPerHour\ncoldroute-network,1,Empty,planar,1.3,40,30\n")
    }
}
