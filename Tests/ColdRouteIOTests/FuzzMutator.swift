import ColdRouteModel
import Foundation

/// A small seeded mutation fuzzer for network files: takes valid input bytes and breaks them in
/// the ways real files get broken (cut short, edited by hand, saved by a spreadsheet, produced by a
/// buggy exporter) and the ways attackers break parsers (deep nesting, huge numbers, bad UTF-8).
///
/// Every case is a pure function of the seed, so a failing case is reproduced by its seed and index.
struct FuzzMutator {
    enum Format { case json, csv }

    let format: Format
    var rng: SplitMix64

    init(format: Format, seed: UInt64) {
        self.format = format
        rng = SplitMix64(seed: seed)
    }

    // MARK: - Draws

    mutating func below(_ n: Int) -> Int { n <= 1 ? 0 : Int(rng.next() % UInt64(n)) }
    mutating func chance(_ p: Double) -> Bool { Double(rng.next() >> 11) * 0x1p-53 < p }
    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    // MARK: - Interesting values

    /// Numbers that break naive readers: not finite, negative, huge, tiny, long, oddly written.
    static let numbers = [
        "NaN", "nan", "-nan", "Infinity", "-Infinity", "inf", "-1", "-0", "-5", "0", "1e308", "-1e308", "1e309",
        "1e-400", "4.9e-324", "1e15", "1e16", "9007199254740993", "9223372036854775807", "9223372036854775808",
        "-9223372036854775809", "18446744073709551616", "0.1e1", "1.", ".5", "01", "+1", "1e", "1e+", "0x10", "1,5",
        "1_000", String(repeating: "9", count: 400), "0." + String(repeating: "0", count: 400) + "1", "2880", "2879.5",
        "1439", "-1440", "1e5", "3.4028236e38",
    ]

    /// Texts for string fields: empty, long, control characters, odd Unicode, near-miss times.
    static let strings = [
        "", " ", "  padded  ", String(repeating: "x", count: 5000), "\\u0000", "\\ud800", "\\udc00\\ud800", "\\uD83D\\uDE00",
        "\\\"", "\\n", "tab\\there", "名字", "\u{200B}", "\u{FEFF}", "e\u{301}", "24:00", "47:59", "48:00", "23:60", "-01:00",
        "99999:00", "6:5", "06:30:00", "1e3", "NaN", "lonlat", "planar", "existing", "candidate", "true", "null",
        "V01", "D1", "A1", "J01", "peach", "kiwi",
    ]

    /// Whole values (JSON) that change a field's type.
    static let jsonValues = [
        "null", "true", "false", "[]", "{}", "[null]", "{\"\": 1}", "\"\"", "[[[]]]", "{\"id\": {}}", "-0.0",
    ]

    /// Raw bytes worth inserting: structure characters, whitespace, invalid UTF-8, NUL, BOM, CR.
    static let bytes: [[UInt8]] = [
        Array("{".utf8), Array("}".utf8), Array("[".utf8), Array("]".utf8), Array(",".utf8), Array(":".utf8),
        Array("\"".utf8), Array("\\".utf8), Array("\n".utf8), Array("\r\n".utf8), Array("\r".utf8), Array(" ".utf8),
        Array("\t".utf8), [0], [0xFF], [0xFE], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80],
        [0xC0, 0xAF], [0xEF, 0xBB, 0xBF], Array("\u{2028}".utf8), Array("//".utf8), Array("/*".utf8), Array("'".utf8),
        Array("é".utf8), Array("😀".utf8), Array("\"\"".utf8), Array(",,".utf8), Array(";".utf8),
    ]

    // MARK: - Mutation

    /// Applies 1–3 mutations; returns the new bytes and what was done, for failure messages.
    mutating func mutate(_ input: [UInt8]) -> (bytes: [UInt8], steps: [String]) {
        var data = input
        var steps: [String] = []
        for _ in 0..<(1 + below(3)) {
            let step = format == .json ? mutateJSON(&data) : mutateCSV(&data)
            steps.append(step)
        }
        return (data, steps)
    }

    private mutating func mutateJSON(_ data: inout [UInt8]) -> String {
        switch below(16) {
        case 15: return replaceTimeOfDay(&data)
        case 0, 1: return byteMutation(&data)
        case 2, 3: return replaceToken(&data, kind: .number, with: pick(Self.numbers))
        case 4: return replaceToken(&data, kind: .string, with: "\"" + pick(Self.strings) + "\"")
        case 5: return replaceToken(&data, kind: .any, with: pick(Self.jsonValues))
        case 6: return swapTokens(&data)
        case 7: return duplicateLine(&data)
        case 8: return deleteLine(&data)
        case 9: return nest(&data)
        case 10: return truncate(&data)
        case 11: return replaceToken(&data, kind: .number, with: "\"" + pick(Self.numbers) + "\"")
        case 12: return duplicateKey(&data)
        case 13: return replaceToken(&data, kind: .string, with: pick(Self.numbers))
        default: return data.isEmpty || chance(0.5) ? emptied(&data) : bomPrefixed(&data)
        }
    }

    private mutating func mutateCSV(_ data: inout [UInt8]) -> String {
        var lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        func joined() -> [UInt8] { Array(lines.joined(separator: "\n").utf8) }
        switch below(14) {
        case 0, 1: return byteMutation(&data)
        case 2:
            let column = below(max(1, lines.first?.split(separator: ",", omittingEmptySubsequences: false).count ?? 1))
            lines = lines.map { line in
                var cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                if column < cells.count { cells.remove(at: column) }
                return cells.joined(separator: ",")
            }
            data = joined()
            return "drop column \(column)"
        case 3, 4, 5:
            let row = below(lines.count)
            var cells = lines[row].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let cell = below(cells.count)
            let value: String
            switch below(4) {
            case 0: value = pick(Self.numbers)
            case 1: value = pick(Self.strings)
            case 2: value = pick(["", " ", "\"", "\"a\nb\"", "\"unterminated", "\"x\"\"y\"", "\"\"", "a\"b"])
            default: value = pick(["yes", "no", "TRUE", "2", "06:30", "25:00", "48:00", "lonlat", "planar", "existing"])
            }
            if cells.isEmpty { cells = [value] } else { cells[cell] = value }
            lines[row] = cells.joined(separator: ",")
            data = joined()
            return "line \(row + 1) cell \(cell) := \(value.prefix(40).debugDescription)"
        case 6:
            let row = below(lines.count)
            var cells = lines[row].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            if chance(0.5), !cells.isEmpty { cells.remove(at: below(cells.count)) } else { cells.append(pick(["", "x", "1"])) }
            lines[row] = cells.joined(separator: ",")
            data = joined()
            return "line \(row + 1): one cell more or fewer"
        case 7: return duplicateLine(&data)
        case 8: return deleteLine(&data)
        case 9:
            if var header = lines.first?.split(separator: ",", omittingEmptySubsequences: false).map(String.init), header.count > 1 {
                let a = below(header.count), b = below(header.count)
                header.swapAt(a, b)
                lines[0] = header.joined(separator: ",")
                data = joined()
            }
            return "swap header columns"
        case 10:
            if !lines.isEmpty {
                lines[0] += "," + pick(["extra", "_note", "comment", "id", "capacity", ""])
                data = joined()
            }
            return "extra header column"
        case 11: return truncate(&data)
        case 12:
            let row = below(lines.count)
            lines.insert(String(repeating: pick(["\"", ",", "\"\"", "\n"]), count: 1 + below(3000)), at: row)
            data = joined()
            return "insert a line of repeated quote/comma/newline at \(row + 1)"
        default: return data.isEmpty || chance(0.5) ? emptied(&data) : bomPrefixed(&data)
        }
    }

    // MARK: - Byte-level mutations

    private mutating func byteMutation(_ data: inout [UInt8]) -> String {
        guard !data.isEmpty else {
            data = pick(Self.bytes)
            return "bytes into an empty file"
        }
        let at = below(data.count)
        switch below(4) {
        case 0:
            let n = min(data.count - at, 1 + below(16))
            data.removeSubrange(at..<(at + n))
            return "delete \(n) bytes at \(at)"
        case 1:
            let inserted = pick(Self.bytes)
            data.insert(contentsOf: inserted, at: at)
            return "insert \(inserted) at \(at)"
        case 2:
            let value = UInt8(truncatingIfNeeded: rng.next())
            data[at] = value
            return "byte \(at) := \(value)"
        default:
            data[at] = pick(Array("{}[],:\"0123456789-.eE \n".utf8))
            return "byte \(at) := structure character"
        }
    }

    private mutating func truncate(_ data: inout [UInt8]) -> String {
        let at = below(data.count + 1)
        data.removeSubrange(at...)
        return "truncate at \(at)"
    }

    private mutating func emptied(_ data: inout [UInt8]) -> String {
        data = pick([[], Array(" ".utf8), Array("\n".utf8), [0xEF, 0xBB, 0xBF]])
        return "empty file"
    }

    private mutating func bomPrefixed(_ data: inout [UInt8]) -> String {
        data.insert(contentsOf: pick([[0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF], [0xFE, 0xFF], [0xFF, 0xFE], [0xEF, 0xBB]]), at: 0)
        return "byte order mark prefix"
    }

    private mutating func duplicateLine(_ data: inout [UInt8]) -> String {
        var lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        let row = below(lines.count)
        lines.insert(lines[row], at: row + (chance(0.5) ? 1 : 0))
        data = Array(lines.joined(separator: "\n").utf8)
        return "duplicate line \(row + 1)"
    }

    private mutating func deleteLine(_ data: inout [UInt8]) -> String {
        var lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\n")
        let row = below(lines.count)
        lines.remove(at: row)
        data = Array(lines.joined(separator: "\n").utf8)
        return "delete line \(row + 1)"
    }

    // MARK: - JSON token mutations

    enum TokenKind { case number, string, any }

    /// Bytes that can continue a JSON number: `0-9 . e E + -`.
    static let numberByte: [Bool] = (0..<256).map { "0123456789.eE+-".utf8.contains(UInt8($0)) }

    /// The byte ranges of JSON scalar tokens (strings, numbers, literals), found by a rough scan.
    static func tokens(_ data: [UInt8], kind: TokenKind) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = 0
        while i < data.count {
            let c = data[i]
            if c == UInt8(ascii: "\"") {
                var j = i + 1
                while j < data.count, data[j] != UInt8(ascii: "\"") { j += data[j] == UInt8(ascii: "\\") ? 2 : 1 }
                let end = min(data.count, j + 1)
                if kind != .number { out.append(i..<end) }
                i = end
            } else if c == UInt8(ascii: "-") || (c >= 48 && c <= 57) {
                var j = i + 1
                while j < data.count, numberByte[Int(data[j])] { j += 1 }
                if kind != .string { out.append(i..<j) }
                i = j
            } else if kind == .any, c == UInt8(ascii: "t") || c == UInt8(ascii: "f") || c == UInt8(ascii: "n") || c == UInt8(ascii: "{") || c == UInt8(ascii: "[") {
                out.append(i..<(i + 1))
                i += 1
            } else {
                i += 1
            }
        }
        return out
    }

    private mutating func replaceToken(_ data: inout [UInt8], kind: TokenKind, with text: String) -> String {
        let found = Self.tokens(data, kind: kind)
        guard !found.isEmpty else { return byteMutation(&data) }
        let range = pick(found)
        let old = String(decoding: data[range], as: UTF8.self)
        data.replaceSubrange(range, with: Array(text.utf8))
        return "token \(old.prefix(30).debugDescription) at \(range.lowerBound) := \(text.prefix(40).debugDescription)"
    }

    /// Replaces a `"HH:MM"` time of day by a number of minutes (legal) drawn from ``numbers``.
    private mutating func replaceTimeOfDay(_ data: inout [UInt8]) -> String {
        let times = Self.tokens(data, kind: .string).filter { range in
            range.count == 7 && data[range.lowerBound + 3] == UInt8(ascii: ":")
        }
        guard !times.isEmpty else { return replaceToken(&data, kind: .number, with: pick(Self.numbers)) }
        let range = pick(times)
        let value = pick(Self.numbers)
        data.replaceSubrange(range, with: Array(value.utf8))
        return "time at \(range.lowerBound) := \(value)"
    }

    private mutating func swapTokens(_ data: inout [UInt8]) -> String {
        let found = Self.tokens(data, kind: .any)
        guard found.count >= 2 else { return byteMutation(&data) }
        var a = pick(found), b = pick(found)
        if a.lowerBound > b.lowerBound { swap(&a, &b) }
        guard a.upperBound <= b.lowerBound else { return "swap nothing" }
        let first = Array(data[a]), second = Array(data[b])
        data.replaceSubrange(b, with: first)
        data.replaceSubrange(a, with: second)
        return "swap tokens at \(a.lowerBound) and \(b.lowerBound)"
    }

    /// Replaces a value by deeply nested arrays or objects (around the parser's depth limit, or far beyond).
    private mutating func nest(_ data: inout [UInt8]) -> String {
        let depth = pick([10, 500, 510, 511, 512, 513, 1000, 20_000])
        let (open, close): (String, String) = chance(0.5) ? ("[", "]") : ("{\"a\":", "}")
        let closed = chance(0.8)
        let text = String(repeating: open, count: depth) + "1" + (closed ? String(repeating: close, count: depth) : "")
        let found = Self.tokens(data, kind: .any)
        if found.isEmpty {
            data = Array(text.utf8)
        } else {
            data.replaceSubrange(pick(found), with: Array(text.utf8))
        }
        return "nest \(depth) levels of \(open)\(closed ? "" : " (unclosed)")"
    }

    /// Copies a `"key": value` member right after itself (a duplicate key).
    private mutating func duplicateKey(_ data: inout [UInt8]) -> String {
        let found = Self.tokens(data, kind: .string)
        guard !found.isEmpty else { return byteMutation(&data) }
        let key = pick(found)
        var end = key.upperBound
        while end < data.count, data[end] != UInt8(ascii: ","), data[end] != UInt8(ascii: "}") { end += 1 }
        let member = Array(data[key.lowerBound..<end])
        data.insert(contentsOf: member + Array(", ".utf8), at: key.lowerBound)
        return "duplicate member at \(key.lowerBound)"
    }
}
