import Foundation
import Testing

/// Golden files: `plan NETWORK --seed 1 --route-iterations N --out DIR` on the bundled networks,
/// compared byte for byte with the files committed in `Tests/ColdRouteCLITests/Golden/<case>/`.
///
/// With `--route-iterations` and no `--time-limit` / `--route-time`, `plan` sets no clock at all
/// (`PlanRequest.isClockFree`): every search stops on its work budget, so every file the user gets
/// is the same on any machine under any load. The one exception is `timings.json` (wall-clock
/// seconds per stage), which is left out here and only required to exist. Standard output (the
/// plan text) is compared too, as `stdout.txt`; standard error carries timings and is not.
///
/// An intended change of an output format is recorded with one command (the lead regenerates
/// after merging branches that change formats):
///
///     make golden        # = COLDROUTE_UPDATE_GOLDEN=1 swift test --filter GoldenTests
///
/// which rewrites the folders from the current binary; review the diff with `git diff`.
@Suite struct GoldenTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var network: String
        var iterations: Int
        var testDescription: String { name }
    }

    static let cases = [
        Case(name: "tiny", network: "networks/tiny.json", iterations: 200),
        Case(name: "demo-county", network: "networks/demo-county.json", iterations: 20),
    ]

    /// The file that differs from run to run and is never compared.
    static let clockFile = "timings.json"
    /// The committed folder of one case.
    static func goldenFolder(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
    }
    static var updating: Bool { ProcessInfo.processInfo.environment["COLDROUTE_UPDATE_GOLDEN"] == "1" }

    @Test(arguments: cases) func planMatchesTheGoldenFiles(_ golden: Case) throws {
        let folder = try CLIRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let result = try CLIRunner.run(["plan", golden.network, "--seed", "1",
                                        "--route-iterations", String(golden.iterations), "--out", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent(Self.clockFile).path))
        var actual = try DeterminismTests.files(out)
        actual["stdout.txt"] = Data(result.stdout.utf8)

        let expectedFolder = Self.goldenFolder(golden.name)
        if Self.updating {
            try? FileManager.default.removeItem(at: expectedFolder)
            try FileManager.default.createDirectory(at: expectedFolder, withIntermediateDirectories: true)
            for (name, data) in actual {
                let file = expectedFolder.appendingPathComponent(name)
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: file)
            }
            return
        }
        let expected = try DeterminismTests.files(expectedFolder)
        #expect(!expected.isEmpty, "no golden files in \(expectedFolder.path); run `make golden`")
        #expect(actual.keys.sorted() == expected.keys.sorted(),
                "files differ from Golden/\(golden.name); if intended, run `make golden`")
        for name in expected.keys.sorted() {
            guard let data = actual[name], let wanted = expected[name] else { continue }
            if let difference = Self.firstDifference(expected: wanted, actual: data) {
                Issue.record("Golden/\(golden.name)/\(name) differs (if intended, run `make golden`) at \(difference)")
            }
        }
    }

    /// The first line where two texts differ, as `line N:` with both versions, or nil when the
    /// bytes are equal.
    static func firstDifference(expected: Data, actual: Data) -> String? {
        if expected == actual { return nil }
        let want = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let got = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(want.count, got.count) {
            let w = index < want.count ? String(want[index]) : "<end of file>"
            let g = index < got.count ? String(got[index]) : "<end of file>"
            if w != g { return "line \(index + 1):\n  expected: \(w)\n  actual:   \(g)" }
        }
        return "the bytes (same lines, e.g. a different line ending)"
    }

    @Test func firstDifferenceNamesTheLine() {
        let a = Data("one\ntwo\nthree\n".utf8)
        #expect(Self.firstDifference(expected: a, actual: a) == nil)
        #expect(Self.firstDifference(expected: a, actual: Data("one\ntwo\nthreE\n".utf8))
            == "line 3:\n  expected: three\n  actual:   threE")
        #expect(Self.firstDifference(expected: a, actual: Data("one\ntwo\n".utf8))?.hasPrefix("line 3:") == true)
    }
}
