import ColdRouteIO
import ColdRouteModel
import TOMLKit

/// A TOML value copied out of TOMLKit (whose tables are C++-backed classes) into plain Swift.
indirect enum TOMLNode: Sendable {
    case table([(key: String, value: TOMLNode)])
    case array([TOMLNode])
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    /// Dates and times, which scenarios do not use.
    case other(String)

    init(_ value: TOMLValueConvertible) {
        switch value.type {
        case .table:
            let table = value.table!
            self = .table(table.keys.map { ($0, TOMLNode(table[$0]!)) })
        case .array:
            self = .array(value.array!.map { TOMLNode($0) })
        case .string: self = .string(value.string ?? "")
        case .int: self = .int(value.int ?? 0)
        case .double: self = .double(value.double ?? .nan)
        case .bool: self = .bool(value.bool ?? false)
        default: self = .other(value.type.rawValue)
        }
    }

    var typeName: String {
        switch self {
        case .table: "a table"
        case .array: "an array"
        case .string: "a string"
        case .int: "an integer"
        case .double: "a number"
        case .bool: "a boolean"
        case .other(let name): "a \(name)"
        }
    }

    var shown: String {
        switch self {
        case .string(let s): "\"\(s)\""
        case .int(let i): String(i)
        case .double(let d): d.rounded() == d && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        case .bool(let b): String(b)
        default: typeName
        }
    }
}

/// Reads one TOML table, remembering which keys were read so the rest can be rejected by name.
///
/// Every error is an ``InputError`` naming the scenario file, the dotted key and its line.
struct TOMLTableReader {
    let context: Context
    let path: String
    let entries: [(key: String, value: TOMLNode)]
    private var read: Set<String> = []

    /// The file name and line index shared by all readers of one document.
    struct Context {
        var file: String
        var lines: TOMLLineIndex

        func key(_ path: String) -> Scenario.Key { Scenario.Key(path, line: lines.line(of: path)) }

        func error(_ path: String, _ message: String) -> InputError {
            InputError(file: file, location: .jsonPath(path, line: lines.line(of: path)), message: message)
        }
    }

    init(context: Context, path: String, entries: [(key: String, value: TOMLNode)]) {
        self.context = context
        self.path = path
        self.entries = entries
    }

    /// The reader of a whole TOML document (scenario or sweep manifest). A syntax error names
    /// `file`, line and column; a malformed table header, on which toml++ (inside TOMLKit) would
    /// assert and abort the program, is rejected before parsing (`headerExample` shows a good one).
    static func document(text: String, file: String, headerExample: String) throws(InputError) -> TOMLTableReader {
        if let line = ScenarioReader.malformedTableHeader(in: text) {
            throw InputError(file: file, location: .text(line: line, column: 1),
                             message: "TOML syntax error: a table header must start with a key, like \(headerExample)")
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw InputError(file: file, location: .text(line: error.source.begin.line, column: error.source.begin.column),
                             message: "TOML syntax error: \(error.description)")
        } catch {
            throw InputError(file: file, message: "TOML syntax error: \(error)")
        }
        guard case .table(let entries) = TOMLNode(table) else { throw InputError(file: file, message: "not a TOML table") }
        return TOMLTableReader(context: Context(file: file, lines: TOMLLineIndex(text: text)), path: "", entries: entries)
    }

    func childPath(_ key: String) -> String {
        let shown = key.contains(where: { !$0.isLetter && !$0.isNumber && $0 != "_" && $0 != "-" }) ? "\"\(key)\"" : key
        return path.isEmpty ? shown : "\(path).\(shown)"
    }

    func key(_ key: String) -> Scenario.Key { context.key(childPath(key)) }

    func error(_ key: String, _ message: String) -> InputError { context.error(childPath(key), message) }

    /// The keys present, in document order.
    var keys: [String] { entries.map(\.key) }

    mutating func value(_ key: String) -> TOMLNode? {
        guard let entry = entries.first(where: { $0.key == key }) else { return nil }
        read.insert(key)
        return entry.value
    }

    mutating func string(_ key: String) throws(InputError) -> String? {
        guard let node = value(key) else { return nil }
        guard case .string(let s) = node else { throw error(key, "must be a string (got \(node.typeName))") }
        return s
    }

    mutating func requiredString(_ key: String) throws(InputError) -> String {
        guard let s = try string(key) else { throw context.error(path.isEmpty ? key : path, "missing required key '\(key)'") }
        return s
    }

    mutating func bool(_ key: String) throws(InputError) -> Bool? {
        guard let node = value(key) else { return nil }
        guard case .bool(let b) = node else { throw error(key, "must be true or false (got \(node.shown))") }
        return b
    }

    enum NumberRule {
        case positive, nonNegative, any
    }

    /// A number obeying `rule` and at most `maximum` in size (default: the largest network field
    /// range, ``FieldLimits/kilograms``; multipliers and time limits pass tighter ones).
    mutating func number(_ key: String, _ rule: NumberRule = .nonNegative, maximum: Double = FieldLimits.kilograms.upperBound) throws(InputError) -> Double? {
        guard let node = value(key) else { return nil }
        let n = try Self.number(node, rule: rule) { (message) throws(InputError) in throw error(key, message) }
        if abs(n) > maximum { throw error(key, "must be at most \(Self.show(maximum)) (got \(node.shown))") }
        return n
    }

    private static func show(_ x: Double) -> String { x.rounded() == x && abs(x) < 1e15 ? String(Int64(x)) : String(x) }

    mutating func requiredNumber(_ key: String, _ rule: NumberRule = .nonNegative) throws(InputError) -> Double {
        guard let n = try number(key, rule) else { throw context.error(path, "missing required key '\(key)'") }
        return n
    }

    static func number(_ node: TOMLNode, rule: NumberRule, fail: (String) throws(InputError) -> Never) throws(InputError) -> Double {
        let n: Double
        switch node {
        case .int(let i): n = Double(i)
        case .double(let d): n = d
        default:
            switch rule {
            case .positive: try fail("must be a positive number (got \(node.shown))")
            case .nonNegative: try fail("must be a number ≥ 0 (got \(node.shown))")
            case .any: try fail("must be a number (got \(node.shown))")
            }
        }
        switch rule {
        case .positive where !(n > 0 && n.isFinite): try fail("must be a positive number (got \(node.shown))")
        case .nonNegative where !(n >= 0 && n.isFinite): try fail("must be a number ≥ 0 (got \(node.shown))")
        case .any where !n.isFinite: try fail("must be a finite number (got \(node.shown))")
        default: return n
        }
    }

    mutating func integer(_ key: String, minimum: Int = 0) throws(InputError) -> Int? {
        guard let node = value(key) else { return nil }
        guard case .int(let i) = node, i >= minimum else {
            throw error(key, "must be a whole number ≥ \(minimum) (got \(node.shown))")
        }
        return i
    }

    /// A time of day: `"HH:MM"` or minutes since midnight.
    mutating func timeOfDay(_ key: String) throws(InputError) -> Double? {
        guard let node = value(key) else { return nil }
        switch node {
        case .string(let s):
            guard let m = Minutes(clock: s) else { throw error(key, "must be a time of day \"HH:MM\" (got \(node.shown))") }
            return m.value
        case .int, .double:
            return try Self.number(node, rule: .nonNegative) { (m) throws(InputError) in throw error(key, m) }
        default:
            throw error(key, "must be a time of day \"HH:MM\" or minutes since midnight (got \(node.typeName))")
        }
    }

    mutating func stringList(_ key: String) throws(InputError) -> [Scenario.Keyed<String>] {
        guard let node = value(key) else { return [] }
        guard case .array(let items) = node else { throw error(key, "must be an array of strings (got \(node.typeName))") }
        var out: [Scenario.Keyed<String>] = []
        for (n, item) in items.enumerated() {
            guard case .string(let s) = item else { throw context.error("\(childPath(key))[\(n)]", "must be a string (got \(item.typeName))") }
            out.append(.init(s, key: self.key(key)))
        }
        return out
    }

    mutating func table(_ key: String) throws(InputError) -> TOMLTableReader? {
        guard let node = value(key) else { return nil }
        guard case .table(let entries) = node else { throw error(key, "must be a table (got \(node.typeName))") }
        return TOMLTableReader(context: context, path: childPath(key), entries: entries)
    }

    mutating func tables(_ key: String) throws(InputError) -> [TOMLTableReader] {
        guard let node = value(key) else { return [] }
        guard case .array(let items) = node else { throw error(key, "must be an array of tables, [[\(childPath(key))]] (got \(node.typeName))") }
        var out: [TOMLTableReader] = []
        for (n, item) in items.enumerated() {
            guard case .table(let entries) = item else { throw context.error("\(childPath(key))[\(n)]", "must be a table (got \(item.typeName))") }
            out.append(TOMLTableReader(context: context, path: "\(childPath(key))[\(n)]", entries: entries))
        }
        return out
    }

    /// Rejects every key not read, naming the first (with a hint when it is a near miss).
    func finish(known: [String]) throws(InputError) {
        for (key, _) in entries where !read.contains(key) {
            let hint = Self.nearest(key, in: known).map { " (did you mean '\($0)'?)" } ?? ""
            let expected = known.isEmpty ? "" : "; expected one of: \(known.joined(separator: ", "))"
            throw error(key, "unknown key '\(key)'\(hint.isEmpty ? expected : hint)")
        }
    }

    static func nearest(_ key: String, in known: [String]) -> String? {
        func distance(_ a: [Character], _ b: [Character]) -> Int {
            var row = Array(0...b.count)
            for i in 1...max(1, a.count) where !a.isEmpty {
                var previous = row[0]
                row[0] = i
                for j in 1...max(1, b.count) where !b.isEmpty {
                    let current = row[j]
                    row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                    previous = current
                }
            }
            return row[b.count]
        }
        let lower = Array(key.lowercased())
        if let prefix = known.filter({ key.lowercased().hasPrefix($0.lowercased()) || $0.lowercased().hasPrefix(key.lowercased()) })
            .max(by: { $0.count < $1.count }) {
            return prefix
        }
        let best = known.map { ($0, distance(lower, Array($0.lowercased()))) }.min { $0.1 < $1.1 }
        guard let best, best.1 <= max(2, key.count / 3) else { return nil }
        return best.0
    }
}
