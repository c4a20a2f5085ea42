@testable import ColdRouteIO
import ColdRouteModel
import Foundation
import Testing

/// Issue 11, parts 1 and 4: readers that never drop data or coerce a number, with every
/// reproducer of the issue as a test.
@Suite("Readers never drop data")
struct ReaderRobustnessTests {
    static let tinyPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../networks/tiny.json").standardizedFileURL.path
    static let tinyFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../networks/tiny").standardizedFileURL.path

    func tiny() throws -> CountyNetwork { try NetworkReader.read(path: Self.tinyPath) }

    /// The tiny CSV folder copied, with one file's text changed.
    func csvFolder(_ temp: TemporaryFolder, _ file: String, _ change: (String) -> String) throws -> String {
        let folder = temp.file("net")
        try FileManager.default.copyItem(atPath: Self.tinyFolder, toPath: folder)
        let path = (folder as NSString).appendingPathComponent(file)
        try change(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
        return folder
    }

    @Test("an unterminated quote is an error on its line, not the rest of the file swallowed")
    func unterminatedQuote() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let folder = try csvFolder(temp, "villages.csv") { $0.replacingOccurrences(of: "V3,East,", with: "V3,\"East,") }
        let error = try #require(inputError { _ = try NetworkReader.read(path: folder) })
        #expect(error.description.hasPrefix("\(folder)/villages.csv:4: malformed CSV (a quoted cell opened on this line is never closed)"),
                "\(error)")
    }

    @Test("quoted cells with commas, doubled quotes and line breaks still read")
    func wellFormedQuotes() {
        #expect(CSVTable.unterminatedQuoteLine(in: "a,\"b,\"\"c\"\"\nd\",e\n") == nil)
        #expect(CSVTable.unterminatedQuoteLine(in: "a,b\"c,d\n") == nil)   // a quote inside a cell is literal
        #expect(CSVTable.unterminatedQuoteLine(in: "a,b\n\"c,d\n") == 2)
        #expect(CSVTable.unterminatedQuoteLine(in: "a,\"\"\"\n") == 1)
    }

    @Test("a row with too few cells is an error naming file and line")
    func shortRow() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let folder = try csvFolder(temp, "villages.csv") { $0.replacingOccurrences(of: "V2,North,0,20,06:00,06:00,18:00,0,10", with: "V2,North,0,20") }
        let error = try #require(inputError { _ = try NetworkReader.read(path: folder) })
        #expect(error.problems.map(\.description).contains("\(folder)/villages.csv:3: only 4 cells, but the header has 9 columns"), "\(error)")
    }

    @Test("supply.csv kg 1e19 is a validation error, not a trap")
    func hugeSupply() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let folder = try csvFolder(temp, "supply.csv") { $0.replacingOccurrences(of: ",200\n", with: ",1e19\n") }
        let error = try #require(inputError { _ = try NetworkReader.read(path: folder) })
        #expect(error.description.contains("supply.csv:2") && error.description.contains("must be between 0 and 1000000000"), "\(error)")
    }

    // MARK: - VROOM and route sheets

    func vroom(_ steps: String) throws -> InputError? {
        let network = try tiny()
        let json = #"{"code": 0, "routes": [{"vehicle": 1, "depot": "D0", "steps": ["# + steps + "]}]}"
        return inputError { _ = try RouteSheetReader.read(bytes: Array(json.utf8), file: "v.json", network: network) }
    }

    static let start = #"{"type": "start", "arrival": 21000}"#
    static let job = #"{"type": "job", "description": "V1", "arrival": 21600, "kilograms": 5}"#
    static let end = #"{"type": "end", "arrival": 23160}"#

    @Test("an end step in the middle of a VROOM route is an error")
    func endInTheMiddle() throws {
        let error = try #require(try vroom([Self.start, Self.end, Self.job].joined(separator: ",")))
        #expect(error.description.contains("routes[0].steps[1].type") && error.description.contains("the end step must be the last step"), "\(error)")
        let startLate = try #require(try vroom([Self.job, Self.start, Self.end].joined(separator: ",")))
        #expect(startLate.description.contains("the start step must be the first step"), "\(startLate)")
        #expect(try vroom([Self.start, Self.job, Self.end].joined(separator: ",")) == nil)
    }

    @Test("numbers given as strings are errors, not defaults", arguments: [
        #"{"type": "job", "description": "V1", "arrival": 21600, "kilograms": "NaN"}"#,
        #"{"type": "job", "description": "V1", "arrival": "21600", "kilograms": 5}"#,
        #"{"type": "job", "description": "V1", "arrival": 21600, "kilograms": 5, "service": "5"}"#,
        #"{"type": "job", "id": "1", "arrival": 21600, "kilograms": 5}"#,
    ])
    func numericStrings(job: String) throws {
        let error = try #require(try vroom([Self.start, job, Self.end].joined(separator: ",")))
        #expect(error.description.contains("expected a number, got a string"), "\(error)")
    }

    @Test("a VROOM id of 1e300 or kilograms of 1e19 is an error, not a trap")
    func hugeVroomNumbers() throws {
        let id = try #require(try vroom([Self.start, #"{"type": "job", "id": 1e300, "arrival": 21600, "kilograms": 5}"#, Self.end].joined(separator: ",")))
        #expect(id.description.contains("steps[1].id") && id.description.contains("must be between"), "\(id)")
        let kg = try #require(try vroom([Self.start, #"{"type": "job", "description": "V1", "arrival": 21600, "kilograms": 1e19}"#, Self.end].joined(separator: ",")))
        #expect(kg.description.contains("steps[1]"), "\(kg)")
    }

    @Test("route-sheet kilograms of 1e19 is an error naming the line")
    func hugeRouteSheetKilograms() throws {
        let network = try tiny()
        let csv = "vehicle,depot,vehicle_type,sequence,stop_id,arrival,departure,kilograms\n"
            + "T,D0,truck,0,D0,,05:50,\nT,D0,truck,1,V1,06:00,06:00,1e19\nT,D0,truck,2,D0,06:30,,\n"
        let error = try #require(inputError { _ = try RouteSheetReader.read(bytes: Array(csv.utf8), file: "r.csv", network: network) })
        #expect(error.description.hasPrefix("r.csv:3: kilograms: expected a number between 0 and 1000000000, got '1e19'"), "\(error)")
    }
}
