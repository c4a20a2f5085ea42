import ColdRouteIO
import ColdRouteModel
import Foundation
import Testing

/// The matrix readers: each format's shape and units, `null` cells, and errors that name the first mismatch.
@Suite("Travel matrix readers")
struct TravelMatrixReaderTests {
    /// Two villages, a depot and an agency, lon/lat: matrix order V1, V2, D1, A1.
    static func network() -> CountyNetwork {
        func village(_ id: String, _ lon: Double) -> Village {
            Village(id: Village.ID(id), name: id, location: Coordinate(x: lon, y: 33.5), supply: ["peach": Kilograms(500)],
                    readyTime: Minutes(360), pickupStart: Minutes(360), pickupEnd: Minutes(720), serviceTime: Minutes(10),
                    lowIncomeHouseholds: 5)
        }
        return CountyNetwork(
            name: "Four", coordinateSystem: .lonLat,
            products: [Product(id: "peach", name: "Peach", shelfLifeAmbient: Minutes(240), shelfLifeRefrigerated: Minutes(600),
                               valuePerKg: Yuan(8))],
            villages: [village("V1", 108.50), village("V2", 108.60)],
            depots: [Depot(id: "D1", name: "D1", location: Coordinate(x: 108.70, y: 33.5), status: .existing,
                           openingCostPerDay: Yuan(500), capacityPerDay: Kilograms(10_000), handlingCostPerKg: Yuan(0.05),
                           receivingOpen: Minutes(360), receivingClose: Minutes(1200))],
            agencies: [Agency(id: "A1", name: "A1", location: Coordinate(x: 108.80, y: 33.5), cutoff: Minutes(1080),
                              handlingCostPerKg: Yuan(0.3), capacityPerDay: Kilograms(50_000))])
    }

    static func read(_ text: String, file: String = "m.json", profile: String? = nil) throws -> ImportedMatrix {
        try TravelMatrixReader.read(data: Data(text.utf8), file: file, network: network(), profile: profile)
    }

    static let osrm = """
        {"code": "Ok",
         "durations": [[0, 600, 1200, 1800], [600, 0, 600, 1200], [1200, 600, 0, 600.6], [1800, 1200, null, 0]],
         "distances": [[0, 9000, 18000, 27000], [9000, 0, 9000, 18000], [18000, 9000, 0, 9000], [27000, 18000, null, 0]],
         "sources": [{"location": [108.5001, 33.5]}, {"location": [108.6, 33.5002]}, {"location": [108.7, 33.5]}, {"location": [108.8, 33.5]}]}
        """

    @Test("OSRM: seconds become minutes, metres kilometres, places in matrix-request order")
    func osrm() throws {
        let m = try Self.read(Self.osrm)
        #expect(m.ids == ["V1", "V2", "D1", "A1"])
        #expect(m.minutes[0 * 4 + 1] == 10 && abs(m.minutes[2 * 4 + 3] - 10.01) < 1e-12)
        #expect(m.kilometres?[0 * 4 + 3] == 27)
        #expect(m.missingLegs == 1)
        let travel = try TravelModel(network: Self.network(), matrix: m)
        #expect(travel.leg(from: .village(0), to: .depot(0)) == Leg(time: Minutes(20), distance: Kilometres(18)))
        #expect(travel.leg(from: .agency(0), to: .depot(0)) == nil)  // the null cell
        #expect(travel.leg(from: .depot(0), to: .agency(0)) != nil)  // only that direction
    }

    @Test("OSRM: a size mismatch names what is off")
    func osrmSize() {
        let error = inputError { _ = try Self.read(#"{"code": "Ok", "durations": [[0, 1], [1, 0]]}"#) }
        #expect(error?.description.contains("durations") == true)
        #expect(error?.description.contains("has 2 rows, the network has 4 places") == true)
        let ragged = inputError { _ = try Self.read(#"{"durations": [[0,1,2,3],[1,0,2],[0,0,0,0],[0,0,0,0]]}"#) }
        #expect(ragged?.description.contains("durations[1]") == true)
        #expect(ragged?.description.contains("has 3 entries") == true)
    }

    @Test("OSRM: a waypoint far from its place is the first mismatch")
    func osrmCoordinates() {
        let swapped = Self.osrm.replacingOccurrences(of: #"{"location": [108.6, 33.5002]}"#, with: #"{"location": [108.9, 33.5]}"#)
        let error = inputError { _ = try Self.read(swapped) }
        #expect(error?.description.contains("sources[1]") == true, "\(String(describing: error))")
        #expect(error?.description.contains("V2") == true)
    }

    @Test("OSRM: an error response is reported with its message")
    func osrmError() {
        let error = inputError { _ = try Self.read(#"{"code": "NoTable", "message": "No table found"}"#) }
        #expect(error?.description.contains("OSRM answered NoTable: No table found") == true)
    }

    @Test("Valhalla, verbose: time in s, distance in the response's units; null time is no route")
    func valhallaVerbose() throws {
        var rows: [String] = []
        for i in 0..<4 {
            let cells = (0..<4).map { j in
                i == 3 && j == 0 ? #"{"from_index": 3, "to_index": 0, "time": null, "distance": null}"#
                    : #"{"from_index": \#(i), "to_index": \#(j), "time": \#(abs(i - j) * 60), "distance": \#(Double(abs(i - j)) * 2.5)}"#
            }
            rows.append("[" + cells.joined(separator: ",") + "]")
        }
        let text = #"{"units": "miles", "sources_to_targets": ["# + rows.joined(separator: ",") + "]}"
        let m = try Self.read(text)
        #expect(m.minutes[1] == 1 && m.minutes[3] == 3)
        #expect(abs((m.kilometres?[1] ?? 0) - 2.5 * 1.609344) < 1e-9)
        #expect(m.minutes[3 * 4 + 0] == .infinity)
        #expect(m.missingLegs == 1)
    }

    @Test("Valhalla, verbose false: durations and distances tables")
    func valhallaConcise() throws {
        let text = """
            {"sources_to_targets": {"durations": [[0,60,120,180],[60,0,60,120],[120,60,0,60],[180,120,60,0]],
                                    "distances": [[0,1,2,3],[1,0,1,2],[2,1,0,1],[3,2,1,0]]},
             "sources": [[{"lon": 108.5, "lat": 33.5}, {"lon": 108.6, "lat": 33.5}, {"lon": 108.7, "lat": 33.5}, {"lon": 108.8, "lat": 33.5}]],
             "units": "kilometers"}
            """
        let m = try Self.read(text)
        #expect(m.minutes[2 * 4 + 0] == 2 && m.kilometres?[2 * 4 + 0] == 2)
        let wrongUnits = inputError { _ = try Self.read(text.replacingOccurrences(of: "kilometers", with: "furlongs")) }
        #expect(wrongUnits?.description.contains("units") == true)
    }

    @Test("VROOM: a profile's integer durations and distances; car by default, else name one")
    func vroom() throws {
        let table = "[[0,60,120,180],[60,0,60,120],[120,60,0,60],[180,120,60,0]]"
        let slow = "[[0,90,180,270],[90,0,90,180],[180,90,0,90],[270,180,90,0]]"
        let text = #"{"vehicles": [], "matrices": {"truck": {"durations": \#(slow)}, "car": {"durations": \#(table), "distances": \#(table)}}}"#
        #expect(try Self.read(text).minutes[3] == 3)
        #expect(try Self.read(text, profile: "truck").minutes[3] == 4.5)
        #expect(try Self.read(text, profile: "truck").kilometres == nil)
        let noCar = #"{"matrices": {"truck": {"durations": \#(slow)}, "bike": {"durations": \#(table)}}}"#
        #expect(inputError { _ = try Self.read(noCar) }?.description.contains("none is car") == true)
        #expect(inputError { _ = try Self.read(text, profile: "van") }?.description.contains("no profile van") == true)
    }

    @Test("CSV: pairs by id; blank minutes and unlisted pairs are no route; errors name the line")
    func csv() throws {
        let text = "from,to,minutes,km\nV1,D1,12.5,10\nD1,V1,13,10\nV2,D1,,\n\"V2\",A1,30,25\n"
        let m = try Self.read(text, file: "t.csv")
        #expect(m.minutes[0 * 4 + 2] == 12.5 && m.kilometres?[2 * 4 + 0] == 10)
        #expect(m.minutes[1 * 4 + 2] == .infinity)
        #expect(m.minutes[1 * 4 + 3] == 30)
        #expect(m.minutes[0 * 4 + 1] == .infinity)  // not listed
        let unknown = inputError { _ = try Self.read("from,to,minutes\nV1,D9,3\n", file: "t.csv") }
        #expect(unknown?.description.contains("t.csv:2") == true && unknown?.description.contains("unknown place D9") == true,
                "\(String(describing: unknown))")
        let twice = inputError { _ = try Self.read("from,to,minutes\nV1,D1,3\nV1,D1,4\n", file: "t.csv") }
        #expect(twice?.description.contains("t.csv:3") == true && twice?.description.contains("listed twice") == true)
        let negative = inputError { _ = try Self.read("from,to,minutes\nV1,D1,-3\n", file: "t.csv") }
        #expect(negative?.description.contains("non-negative") == true)
        #expect(inputError { _ = try Self.read("a,b,c\n", file: "t.csv") }?.description.contains("from, to, minutes") == true)
    }

    @Test("CSV: a row with too few or too many cells, or an unterminated quote, is an error naming its line, never dropped")
    func csvNoSilentLoss() {
        let short = inputError { _ = try Self.read("from,to,minutes,km\nV1,D1,12,10\nD1,V1\n", file: "t.csv") }
        #expect(short?.description.contains("t.csv:3") == true && short?.description.contains("2 cells, the header has 4") == true,
                "\(String(describing: short))")
        let long = inputError { _ = try Self.read("from,to,minutes\nV1,D1,12,10\n", file: "t.csv") }
        #expect(long?.description.contains("t.csv:2") == true && long?.description.contains("4 cells, the header has 3") == true)
        let quote = inputError { _ = try Self.read("from,to,minutes\n\"V1,D1,12\n", file: "t.csv") }
        #expect(quote?.description.contains("t.csv:2") == true && quote?.description.contains("unterminated quote") == true,
                "\(String(describing: quote))")
        // Out of the usual order (to before from, rows shuffled, CRLF, null): the ids still decide.
        let shuffled = try? Self.read("to,from,minutes\r\nD1,V2,7\r\nV1,D1,null\r\n\r\nA1,V1,4.25\r\n", file: "t.csv")
        #expect(shuffled?.minutes[1 * 4 + 2] == 7 && shuffled?.minutes[2 * 4 + 0] == .infinity && shuffled?.minutes[0 * 4 + 3] == 4.25)
    }

    @Test("a file that is no matrix, and bad JSON, are one-line errors")
    func notAMatrix() {
        #expect(inputError { _ = try Self.read(#"{"rows": []}"#) }?.description.contains("is not a travel matrix") == true)
        let syntax = inputError { _ = try Self.read("{\n\"durations\": [[0,1],\n[1 0]]}") }
        #expect(syntax?.description.contains("line 3") == true, "\(String(describing: syntax))")
    }

    @Test("a model over a matrix that lacks a place of the network names it")
    func missingPlace() throws {
        let m = ImportedMatrix(ids: ["V1", "V2", "D1"], minutes: [Double](repeating: 1, count: 9), kilometres: nil, source: "x")
        #expect(throws: TravelMatrixMismatch(placeID: "A1", source: "x")) { try TravelModel(network: Self.network(), matrix: m) }
    }

    @Test("matrix-request lists the places in the order the readers expect")
    func request() throws {
        let osrm = try MatrixRequest.text(for: Self.network(), engine: .osrm)
        #expect(osrm == "/table/v1/driving/108.500000,33.500000;108.600000,33.500000;108.700000,33.500000;108.800000,33.500000"
            + "?annotations=duration,distance")
        let valhalla = try MatrixRequest.text(for: Self.network(), engine: .valhalla)
        let body = try #require(try JSONSerialization.jsonObject(with: Data(valhalla.utf8)) as? [String: Any])
        let sources = try #require(body["sources"] as? [[String: Double]])
        #expect(sources.map { $0["lon"] ?? 0 } == [108.5, 108.6, 108.7, 108.8])
        #expect(body["verbose"] as? Bool == false)
    }
}
