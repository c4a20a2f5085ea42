import Foundation
import Testing

/// Malformed networks give a one-line error naming the file and the place, and exit with a code
/// below 128 (never a crash or a signal).
@Suite struct BadInputTests {
    let tiny: String

    init() throws {
        tiny = try String(contentsOf: CLIRunner.repository.appendingPathComponent("networks/tiny.json"), encoding: .utf8)
    }

    /// Writes `text` as a network file and runs `coldroute validate` and `plan` on it.
    func expectError(_ text: String, file: String = "net.json", mentions expected: [String]) throws {
        let directory = try CLIRunner.temporaryDirectory()
        let path = directory.appendingPathComponent(file).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        for command in ["validate", "plan"] {
            let result = try CLIRunner.run([command, path])
            #expect(result.status == 1, "\(command): status \(result.status)")
            let lines = result.stderr.split(separator: "\n")
            let first = try #require(lines.first.map(String.init), "\(command) printed no error")
            #expect(first.contains(path), "\(first)")
            for text in expected { #expect(first.contains(text), "\(first) lacks \(text)") }
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func truncatedJSON() throws {
        let cut = String(tiny.prefix(tiny.count / 2))
        let line = cut.split(separator: "\n", omittingEmptySubsequences: false).count
        try expectError(cut, mentions: ["line \(line)"])
    }

    @Test func unknownProductInSupply() throws {
        try expectError(tiny.replacingOccurrences(of: "\"supply\": {\"berry\": 200}, \"readyTime\": \"06:00\", \"pickupStart\": \"06:00\", \"pickupEnd\": \"18:00\", \"serviceMin\": 0, \"lowIncomeHouseholds\": 5",
                                                  with: "\"supply\": {\"berri\": 200}, \"readyTime\": \"06:00\", \"pickupStart\": \"06:00\", \"pickupEnd\": \"18:00\", \"serviceMin\": 0, \"lowIncomeHouseholds\": 5"),
                        mentions: ["villages[0].supply", "berri"])
    }

    @Test func unknownHomeDepot() throws {
        try expectError(tiny.replacingOccurrences(of: "\"count\": 3,", with: "\"count\": 3, \"homeDepot\": \"D9\","),
                        mentions: ["vehicleTypes[0].homeDepot", "D9"])
    }

    @Test func negativeCapacity() throws {
        try expectError(tiny.replacingOccurrences(of: "\"capacityKgPerDay\": 1000, \"handlingCostPerKg\": 0, \"receivingOpen\": \"00:00\", \"receivingClose\": \"23:59\"},\n    {\"id\": \"D1\"",
                                                  with: "\"capacityKgPerDay\": -5, \"handlingCostPerKg\": 0, \"receivingOpen\": \"00:00\", \"receivingClose\": \"23:59\"},\n    {\"id\": \"D1\""),
                        mentions: ["depots[0].capacityKgPerDay", "-5"])
    }

    @Test func csvMissingColumn() throws {
        let directory = try CLIRunner.temporaryDirectory().appendingPathComponent("tiny")
        try FileManager.default.copyItem(at: CLIRunner.repository.appendingPathComponent("networks/tiny"), to: directory)
        let depots = directory.appendingPathComponent("depots.csv")
        let rows = try String(contentsOf: depots, encoding: .utf8).split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false) }
        let column = try #require(rows[0].firstIndex(of: "capacityKgPerDay"))
        let text = rows.map { row in row.enumerated().filter { $0.offset != column }.map { String($0.element) }.joined(separator: ",") }.joined(separator: "\n") + "\n"
        try text.write(to: depots, atomically: true, encoding: .utf8)
        let result = try CLIRunner.run(["validate", directory.path])
        #expect(result.status == 1)
        let first = String(result.stderr.split(separator: "\n").first ?? "")
        #expect(first.contains("depots.csv"), "\(first)")
        #expect(first.contains("capacityKgPerDay"), "\(first)")
    }

    @Test func missingFile() throws {
        let result = try CLIRunner.run(["plan", "no/such/network.json"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no/such/network.json"))
    }

    @Test func badOptionIsAUsageError() throws {
        let result = try CLIRunner.run(["plan", "networks/tiny.json", "--low-income-target", "abc"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--low-income-target"))
    }
}
