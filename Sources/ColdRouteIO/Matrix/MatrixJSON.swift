import Foundation

/// A JSON document as the matrix readers need it: arrays of numbers (and `null`s) are kept packed
/// as `[Double]` (`null` = NaN), so a 3,000 × 3,000 table is two flat arrays, not nine million
/// tree nodes. Everything else is an ordinary tree.
///
/// RFC 8259 syntax; numbers are converted by ``MatrixNumber`` (correctly rounded, as `strtod`).
/// Errors name the line and column (``MatrixJSONParser``). Complexity: O(bytes).
indirect enum MatrixJSON {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    /// An array whose elements are all numbers or `null` (NaN); also the empty array.
    case numbers([Double])
    case array([MatrixJSON])
    case object([(key: String, value: MatrixJSON)])
    /// Valhalla's verbose `sources_to_targets` (rows of cell objects), scanned straight into flat
    /// tables (``Cells``, `MatrixJSONParser+VerboseCells.swift`): only ever the value of that
    /// top-level key.
    case cells(Cells)

    subscript(key: String) -> MatrixJSON? {
        if case .object(let members) = self { return members.first { $0.key == key }?.value }
        return nil
    }

    /// Elements of an array of any kind (a packed array becomes numbers and nulls).
    var elements: [MatrixJSON]? {
        switch self {
        case .array(let a): return a
        case .numbers(let n): return n.map { $0.isNaN ? .null : .number($0) }
        default: return nil
        }
    }

    var string: String? { if case .string(let s) = self { return s } else { return nil } }

    var number: Double? { if case .number(let n) = self { return n } else { return nil } }

    var kindName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .numbers, .array, .cells: return "an array"
        case .object: return "an object"
        }
    }

    /// Parses a whole document.
    /// Parses a whole document, in place (the bytes are not copied).
    static func parse(_ data: Data) throws(MatrixJSONError) -> MatrixJSON {
        let outcome = data.withUnsafeBytes { raw -> Result<MatrixJSON, MatrixJSONError> in
            let buffer = raw.bindMemory(to: UInt8.self)
            var parser = MatrixJSONParser(bytes: buffer, end: buffer.count)
            do throws(MatrixJSONError) {
                parser.skipSpace()
                let value = try parser.value(depth: 0)
                parser.skipSpace()
                if parser.at < parser.end { throw parser.error("unexpected text after the document") }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try outcome.get()
    }
}

/// A syntax or shape error: its 1-based line and column (the byte on the line: an engine's
/// response is usually one line, so the column is the byte offset + 1), and for a shape error in
/// a scanned table the JSON path of the value (`sources_to_targets[3][7].time`).
struct MatrixJSONError: Error {
    var line: Int
    var column: Int
    var message: String
    var path: String?
}
