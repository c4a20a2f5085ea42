/// A JSON syntax error at a line and column.
struct JSONSyntaxError: Error, Sendable {
    var position: SourcePosition
    var message: String
}

/// A strict RFC 8259 JSON parser that records where every value starts.
///
/// Foundation's `JSONSerialization` on Linux reports no position for syntax errors, so network files
/// are parsed here instead, into ``JSONValue``s that carry their line and column. Messages name what
/// was expected (`trailing comma before '}'`, `missing ',' between object members`, `unexpected end
/// of file: the array opened at line 3, column 14 is not closed`). Columns count Unicode scalars.
/// Duplicate keys are an error. A UTF-8 byte order mark is skipped.
///
/// Complexity: O(n) in the file size; nesting is limited to ``maxDepth`` levels.
struct JSONParser {
    static let maxDepth = 512

    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var column = 1
    /// The containers open at the current point, innermost last (for end-of-file messages).
    private var open: [(noun: String, position: SourcePosition)] = []

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Parses one JSON document.
    static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        var parser = JSONParser(bytes: bytes)
        try parser.checkUTF8()
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { parser.index = 3 }
        parser.skipWhitespace()
        if parser.atEnd { throw JSONSyntaxError(position: parser.position, message: "the file is empty") }
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if !parser.atEnd {
            throw parser.error("unexpected \(parser.describeCurrent()) after the end of the JSON document")
        }
        return value
    }

    // MARK: - Position

    private var atEnd: Bool { index >= bytes.count }
    private var current: UInt8 { bytes[index] }
    private var position: SourcePosition { SourcePosition(line: line, column: column) }

    /// Moves past the current Unicode scalar (its lead byte and continuation bytes).
    private mutating func advance() {
        let byte = bytes[index]
        index += 1
        while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
        if byte == UInt8(ascii: "\n") {
            line += 1
            column = 1
        } else {
            column += 1
        }
    }

    private func error(_ message: String, at position: SourcePosition? = nil) -> JSONSyntaxError {
        JSONSyntaxError(position: position ?? self.position, message: message)
    }

    private func endOfFileError(_ expecting: String) -> JSONSyntaxError {
        if let innermost = open.last {
            return error("unexpected end of file: the \(innermost.noun) opened at line \(innermost.position.line), "
                + "column \(innermost.position.column) is not closed")
        }
        return error("unexpected end of file: expected \(expecting)")
    }

    /// The character at the current position in words: `','`, `line break`, `end of file`.
    private func describeCurrent() -> String {
        guard !atEnd else { return "end of file" }
        switch current {
        case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return "line break"
        case UInt8(ascii: "\t"): return "tab"
        case 0x20..<0x7F: return "'\(Character(Unicode.Scalar(current)))'"
        default:
            var end = index + 1
            while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
            return "'\(String(decoding: bytes[index..<end], as: UTF8.self))'"
        }
    }

    private mutating func checkUTF8() throws(JSONSyntaxError) {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var line = 1, column = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1, encoded.first == UInt8(ascii: "\n") {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .error:
                throw JSONSyntaxError(position: SourcePosition(line: line, column: column),
                                      message: "invalid UTF-8 (save the file as UTF-8 text)")
            case .emptyInput:
                return
            }
        }
    }

    private mutating func skipWhitespace() {
        while !atEnd {
            switch current {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): advance()
            default: return
            }
        }
    }

    // MARK: - Values

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        skipWhitespace()
        guard !atEnd else { throw endOfFileError("a value") }
        let start = position
        switch current {
        case UInt8(ascii: "{"): return try parseObject()
        case UInt8(ascii: "["): return try parseArray()
        case UInt8(ascii: "\""): return JSONValue(kind: .string(try parseString()), position: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONValue(kind: .number(try parseNumber()), position: start)
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            var word = ""
            while !atEnd, isWordByte(current) {
                word.append(Character(Unicode.Scalar(current)))
                advance()
            }
            switch word {
            case "true": return JSONValue(kind: .bool(true), position: start)
            case "false": return JSONValue(kind: .bool(false), position: start)
            case "null": return JSONValue(kind: .null, position: start)
            default:
                throw error("unexpected word '\(word)' (strings need double quotes; literals are true, false, null)", at: start)
            }
        case UInt8(ascii: "'"):
            throw error("strings need double quotes, not single quotes")
        case UInt8(ascii: "/"), UInt8(ascii: "#"):
            throw error("comments are not allowed in JSON (annotate with a \"_comment\" key instead)")
        default:
            throw error("expected a value, got \(describeCurrent())")
        }
    }

    private func isWordByte(_ b: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(b) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(b)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) || b == UInt8(ascii: "_")
    }

    private mutating func enter(_ noun: String, at start: SourcePosition) throws(JSONSyntaxError) {
        if open.count >= JSONParser.maxDepth { throw error("nesting is deeper than \(JSONParser.maxDepth) levels") }
        open.append((noun, start))
        advance()
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONValue {
        let start = position
        try enter("object", at: start)
        var members: [JSONValue.Member] = []
        var keys = Set<String>()
        skipWhitespace()
        if !atEnd, current == UInt8(ascii: "}") {
            advance()
            open.removeLast()
            return JSONValue(kind: .object(members), position: start)
        }
        while true {
            skipWhitespace()
            guard !atEnd else { throw endOfFileError("a key") }
            guard current == UInt8(ascii: "\"") else {
                if current == UInt8(ascii: "/") || current == UInt8(ascii: "#") {
                    throw error("comments are not allowed in JSON (annotate with a \"_comment\" key instead)")
                }
                throw error("expected a key in double quotes, got \(describeCurrent())")
            }
            let keyPosition = position
            let key = try parseString()
            if !keys.insert(key).inserted { throw error("duplicate key \"\(key)\"", at: keyPosition) }
            skipWhitespace()
            guard !atEnd else { throw endOfFileError("':'") }
            guard current == UInt8(ascii: ":") else {
                throw error("expected ':' after the key \"\(key)\", got \(describeCurrent())")
            }
            advance()
            let value = try parseValue()
            members.append(JSONValue.Member(key: key, keyPosition: keyPosition, value: value))
            skipWhitespace()
            guard !atEnd else { throw endOfFileError("',' or '}'") }
            switch current {
            case UInt8(ascii: ","):
                let comma = position
                advance()
                skipWhitespace()
                if !atEnd, current == UInt8(ascii: "}") { throw error("trailing comma before '}'", at: comma) }
            case UInt8(ascii: "}"):
                advance()
                open.removeLast()
                return JSONValue(kind: .object(members), position: start)
            case UInt8(ascii: "\""):
                throw error("missing ',' between object members")
            default:
                throw error("expected ',' or '}' after an object member, got \(describeCurrent())")
            }
        }
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONValue {
        let start = position
        try enter("array", at: start)
        var elements: [JSONValue] = []
        skipWhitespace()
        if !atEnd, current == UInt8(ascii: "]") {
            advance()
            open.removeLast()
            return JSONValue(kind: .array(elements), position: start)
        }
        while true {
            elements.append(try parseValue())
            skipWhitespace()
            guard !atEnd else { throw endOfFileError("',' or ']'") }
            switch current {
            case UInt8(ascii: ","):
                let comma = position
                advance()
                skipWhitespace()
                if !atEnd, current == UInt8(ascii: "]") { throw error("trailing comma before ']'", at: comma) }
            case UInt8(ascii: "]"):
                advance()
                open.removeLast()
                return JSONValue(kind: .array(elements), position: start)
            case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""):
                throw error("missing ',' between array elements")
            default:
                throw error("expected ',' or ']' after an array element, got \(describeCurrent())")
            }
        }
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let start = position
        advance()  // the opening quote
        var utf8: [UInt8] = []
        while true {
            guard !atEnd else {
                throw error("unexpected end of file inside the string opened at line \(start.line), column \(start.column)")
            }
            let byte = current
            switch byte {
            case UInt8(ascii: "\""):
                advance()
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                let backslash = position
                advance()
                try parseEscape(into: &utf8, at: backslash)
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                throw error("the string opened at line \(start.line), column \(start.column) is not closed before the end of the line")
            case 0..<0x20:
                throw error("control character U+\(hex4(UInt32(byte))) must be escaped inside a string")
            default:
                // Copy the whole scalar (lead byte and continuation bytes).
                var end = index + 1
                while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
                utf8.append(contentsOf: bytes[index..<end])
                advance()
            }
        }
    }

    /// The escape after a backslash at `escapePosition`.
    private mutating func parseEscape(into utf8: inout [UInt8], at escapePosition: SourcePosition) throws(JSONSyntaxError) {
        guard !atEnd else { throw endOfFileError("an escape") }
        let byte = current
        advance()
        switch byte {
        case UInt8(ascii: "\""): utf8.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): utf8.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): utf8.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): utf8.append(0x08)
        case UInt8(ascii: "f"): utf8.append(0x0C)
        case UInt8(ascii: "n"): utf8.append(0x0A)
        case UInt8(ascii: "r"): utf8.append(0x0D)
        case UInt8(ascii: "t"): utf8.append(0x09)
        case UInt8(ascii: "u"):
            var code = try parseHex4()
            if (0xD800..<0xDC00).contains(code) {
                // A high surrogate must be followed by \u and a low surrogate.
                guard index + 1 < bytes.count, current == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                    throw error("unpaired surrogate \\u\(hex4(code)) in a string", at: escapePosition)
                }
                advance()
                advance()
                let low = try parseHex4()
                guard (0xDC00..<0xE000).contains(low) else {
                    throw error("unpaired surrogate \\u\(hex4(code)) in a string", at: escapePosition)
                }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00..<0xE000).contains(code) {
                throw error("unpaired surrogate \\u\(hex4(code)) in a string", at: escapePosition)
            }
            utf8.append(contentsOf: Array(String(Character(Unicode.Scalar(code)!)).utf8))
        default:
            throw error("invalid escape '\\\(Character(Unicode.Scalar(byte)))' in a string", at: escapePosition)
        }
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard !atEnd, let digit = hexValue(current) else { throw error("expected four hex digits after \\u") }
            code = code * 16 + digit
            advance()
        }
        return code
    }

    private func hexValue(_ b: UInt8) -> UInt32? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(b - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(b - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(b - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }

    private func hex4(_ v: UInt32) -> String {
        let digits = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`
    private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = position
        var text = ""
        if current == UInt8(ascii: "-") { take(into: &text) }
        if !atEnd, current == UInt8(ascii: "0") {
            take(into: &text)
            if !atEnd, isDigit(current) {
                throw error("numbers must not start with 0 (got '0\(Character(Unicode.Scalar(current)))')", at: start)
            }
        } else {
            try takeDigits(into: &text)
        }
        if !atEnd, current == UInt8(ascii: ".") {
            take(into: &text)
            try takeDigits(into: &text)
        }
        if !atEnd, current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            take(into: &text)
            if !atEnd, current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { take(into: &text) }
            try takeDigits(into: &text)
        }
        guard let value = Double(text), value.isFinite else { throw error("number '\(text)' is out of range", at: start) }
        return value
    }

    private func isDigit(_ b: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(b) }

    private mutating func take(into text: inout String) {
        text.append(Character(Unicode.Scalar(current)))
        advance()
    }

    private mutating func takeDigits(into text: inout String) throws(JSONSyntaxError) {
        guard !atEnd, isDigit(current) else {
            throw error("invalid number '\(text)': expected a digit, got \(describeCurrent())")
        }
        while !atEnd, isDigit(current) { take(into: &text) }
    }
}
