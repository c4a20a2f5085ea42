import ColdRouteModel
import Foundation

/// Reads a long travel table: a CSV file with header `from,to,minutes,km` (`km` optional, more
/// columns ignored, any order), one row per ordered pair of places named by id.
///
/// With a `km` column, `km` is required wherever `minutes` is given. A blank `minutes` cell (or
/// `null`) is "no route" (like `null` in an engine's matrix): the leg is unusable. A pair not
/// listed has no route either. Ids may be any place of the network (villages, depots, agencies);
/// an unknown id, a repeated pair, a negative or malformed number, a row with more or fewer cells
/// than the header, or an unterminated quote is an error naming the line (issue 11: no row is
/// ever dropped silently). Cells may be double-quoted (no commas inside ids). Blank lines are
/// skipped.
///
/// Complexity: O(bytes) in one pass over the file's bytes (``MatrixCSVScanner``): no `String` is
/// made for a well-formed row. An id is matched by comparing bytes with the place the table's
/// usual order predicts (the previous row's `from`, or the next place; the place after the
/// previous `to`) before falling back to a dictionary, so 9 million rows load in a few seconds.
enum MatrixCSVReader {
    static func read(data: Data, file: String, places: MatrixPlaces) throws(InputError) -> ImportedMatrix {
        let outcome = data.withUnsafeBytes { raw -> Result<MatrixCSVScanner.Tables, InputError> in
            var scanner = MatrixCSVScanner(bytes: raw.bindMemory(to: UInt8.self), file: file, places: places)
            if let failure = scanner.scan() { return .failure(failure) }
            return .success(scanner.tables)
        }
        let tables: MatrixCSVScanner.Tables
        switch outcome {
        case .failure(let error): throw error
        case .success(let t): tables = t
        }
        guard tables.sawHeader else { throw InputError(file: file, message: "is empty: expected a header from,to,minutes,km") }
        return ImportedMatrix(ids: places.ids, minutes: tables.minutes, kilometres: tables.sawKm ? tables.km : nil,
                              source: "travel table \(file)")
    }
}

/// The byte-level scanner behind ``MatrixCSVReader``: one pass, cell bounds kept in reused
/// arrays, numbers parsed in place (``MatrixNumber``), ids compared byte by byte.
struct MatrixCSVScanner {
    struct Tables {
        var minutes: [Double]
        var km: [Double]
        var sawKm = false
        var sawHeader = false
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let file: String
    let places: MatrixPlaces
    let n: Int
    /// Every place id's UTF-8 bytes, one after another; id `i` is `idBytes[idStart[i]..<idStart[i + 1]]`.
    let idBytes: [UInt8]
    let idStart: [Int]
    var index: [String: Int] = [:]
    var tables: Tables
    var seen: [Bool]
    /// Bounds of the current line's first `cellCount` cells (trimmed, quotes removed); grown as needed.
    var starts: [Int] = Array(repeating: 0, count: 64)
    var ends: [Int] = Array(repeating: 0, count: 64)
    var cellCount = 0
    var line = 0
    var headerCells = 0
    var columns = (from: 0, to: 0, minutes: 0, km: -1)

    init(bytes: UnsafeBufferPointer<UInt8>, file: String, places: MatrixPlaces) {
        self.bytes = bytes
        self.file = file
        self.places = places
        n = places.count
        var flat: [UInt8] = [], start = [0]
        for id in places.ids {
            flat.append(contentsOf: id.utf8)
            start.append(flat.count)
        }
        (idBytes, idStart) = (flat, start)
        for (i, id) in places.ids.enumerated() where index[id] == nil { index[id] = i }
        tables = Tables(minutes: Array(repeating: .infinity, count: n * n), km: Array(repeating: .infinity, count: n * n))
        for i in 0..<n { (tables.minutes[i * n + i], tables.km[i * n + i]) = (0, 0) }
        seen = Array(repeating: false, count: n * n)
    }

    /// Reads every line; the first error, or `nil`.
    mutating func scan() -> InputError? {
        var pos = 0, lastFrom = -1, lastTo = -1
        let count = bytes.count
        while pos < count {
            line += 1
            if let error = splitLine(from: &pos) { return error }
            if isBlankLine { continue }
            if !tables.sawHeader {
                if let error = readHeader() { return error }
                continue
            }
            guard cellCount == headerCells else {
                return fail(nil, "has \(cellCount) cells, the header has \(headerCells)")
            }
            let fromGuess = lastFrom >= 0 && !matches(columns.from, lastFrom) ? lastFrom + 1 : lastFrom
            guard let i = place(columns.from, guess: fromGuess) else { return fail("from", "unknown place \(text(columns.from))") }
            guard let j = place(columns.to, guess: i == lastFrom ? lastTo + 1 : 0) else {
                return fail("to", "unknown place \(text(columns.to))")
            }
            (lastFrom, lastTo) = (i, j)
            let k = i * n + j
            guard !seen[k] else { return fail("to", "the pair \(places.ids[i]) → \(places.ids[j]) is listed twice") }
            seen[k] = true
            let m = columns.minutes
            if starts[m] == ends[m] || isNull(m) {
                if i != j { (tables.minutes[k], tables.km[k]) = (.infinity, .infinity) }
                continue
            }
            guard let value = MatrixNumber.parse(bytes, starts[m], ends[m]), value >= 0 else {
                return fail("minutes", "must be a non-negative number or blank (got \(text(m)))")
            }
            if i != j { tables.minutes[k] = value }
            let kc = columns.km
            if kc >= 0 {
                guard starts[kc] != ends[kc] else { return fail("km", "is blank while minutes is given") }
                guard let d = MatrixNumber.parse(bytes, starts[kc], ends[kc]), d >= 0 else {
                    return fail("km", "must be a non-negative number or blank (got \(text(kc)))")
                }
                if i != j { tables.km[k] = d }
                tables.sawKm = true
            }
        }
        return nil
    }

    /// Splits the line starting at `pos` into cells (trimming spaces and one pair of double
    /// quotes) and moves `pos` past its newline. An error for an unterminated quote.
    private mutating func splitLine(from pos: inout Int) -> InputError? {
        let count = bytes.count
        cellCount = 0
        var cellStart = pos, i = pos
        while true {
            let atEnd = i == count || bytes[i] == 0x0A
            if atEnd || bytes[i] == UInt8(ascii: ",") {
                var s = cellStart, e = i
                if atEnd, e > s, bytes[e - 1] == 0x0D { e -= 1 }
                while s < e, bytes[s] == 0x20 { s += 1 }
                while e > s, bytes[e - 1] == 0x20 { e -= 1 }
                if s < e, bytes[s] == UInt8(ascii: "\"") {
                    guard e - s >= 2, bytes[e - 1] == UInt8(ascii: "\"") else {
                        pos = atEnd ? i + 1 : i
                        return fail(nil, "cell \(cellCount + 1) has an unterminated quote (ids may not contain commas)")
                    }
                    s += 1
                    e -= 1
                }
                if cellCount < starts.count {
                    starts[cellCount] = s
                    ends[cellCount] = e
                } else {
                    starts.append(s)
                    ends.append(e)
                }
                cellCount += 1
                if atEnd { break }
                cellStart = i + 1
            }
            i += 1
        }
        pos = i + 1
        return nil
    }

    private var isBlankLine: Bool {
        for c in 0..<cellCount where starts[c] != ends[c] { return false }
        return true
    }

    private mutating func readHeader() -> InputError? {
        let names = (0..<cellCount).map { text($0).lowercased() }
        guard let f = names.firstIndex(of: "from"), let t = names.firstIndex(of: "to"),
              let m = names.firstIndex(of: "minutes")
        else { return fail(nil, "header must name the columns from, to, minutes (and km)") }
        columns = (f, t, m, names.firstIndex(of: "km") ?? -1)
        headerCells = cellCount
        tables.sawHeader = true
        return nil
    }

    private func text(_ c: Int) -> String {
        c < cellCount ? String(decoding: UnsafeBufferPointer(rebasing: bytes[starts[c]..<ends[c]]), as: UTF8.self) : ""
    }

    private func isNull(_ c: Int) -> Bool {
        ends[c] - starts[c] == 4 && bytes[starts[c]] == UInt8(ascii: "n") && bytes[starts[c] + 1] == UInt8(ascii: "u")
            && bytes[starts[c] + 2] == UInt8(ascii: "l") && bytes[starts[c] + 3] == UInt8(ascii: "l")
    }

    private func matches(_ c: Int, _ id: Int) -> Bool {
        guard id >= 0, id < n else { return false }
        let s = starts[c], w = idStart[id], count = idStart[id + 1] - w
        guard ends[c] - s == count else { return false }
        return idBytes.withUnsafeBufferPointer { want in
            for k in 0..<count where bytes[s + k] != want[w + k] { return false }
            return true
        }
    }

    private func place(_ c: Int, guess: Int) -> Int? {
        if matches(c, guess) { return guess }
        return index[text(c)]
    }

    private func fail(_ column: String?, _ message: String) -> InputError {
        InputError(file: file, location: .csv(line: line, column: column), message: message)
    }
}
