import ColdRouteIO
import ColdRouteModel
import Foundation
import Testing

/// Keeps `docs/network-format.md` honest: its commented example must read.
@Suite("Format documentation")
struct DocumentationTests {
    @Test("the commented JSON example in docs/network-format.md reads, once its // notes are removed")
    func commentedExampleReads() throws {
        let docs = Fixture.folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/network-format.md")
        let markdown = try String(contentsOf: docs, encoding: .utf8)
        let start = try #require(markdown.range(of: "```jsonc\n"))
        let end = try #require(markdown.range(of: "```", range: start.upperBound..<markdown.endIndex))
        let json = markdown[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
            .map { withoutComment(String($0)) }.joined(separator: "\n")
        let network = try NetworkReader.loadJSON(text: json, file: "docs example").network
        #expect(network.villages.map(\.id) == ["V1", "V3"])
        #expect(network.villages[1].readyTime == Minutes(345))
        #expect(network.roads[1].travelTime == Minutes(9))
    }

    /// The line up to a `//` that is outside any string.
    private func withoutComment(_ line: String) -> String {
        var inString = false, escaped = false, previous: Character = " "
        for (offset, c) in line.enumerated() {
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
            } else if c == "\"" {
                inString = true
            } else if c == "/", previous == "/" {
                return String(line.prefix(offset - 1))
            }
            previous = c
        }
        return line
    }
}
