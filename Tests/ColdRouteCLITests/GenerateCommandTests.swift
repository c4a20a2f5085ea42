import Foundation
import Testing

/// `coldroute generate`: same seed, same bytes; the output validates and plans; bad sizes are
/// argument errors (exit 64).
@Suite struct GenerateCommandTests {
    func generate(_ arguments: [String]) throws -> CLIRunner.Output {
        try CLIRunner.run(["generate"] + arguments)
    }

    @Test func sameSeedGivesByteIdenticalJSON() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let a = directory.appendingPathComponent("a.json").path, b = directory.appendingPathComponent("b.json").path
        let c = directory.appendingPathComponent("c.json").path
        for (path, seed) in [(a, "7"), (b, "7"), (c, "8")] {
            let result = try generate(["--villages", "150", "--depots", "9", "--agencies", "3", "--seed", seed, "--out", path])
            #expect(result.status == 0, "\(result.stderr)")
            #expect(result.stdout.isEmpty)
            #expect(result.stderr.contains("150 villages"))
        }
        let bytesA = try Data(contentsOf: URL(fileURLWithPath: a))
        #expect(bytesA == (try Data(contentsOf: URL(fileURLWithPath: b))))
        #expect(bytesA != (try Data(contentsOf: URL(fileURLWithPath: c))))

        let validate = try CLIRunner.run(["validate", a])
        #expect(validate.status == 0, "\(validate.stderr)")
        #expect(validate.stderr.isEmpty, "warnings: \(validate.stderr)")
    }

    @Test func csvFolderTwinReadsTheSame() throws {
        let directory = try CLIRunner.temporaryDirectory()
        let json = directory.appendingPathComponent("county.json").path
        let folder = directory.appendingPathComponent("county").path
        for out in [json, folder] {
            let result = try generate(["--villages", "40", "--depots", "4", "--agencies", "2", "--seed", "3", "--out", out])
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(FileManager.default.fileExists(atPath: folder + "/villages.csv"))
        let fromJSON = try CLIRunner.run(["validate", json]), fromCSV = try CLIRunner.run(["validate", folder])
        #expect(fromJSON.status == 0 && fromCSV.status == 0)
        // The summaries differ only in the path they name.
        #expect(fromJSON.stdout.replacingOccurrences(of: json, with: "X") == fromCSV.stdout.replacingOccurrences(of: folder, with: "X"))
    }

    @Test func generatedCountyPlans() throws {
        let path = try CLIRunner.temporaryDirectory().appendingPathComponent("county.json").path
        #expect(try generate(["--villages", "60", "--depots", "6", "--agencies", "2", "--seed", "11", "--out", path]).status == 0)
        let plan = try CLIRunner.run(["plan", path, "--time-limit", "20", "--quiet"])
        #expect(plan.status == 0, "\(plan.stderr)")
        #expect(plan.stdout.contains("Independent check: passed"))
    }

    @Test(arguments: [["--villages", "0"], ["--depots", "0"], ["--agencies", "-1"], ["--villages", "x"], []])
    func badSizesAreArgumentErrors(_ bad: [String]) throws {
        let path = try CLIRunner.temporaryDirectory().appendingPathComponent("county.json").path
        let result = try generate(bad.isEmpty ? [] : bad + ["--out", path])
        #expect(result.status == 64, "\(bad): \(result.status) \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
