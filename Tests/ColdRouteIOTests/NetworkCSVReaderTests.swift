import ColdRouteIO
import ColdRouteModel
import Foundation
import Testing

@Suite("Reading CSV network folders")
struct NetworkCSVReaderTests {
    @Test("the CSV twin of the demo network loads equal to the JSON one")
    func twinsLoadEqual() throws {
        let fromJSON = try NetworkReader.read(path: Fixture.path("demo.json"))
        let fromCSV = try NetworkReader.read(path: Fixture.path("demo-csv"))
        #expect(fromCSV == fromJSON)
    }

    @Test("spreadsheet habits: a byte order mark and CRLF line ends")
    func spreadsheetHabits() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let depots = try String(contentsOfFile: Fixture.path("demo-csv/depots.csv"), encoding: .utf8)
        let network = try String(contentsOfFile: Fixture.path("demo-csv/network.csv"), encoding: .utf8)
        let folder = try temp.copy(fixture: "demo-csv", as: "x", replacing: [
            "network.csv": "\u{FEFF}" + network.replacingOccurrences(of: "\n", with: "\r\n"),
            "depots.csv": depots.replacingOccurrences(of: "\n", with: "\r\n").replacingOccurrences(of: ",8000,", with: ",-5,"),
        ])
        let error = try #require(inputError { _ = try NetworkReader.read(path: folder) })
        #expect(error.description == "\(folder)/depots.csv:3: capacityKgPerDay: must not be negative (got -5)")
    }

    @Test("a status that is neither existing nor candidate")
    func badStatus() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let depots = try String(contentsOfFile: Fixture.path("demo-csv/depots.csv"), encoding: .utf8)
        let folder = try temp.copy(fixture: "demo-csv", as: "x", replacing: [
            "depots.csv": depots.replacingOccurrences(of: ",candidate,", with: ",planned,"),
        ])
        let error = try #require(inputError { _ = try NetworkReader.read(path: folder) })
        #expect(error.description == #"\#(folder)/depots.csv:3: status: expected "existing" or "candidate", got "planned""#)
    }

    @Test("a negative capacity names the file, line and column")
    func negativeCapacity() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let folder = try temp.copy(fixture: "demo-csv", as: "x", replacing: ["depots.csv": """
            id,name,lon,lat,status,openingCostPerDay,capacityKgPerDay,handlingCostPerKg,receivingOpen,receivingClose
            D1,County cold store,108.65,33.50,existing,900,30000,0.06,06:00,20:00
            D2,,108.58,33.57,candidate,450,-5,0.08,360,22:30

            """])
        let error = try #require(inputError { _ = try NetworkReader.read(path: folder) })
        #expect(error.description == "\(folder)/depots.csv:3: capacityKgPerDay: must not be negative (got -5)")
        #expect(error.location.line == 3)
        #expect(error.location.columnName == "capacityKgPerDay")
    }

    @Test("line numbers count blank lines and line breaks inside quoted cells")
    func linesAfterMultiLineCell() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let folder = try temp.copy(fixture: "demo-csv", as: "x", replacing: ["depots.csv": """
            id,name,lon,lat,status,openingCostPerDay,capacityKgPerDay,handlingCostPerKg,receivingOpen,receivingClose
            D1,"County cold store
            (the old grain depot)",108.65,33.50,existing,900,30000,0.06,06:00,20:00

            D2,,108.58,33.57,candidate,450,8000,0.08,360,21:00 pm

            """])
        let error = try #require(inputError { _ = try NetworkReader.read(path: folder) })
        #expect(error.description == "\(folder)/depots.csv:5: receivingClose: expected a time of day like \"06:30\" or minutes since midnight, got '21:00 pm'")
    }

    @Test("a missing required column names the file and the column")
    func missingColumn() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let folder = try temp.copy(fixture: "demo-csv", as: "x", replacing: ["agencies.csv": """
            id,name,lon,lat,cutoff,capacityKgPerDay
            A1,SF Express county hub,108.80,33.45,18:00,80000

            """])
        let error = try #require(inputError { _ = try NetworkReader.read(path: folder) })
        #expect(error.description == "\(folder)/agencies.csv:1: handlingCostPerKg: missing required column")
        #expect(error.problemCount == 1)  // not again as a missing value on every row
    }

    @Test("a bad number names the file, line and column")
    func badNumber() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let folder = try temp.copy(fixture: "demo-csv", as: "x", replacing: ["supply.csv": """
            village,product,kgPerDay
            V1,peach,1200
            V1,kiwi,"1,300"
            V2,kiwi,800
            V3,peach,500

            """])
        let error = try #require(inputError { _ = try NetworkReader.read(path: folder) })
        #expect(error.description == "\(folder)/supply.csv:3: kgPerDay: expected a number, got '1,300'")
    }

    @Test("an unknown product in supply.csv points at its product cell")
    func unknownProduct() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let folder = try temp.copy(fixture: "demo-csv", as: "x", replacing: ["supply.csv": """
            village,product,kgPerDay
            V1,peach,1200
            V1,kiwi,300
            V2,kiwi,800
            V3,peach,500
            V3,fish,20

            """])
        let error = try #require(inputError { _ = try NetworkReader.read(path: folder) })
        #expect(error.description == "\(folder)/supply.csv:6: product: unknown product 'fish'")
    }

    @Test("unknown columns are rejected, annotation columns skipped, booleans in several spellings")
    func columns() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let folder = try temp.copy(fixture: "demo-csv", as: "x", replacing: ["vehicle_types.csv": """
            id,name,capacityKg,refrigerated,costPerKm,fixedCostPerDay,count,homedepot,comment
            van,Refrigerated van,1500,yes,2.6,260,4,D1,bought 2023

            """])
        let error = try #require(inputError { _ = try NetworkReader.read(path: folder) })
        #expect(error.description == "\(folder)/vehicle_types.csv:1: homedepot: unknown column 'homedepot' (did you mean 'homeDepot'?)")
        #expect(error.problemCount == 1)
    }

    @Test("a missing table file is named")
    func missingFile() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let folder = try temp.copy(fixture: "demo-csv", as: "x")
        try FileManager.default.removeItem(atPath: folder + "/depots.csv")
        let error = try #require(inputError { _ = try NetworkReader.read(path: folder) })
        #expect(error.description == "\(folder)/depots.csv: no such file")
    }

    @Test("a malformed quote is reported on its line")
    func malformedQuote() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let folder = try temp.copy(fixture: "demo-csv", as: "x", replacing: ["junctions.csv": """
            id,name,lon,lat
            J1,"Pass" north,108.60,33.54

            """])
        let error = try #require(inputError { _ = try NetworkReader.read(path: folder) })
        #expect(error.description == "\(folder)/junctions.csv:2: malformed CSV (Can't have non-quote here: n)")
    }

    @Test("a supply row for an unknown village")
    func unknownVillage() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let folder = try temp.copy(fixture: "demo-csv", as: "x", replacing: ["supply.csv": """
            village,product,kgPerDay
            V1,peach,1200
            V1,kiwi,300
            V2,kiwi,800
            V3,peach,500
            V9,peach,10

            """])
        let error = try #require(inputError { _ = try NetworkReader.read(path: folder) })
        #expect(error.description == "\(folder)/supply.csv:6: village: unknown village 'V9'")
    }

    @Test("a top-level setting is placed in network.csv")
    func topLevelSetting() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let folder = try temp.copy(fixture: "demo-csv", as: "x", replacing: ["network.csv": """
            format,version,name,coordinates,circuityFactor,driverCostPerHour,_source
            coldroute-network,1,Demo County,lonlat,0.8,32,county bureau 2024

            """])
        let error = try #require(inputError { _ = try NetworkReader.read(path: folder) })
        #expect(error.description == "\(folder)/network.csv:2: circuityFactor: must be at least 1 (got 0.8)")
    }
}
