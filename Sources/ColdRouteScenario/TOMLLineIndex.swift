/// Finds the line on which a dotted key of a TOML document is written, for error messages.
///
/// TOMLKit reports lines for syntax errors only; this scans the text the way a reader would:
/// `[table]` and `[[array.of.tables]]` headers set the prefix, `key = value` (or `a.b = value`)
/// lines add the key. Keys of arrays of tables are numbered from 0: `depots.add[1].id`. Lines
/// inside a multi-line array or inline table are skipped. Good enough for messages; never used
/// to read values.
struct TOMLLineIndex: Hashable, Sendable {
    private(set) var lines: [String: Int] = [:]

    init(text: String) {
        var prefix = ""
        var arrayCounts: [String: Int] = [:]
        var depth = 0
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = Self.stripComment(String(raw)).trimmingCharacters(in: .whitespaces)
            let number = n + 1
            if depth > 0 {
                depth += Self.bracketBalance(line)
                continue
            }
            if line.isEmpty { continue }
            if line.hasPrefix("[[") {
                let name = Self.normalize(String(line.dropFirst(2).prefix { $0 != "]" }))
                let index = arrayCounts[name, default: 0]
                arrayCounts[name] = index + 1
                prefix = "\(name)[\(index)]"
                record(prefix, number)
            } else if line.hasPrefix("[") {
                prefix = Self.normalize(String(line.dropFirst().prefix { $0 != "]" }))
                record(prefix, number)
            } else if let eq = line.firstIndex(of: "=") {
                let key = Self.normalize(String(line[..<eq]))
                let path = prefix.isEmpty ? key : "\(prefix).\(key)"
                record(path, number)
                depth = max(0, Self.bracketBalance(String(line[line.index(after: eq)...])))
            }
        }
    }

    private mutating func record(_ path: String, _ line: Int) {
        if lines[path] == nil { lines[path] = line }
    }

    /// The line of `path`, or of its nearest enclosing table that has one.
    func line(of path: String) -> Int? {
        var current = path
        while !current.isEmpty {
            if let line = lines[current] { return line }
            guard let cut = current.lastIndex(where: { $0 == "." || $0 == "[" }) else { break }
            current = String(current[..<cut])
        }
        return nil
    }

    /// `a . "b c"` → `a.b c`.
    static func normalize(_ key: String) -> String {
        key.split(separator: ".").map {
            $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        }.joined(separator: ".")
    }

    static func stripComment(_ line: String) -> String {
        var quote: Character?
        for (i, c) in zip(line.indices, line) {
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "#" {
                return String(line[..<i])
            }
        }
        return line
    }

    static func bracketBalance(_ text: String) -> Int {
        var balance = 0, quote: Character?
        for c in text {
            if let q = quote {
                if c == q { quote = nil }
                continue
            }
            switch c {
            case "\"", "'": quote = c
            case "[", "{": balance += 1
            case "]", "}": balance -= 1
            default: break
            }
        }
        return balance
    }
}

import Foundation
