import ColdRouteIO
import ColdRouteModel
import Foundation
import Testing

/// Valhalla's verbose `sources_to_targets` (rows of cell objects), read by the byte scanner
/// (`MatrixJSONParser+VerboseCells.swift`) on the four-place network of ``TravelMatrixReaderTests``.
@Suite("Valhalla verbose matrix scanner")
struct ValhallaVerboseMatrixTests {
    static func read(_ text: String) throws -> ImportedMatrix { try TravelMatrixReaderTests.read(text) }

    /// Seconds and distance of the test matrix: asymmetric, so a transposed read shows.
    static func seconds(_ i: Int, _ j: Int) -> Int { 60 * (i + 1) + 7 * j }
    static func distance(_ i: Int, _ j: Int) -> Double { Double(i) * 1.5 + Double(j) * 0.25 + 1 }
    static func isNull(_ i: Int, _ j: Int) -> Bool { i == 2 && j == 1 }

    /// The verbose response, one cell per pair; `cell` may rewrite a cell's text.
    static func verbose(units: String = "kilometers", separator: String = ",",
                        cell: (Int, Int, String) -> String = { _, _, text in text }) -> String {
        let rows = (0..<4).map { i in
            "[" + (0..<4).map { j in
                let text = isNull(i, j) ? #"{"from_index":\#(i),"to_index":\#(j),"time":null,"distance":null}"#
                    : #"{"from_index":\#(i),"to_index":\#(j),"time":\#(seconds(i, j)),"distance":\#(distance(i, j))}"#
                return cell(i, j, text)
            }.joined(separator: separator) + "]"
        }
        return #"{"units":"\#(units)","sources_to_targets":["# + rows.joined(separator: separator) + "]}"
    }

    /// The same matrix in the `verbose: false` shape (read by the packed-array path).
    static func concise(units: String = "kilometers") -> String {
        func table(_ value: (Int, Int) -> String) -> String {
            "[" + (0..<4).map { i in "[" + (0..<4).map { j in isNull(i, j) ? "null" : value(i, j) }.joined(separator: ",") + "]" }
                .joined(separator: ",") + "]"
        }
        return #"{"units":"\#(units)","sources_to_targets":{"durations":\#(table { "\(seconds($0, $1))" }),"#
            + #""distances":\#(table { "\(distance($0, $1))" })}}"#
    }

    @Test("every cell: seconds become minutes, distances kilometres, null is no route, the diagonal is 0")
    func cells() throws {
        let m = try Self.read(Self.verbose())
        for i in 0..<4 {
            for j in 0..<4 {
                let k = i * 4 + j
                if i == j {
                    #expect(m.minutes[k] == 0 && m.kilometres?[k] == 0)
                } else if Self.isNull(i, j) {
                    #expect(m.minutes[k] == .infinity, "cell \(i), \(j)")
                } else {
                    #expect(m.minutes[k] == Double(Self.seconds(i, j)) / 60, "cell \(i), \(j)")
                    #expect(m.kilometres?[k] == Self.distance(i, j), "cell \(i), \(j)")
                }
            }
        }
        #expect(m.missingLegs == 1)
    }

    @Test("miles and kilometres: the verbose shape reads exactly as the verbose-false shape")
    func sameAsConcise() throws {
        for units in ["kilometers", "miles"] {
            let verbose = try Self.read(Self.verbose(units: units))
            let concise = try Self.read(Self.concise(units: units))
            #expect(verbose.minutes == concise.minutes, "\(units)")
            #expect(verbose.kilometres == concise.kilometres, "\(units)")
        }
        let miles = try Self.read(Self.verbose(units: "miles"))
        #expect(abs((miles.kilometres?[0 * 4 + 1] ?? 0) - Self.distance(0, 1) * 1.609344) < 1e-12)
    }

    @Test("pretty-printed, members in any order, extra members, escaped keys, no indices, absent time")
    func shapes() throws {
        let text = Self.verbose(separator: ",\n  ") { i, j, text in
            switch (i, j) {
            case (0, 1):  // reordered, with a date_time string and a nested object Valhalla may add
                return #"{ "distance" : \#(Self.distance(0, 1)), "date_time": "2026-12-04T05:00", "x": {"a": [1, {"b": null}]},"#
                    + #" "time" : \#(Self.seconds(0, 1)) }"#
            case (1, 0): return #"{"ti\u006de": \#(Self.seconds(1, 0)), "distance": \#(Self.distance(1, 0))}"#  // no indices
            case (3, 2): return #"{"from_index": 3, "to_index": 2, "distance": 4}"#  // no time: no route
            default: return text
            }
        }
        let m = try Self.read(text)
        #expect(m.minutes[0 * 4 + 1] == Double(Self.seconds(0, 1)) / 60 && m.kilometres?[0 * 4 + 1] == Self.distance(0, 1))
        #expect(m.minutes[1 * 4 + 0] == Double(Self.seconds(1, 0)) / 60)
        #expect(m.minutes[3 * 4 + 2] == .infinity)
        #expect(m.missingLegs == 2)
    }

    @Test("shape errors name the cell's JSON path and line")
    func shapeErrors() {
        func error(_ text: String) -> String { inputError { _ = try Self.read(text) }?.description ?? "no error" }
        let stringTime = error(Self.verbose(separator: ",\n") { i, j, text in
            i == 1 && j == 2 ? #"{"from_index": 1, "to_index": 2, "time": "12", "distance": 1}"# : text
        })
        #expect(stringTime.contains("sources_to_targets[1][2].time (line 7)") && stringTime.contains("must be a number or null (got a string)"),
                "\(stringTime)")
        let swapped = error(Self.verbose { i, j, text in i == 2 && j == 3 ? #"{"from_index": 3, "to_index": 2, "time": 5}"# : text })
        #expect(swapped.contains("sources_to_targets[2][3]") && swapped.contains("is from_index 3, to_index 2, not 2, 3"), "\(swapped)")
        let negative = error(Self.verbose { i, j, text in i == 0 && j == 3 ? #"{"time": -5, "distance": 1}"# : text })
        #expect(negative.contains("sources_to_targets[0][3].time") && negative.contains("must not be negative"), "\(negative)")
        let negativeKm = error(Self.verbose { i, j, text in i == 3 && j == 1 ? #"{"time": 5, "distance": -0.5}"# : text })
        #expect(negativeKm.contains("sources_to_targets[3][1].distance") && negativeKm.contains("must not be negative"), "\(negativeKm)")
        let ragged = error(Self.verbose { i, j, text in i == 2 && j == 3 ? #"{"time": 5}, {"time": 6}"# : text })
        #expect(ragged.contains("sources_to_targets[2]") && ragged.contains("has 5 entries, must hold 4"), "\(ragged)")
        let rows = error(#"{"sources_to_targets": [[{"time": 0}], [{"time": 0}]]}"#)
        #expect(rows.contains("has 2 rows, the network has 4 places"), "\(rows)")
        let notRow = error(#"{"sources_to_targets": [[{"time": 0}], 7]}"#)
        #expect(notRow.contains("sources_to_targets[1]") && notRow.contains("must be an array of cell objects (got a number)"), "\(notRow)")
        let notCell = error(#"{"sources_to_targets": [[{"time": 0}, [1]]]}"#)
        #expect(notCell.contains("sources_to_targets[0][1]") && notCell.contains("must be an object (got an array)"), "\(notCell)")
    }

    @Test("syntax errors name the line and the column (the byte on the line)")
    func syntaxErrors() {
        // One line, as engines answer: the column is the byte offset + 1.
        let good = Self.verbose()
        let broken = good.replacingOccurrences(of: #""time":\#(Self.seconds(1, 3)),"#, with: #""time":\#(Self.seconds(1, 3)) "#)
        let offset = broken.utf8.count - broken.components(separatedBy: #"\#(Self.seconds(1, 3)) "#)[1].utf8.count
        let missingComma = inputError { _ = try Self.read(broken) }?.description ?? "no error"
        #expect(missingComma.contains("line 1, column \(offset + 1)") && missingComma.contains("expected ',' or '}' in a cell object"),
                "\(missingComma)")
        // Cut off after the key of cell [2][2]'s time: the end of the file, on row 2's line.
        let cut = good.replacingOccurrences(of: "],[", with: "],\n[").components(separatedBy: #""time":\#(Self.seconds(2, 2))"#)[0]
            + #""time":"#
        let truncated = inputError { _ = try Self.read(cut) }?.description ?? "no error"
        let lastLine = cut.split(separator: "\n", omittingEmptySubsequences: false).count
        #expect(lastLine == 3 && truncated.contains("line 3,") && truncated.contains("unexpected end of file"), "\(truncated)")
        let badNumber = inputError { _ = try Self.read(#"{"sources_to_targets": [[{"time": 1.2.3}]]}"#) }?.description ?? "no error"
        #expect(badNumber.contains("malformed number") && badNumber.contains("line 1, column"), "\(badNumber)")
        let badWord = inputError { _ = try Self.read(#"{"sources_to_targets": [[{"time": nul}]]}"#) }?.description ?? "no error"
        #expect(badWord.contains("expected null"), "\(badWord)")
    }
}
