extension MatrixJSON {
    /// Valhalla's verbose `sources_to_targets`, packed: the cells of every row, row after row, as
    /// two flat tables of the numbers given (seconds, distance in the response's units; NaN where
    /// the cell's value is `null` or absent). 9 million cells are 144 MB, not a tree of 9 million
    /// objects (about 4 GB and a minute at 3,000 places when the response was parsed as a tree).
    struct Cells {
        /// Cells per row, in row order (the reader checks that every row has one per place).
        var rowLengths: [Int] = []
        var seconds: [Double] = []
        var distances: [Double] = []
    }
}

/// The byte scanner for Valhalla's verbose matrix: `"sources_to_targets": [[{"from_index": 0,
/// "to_index": 1, "time": 612.4, "distance": 9.3}, …], …]`, one row per source.
///
/// It reads each cell object in place: the keys `time`, `distance`, `from_index` and `to_index`
/// are compared as bytes (no `String` per key), their values are numbers or `null`; any other
/// member (`date_time`, `time_zone_name`, …) is parsed as ordinary JSON and dropped. Where a cell
/// gives `from_index` and `to_index`, they must be its row and column. Syntax errors name the line
/// and column (``MatrixJSONError``); shape errors (a row that is not an array, a cell that is not an
/// object, a `time` that is a string, indices out of place) also name the JSON path of the value,
/// `sources_to_targets[i][j]`. Complexity: O(bytes), one pass, no allocation per cell beyond the
/// two tables (reserved from the first row's length).
extension MatrixJSONParser {
    private enum CellKey { case time, distance, fromIndex, toIndex, other }

    /// Scans the array at `at` (its `[`) up to and including its `]`.
    mutating func verboseCells() throws(MatrixJSONError) -> MatrixJSON.Cells {
        var cells = MatrixJSON.Cells()
        at += 1
        skipSpace()
        if at < end, bytes[at] == UInt8(ascii: "]") {
            at += 1
            return cells
        }
        var row = 0
        while true {
            skipSpace()
            guard at < end else { throw error("unexpected end of file in sources_to_targets") }
            guard bytes[at] == UInt8(ascii: "[") else {
                throw shapeError("sources_to_targets[\(row)]", "must be an array of cell objects (got \(try kindHere()))")
            }
            try verboseRow(row, into: &cells)
            if row == 0, let n = cells.rowLengths.first, n > 0, n <= 100_000 {
                cells.seconds.reserveCapacity(n * n)
                cells.distances.reserveCapacity(n * n)
            }
            row += 1
            skipSpace()
            guard at < end else { throw error("unexpected end of file in sources_to_targets") }
            if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
            if bytes[at] == UInt8(ascii: "]") { at += 1; return cells }
            throw error("expected ',' or ']' after row \(row - 1) of sources_to_targets")
        }
    }

    private mutating func verboseRow(_ row: Int, into cells: inout MatrixJSON.Cells) throws(MatrixJSONError) {
        at += 1
        skipSpace()
        var column = 0
        if at < end, bytes[at] == UInt8(ascii: "]") {
            at += 1
            cells.rowLengths.append(0)
            return
        }
        while true {
            skipSpace()
            guard at < end else { throw error("unexpected end of file in sources_to_targets[\(row)]") }
            guard bytes[at] == UInt8(ascii: "{") else {
                throw shapeError("sources_to_targets[\(row)][\(column)]", "must be an object (got \(try kindHere()))")
            }
            try verboseCell(row, column, into: &cells)
            column += 1
            skipSpace()
            guard at < end else { throw error("unexpected end of file in sources_to_targets[\(row)]") }
            if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
            if bytes[at] == UInt8(ascii: "]") { at += 1; break }
            throw error("expected ',' or ']' after sources_to_targets[\(row)][\(column - 1)]")
        }
        cells.rowLengths.append(column)
    }

    private mutating func verboseCell(_ row: Int, _ column: Int, into cells: inout MatrixJSON.Cells) throws(MatrixJSONError) {
        let start = at
        var time = Double.nan, distance = Double.nan, from = Double.nan, to = Double.nan
        at += 1
        skipSpace()
        if at < end, bytes[at] == UInt8(ascii: "}") {
            at += 1
        } else {
            while true {
                skipSpace()
                guard at < end, bytes[at] == UInt8(ascii: "\"") else { throw error("expected a key in a cell object") }
                let key = try cellKey()
                skipSpace()
                guard at < end, bytes[at] == UInt8(ascii: ":") else { throw error("expected ':' after a key") }
                at += 1
                skipSpace()
                switch key {
                case .time: time = try cellNumber(row, column, "time")
                case .distance: distance = try cellNumber(row, column, "distance")
                case .fromIndex: from = try cellNumber(row, column, "from_index")
                case .toIndex: to = try cellNumber(row, column, "to_index")
                case .other: _ = try value(depth: 3)
                }
                skipSpace()
                guard at < end else { throw error("unexpected end of file in a cell object") }
                if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
                if bytes[at] == UInt8(ascii: "}") { at += 1; break }
                throw error("expected ',' or '}' in a cell object")
            }
        }
        if !from.isNaN, !to.isNaN, from != Double(row) || to != Double(column) {
            at = start  // the error names the cell's line and column
            throw shapeError("sources_to_targets[\(row)][\(column)]",
                             "is from_index \(Self.shown(from)), to_index \(Self.shown(to)), not \(row), \(column)")
        }
        cells.seconds.append(time)
        cells.distances.append(distance)
    }

    /// The key at `at` (its opening quote), compared byte-wise; an escaped key is decoded first.
    private mutating func cellKey() throws(MatrixJSONError) -> CellKey {
        let start = at + 1
        if start < end {  // the four keys with their closing quote, tried by their first byte
            switch bytes[start] {
            case UInt8(ascii: "t"):
                if has(start, "time\"") { at = start + 5; return .time }
                if has(start, "to_index\"") { at = start + 9; return .toIndex }
            case UInt8(ascii: "d"):
                if has(start, "distance\"") { at = start + 9; return .distance }
            case UInt8(ascii: "f"):
                if has(start, "from_index\"") { at = start + 11; return .fromIndex }
            default: break
            }
        }
        var i = start
        while i < end, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") { i += 1 }
        guard i < end, bytes[i] == UInt8(ascii: "\"") else {
            switch try string() {  // escapes (or an unterminated key: string() says so)
            case "time": return .time
            case "distance": return .distance
            case "from_index": return .fromIndex
            case "to_index": return .toIndex
            default: return .other
            }
        }
        at = i + 1
        switch i - start {
        case 4 where equals(start, "time"): return .time
        case 8 where equals(start, "distance"): return .distance
        case 10 where equals(start, "from_index"): return .fromIndex
        case 8 where equals(start, "to_index"): return .toIndex
        default: return .other
        }
    }

    /// Whether the bytes from `start` are `word` (the file may end before).
    @inline(__always)
    private func has(_ start: Int, _ word: StaticString) -> Bool {
        start + word.utf8CodeUnitCount <= end && equals(start, word)
    }

    @inline(__always)
    private func equals(_ start: Int, _ word: StaticString) -> Bool {
        let w = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
        for k in 0..<w.count where bytes[start + k] != w[k] { return false }
        return true
    }

    /// A number, or NaN for `null`; anything else is a shape error naming the member.
    private mutating func cellNumber(_ row: Int, _ column: Int, _ key: String) throws(MatrixJSONError) -> Double {
        guard at < end else { throw error("unexpected end of file in a cell object") }
        let b = bytes[at]
        if b == UInt8(ascii: "n") {
            try word("null")
            return .nan
        }
        if b == UInt8(ascii: "-") || (b >= 0x30 && b <= 0x39) { return try number() }
        throw shapeError("sources_to_targets[\(row)][\(column)].\(key)", "must be a number or null (got \(try kindHere()))")
    }

    /// What kind of value starts at `at` (for messages); a syntax error if none does.
    private mutating func kindHere() throws(MatrixJSONError) -> String {
        let start = at
        defer { at = start }
        guard at < end else { throw error("unexpected end of file") }
        switch bytes[at] {
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "an array"
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return "a boolean"
        case UInt8(ascii: "n"): return "null"
        default: return (try value(depth: 63)).kindName
        }
    }

    private func shapeError(_ path: String, _ message: String) -> MatrixJSONError {
        error(message, path: path)
    }

    /// An index as written: an integer without a fraction, anything else as a number.
    private static func shown(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
