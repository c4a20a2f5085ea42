import Foundation
import Testing
import ColdRouteBench
import ColdRouteRouting

@Suite("Solomon reader")
struct SolomonReaderTests {
    static let snippet = """
        TINY

        VEHICLE
        NUMBER     CAPACITY
          2         10

        CUSTOMER
        CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME

            0      0          0          0          0        100          0
            1      3          4          5          0         50         10
            7      6          8          6          5         60          2
        """

    @Test func hugeNumbersAreErrorsNotTraps() {
        // Int(x * scale) used to trap for values past 2⁶³ / scale, and a fleet of 2⁶² vehicles.
        for (from, to) in [("1      3          4          5", "1      3e300      4          5"),
                           ("7      6          8          6", "7      6          8          1e19"),
                           ("  2         10", "  4611686018427387904         10")] {
            let text = Self.snippet.replacingOccurrences(of: from, with: to)
            #expect(throws: SolomonFormatError.self, "\(to)") { try SolomonReader.parse(text, file: "huge.txt") }
        }
    }

    @Test func readsASnippet() throws {
        let s = try SolomonReader.parse(Self.snippet, file: "tiny.txt")
        #expect(s.name == "TINY")
        #expect(s.customerNumbers == [0, 1, 7])
        let inst = s.instance
        #expect(inst.depotCount == 1 && inst.clientCount == 2)
        #expect(inst.vehicleTypes == [RoutingVehicleType(capacity: 10, count: 2, maxTrips: 1)])
        #expect(inst.distance(0, 1) == 5000 && inst.duration(0, 1) == 5000)
        #expect(inst.clients[1] == RoutingClient(demand: 6, readyTime: 5000, dueTime: 60000, serviceTime: 2000, location: RoutingPoint(x: 6, y: 8)))
        #expect(inst.depots[0].dueTime == 100_000)
        #expect(abs(s.realDistance(ofRoute: [1, 2]) - 20) < 1e-12)
    }

    @Test func scalesRealDistancesAndRoundsTimesUp() throws {
        let text = Self.snippet.replacingOccurrences(of: "1      3          4", with: "1      1          1")
        let s = try SolomonReader.parse(text, file: "t")
        // √2 · 1000 = 1414.21…: distance rounds to 1414, travel time rounds up to 1415.
        #expect(s.instance.distance(0, 1) == 1414)
        #expect(s.instance.duration(0, 1) == 1415)
    }

    @Test func readsCRLFFiles() throws {
        let s = try SolomonReader.parse(Self.snippet.replacingOccurrences(of: "\n", with: "\r\n"), file: "crlf.txt")
        #expect(s.instance.clientCount == 2)
    }

    @Test func badRowNamesFileLineAndProblem() throws {
        let broken = Self.snippet.replacingOccurrences(of: "7      6          8          6          5         60          2", with: "7      6          8          6          5         60")
        let error = #expect(throws: SolomonFormatError.self) { try SolomonReader.parse(broken, file: "bad.txt") }
        #expect(error?.file == "bad.txt")
        #expect(error?.line == 12)
        #expect(error?.description.contains("expected 7 fields") == true)
    }

    @Test func windowAndFleetErrors() throws {
        let late = Self.snippet.replacingOccurrences(of: "0         50         10", with: "80         50         10")
        #expect(throws: SolomonFormatError.self) { try SolomonReader.parse(late, file: "w.txt") }
        let noFleet = Self.snippet.replacingOccurrences(of: "  2         10", with: "  two       10")
        let error = #expect(throws: SolomonFormatError.self) { try SolomonReader.parse(noFleet, file: "f.txt") }
        #expect(error?.description.hasPrefix("f.txt:") == true)
    }
}
