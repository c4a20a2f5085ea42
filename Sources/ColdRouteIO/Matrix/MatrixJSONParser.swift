import Foundation

/// The recursive-descent JSON parser behind ``MatrixJSON`` (RFC 8259), over the file's bytes.
/// Arrays of numbers are packed; the top-level `sources_to_targets` array is handed to the
/// verbose-cell scanner (`MatrixJSONParser+VerboseCells.swift`). Nesting is limited to 64 levels.
struct MatrixJSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let end: Int
    var at = 0

    init(bytes: UnsafeBufferPointer<UInt8>, end: Int) {
        self.bytes = bytes
        self.end = end
    }

    /// An error at the current position (line and column counted only when one is made).
    func error(_ message: String, path: String? = nil) -> MatrixJSONError {
        var line = 1, lineStart = 0
        for i in 0..<min(at, end) where bytes[i] == 0x0A { (line, lineStart) = (line + 1, i + 1) }
        return MatrixJSONError(line: line, column: min(at, end) - lineStart + 1, message: message, path: path)
    }

    mutating func skipSpace() {
        while at < end, bytes[at] == 0x20 || bytes[at] == 0x0A || bytes[at] == 0x0D || bytes[at] == 0x09 { at += 1 }
    }

    mutating func value(depth: Int) throws(MatrixJSONError) -> MatrixJSON {
        guard depth < 64 else { throw error("nested too deeply") }
        guard at < end else { throw error("unexpected end of file") }
        switch bytes[at] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try word("true"); return .bool(true)
        case UInt8(ascii: "f"): try word("false"); return .bool(false)
        case UInt8(ascii: "n"): try word("null"); return .null
        default: return .number(try number())
        }
    }

    mutating func word(_ w: String) throws(MatrixJSONError) {
        var n = 0
        for byte in w.utf8 {
            guard at + n < end, bytes[at + n] == byte else { throw error("unexpected character (expected \(w))") }
            n += 1
        }
        at += n
    }

    mutating func number() throws(MatrixJSONError) -> Double {
        let start = at
        // Most numbers are plain decimals ending at a delimiter: read them in one pass.
        if let (value, stop) = MatrixNumber.plain(bytes, at, end), stop == end || !Self.isNumberByte(bytes[stop]) {
            at = stop
            return value
        }
        while at < end {
            let b = bytes[at]
            if Self.isNumberByte(b) { at += 1 } else { break }
        }
        guard at > start else { throw error("unexpected character '\(Character(Unicode.Scalar(bytes[start])))'") }
        guard let value = MatrixNumber.parse(bytes, start, at) else { throw error("malformed number") }
        return value
    }

    /// A byte that may be part of a JSON number (digits, sign, dot, exponent).
    @inline(__always)
    static func isNumberByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".")
            || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
    }

    mutating func string() throws(MatrixJSONError) -> String {
        at += 1
        var utf8: [UInt8] = []
        while at < end {
            let b = bytes[at]
            if b == UInt8(ascii: "\"") {
                at += 1
                return String(decoding: utf8, as: UTF8.self)
            }
            if b == UInt8(ascii: "\\") {
                at += 1
                guard at < end else { break }
                switch bytes[at] {
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "u"):
                    guard at + 4 < end, let code = UInt32(String(decoding: bytes[(at + 1)...(at + 4)], as: UTF8.self), radix: 16)
                    else { throw error("malformed \\u escape") }
                    utf8.append(contentsOf: Array(String(Unicode.Scalar(code).map(Character.init) ?? "\u{FFFD}").utf8))
                    at += 4
                default: utf8.append(bytes[at])
                }
                at += 1
                continue
            }
            if b < 0x20 { throw error("control character in a string") }
            utf8.append(b)
            at += 1
        }
        throw error("unterminated string")
    }

    mutating func array(depth: Int) throws(MatrixJSONError) -> MatrixJSON {
        at += 1
        skipSpace()
        var packed: [Double] = []
        var general: [MatrixJSON]?
        if at < end, bytes[at] == UInt8(ascii: "]") {
            at += 1
            return .numbers([])
        }
        while true {
            skipSpace()
            guard at < end else { throw error("unexpected end of file in an array") }
            let b = bytes[at]
            if general == nil, b == UInt8(ascii: "n") {
                try word("null")
                packed.append(.nan)
            } else if general == nil, b == UInt8(ascii: "-") || (b >= 0x30 && b <= 0x39) {
                packed.append(try number())
            } else {
                if general == nil { general = packed.map { $0.isNaN ? .null : .number($0) } }
                general!.append(try value(depth: depth + 1))
            }
            skipSpace()
            guard at < end else { throw error("unexpected end of file in an array") }
            if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
            if bytes[at] == UInt8(ascii: "]") { at += 1; break }
            throw error("expected ',' or ']' in an array")
        }
        return general.map(MatrixJSON.array) ?? .numbers(packed)
    }

    mutating func object(depth: Int) throws(MatrixJSONError) -> MatrixJSON {
        at += 1
        var members: [(key: String, value: MatrixJSON)] = []
        skipSpace()
        if at < end, bytes[at] == UInt8(ascii: "}") {
            at += 1
            return .object([])
        }
        while true {
            skipSpace()
            guard at < end, bytes[at] == UInt8(ascii: "\"") else { throw error("expected a key in an object") }
            let key = try string()
            skipSpace()
            guard at < end, bytes[at] == UInt8(ascii: ":") else { throw error("expected ':' after key \"\(key)\"") }
            at += 1
            skipSpace()
            if depth == 0, key == "sources_to_targets", at < end, bytes[at] == UInt8(ascii: "[") {
                members.append((key, .cells(try verboseCells())))
            } else {
                members.append((key, try value(depth: depth + 1)))
            }
            skipSpace()
            guard at < end else { throw error("unexpected end of file in an object") }
            if bytes[at] == UInt8(ascii: ",") { at += 1; continue }
            if bytes[at] == UInt8(ascii: "}") { at += 1; break }
            throw error("expected ',' or '}' in an object")
        }
        return .object(members)
    }
}
