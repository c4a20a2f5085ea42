import Foundation

/// A small JSON Schema (draft 2020-12) validator for the keywords `docs/vroom-output.schema.json`
/// uses: `type`, `enum`, `const`, `required`, `properties`, `items`, `minItems`, `maxItems`,
/// `minimum`, `pattern` (a regular expression the whole string must match), `$ref` (to `#/$defs/…`),
/// `not`, `if`/`then`/`else`. An unknown keyword is an error, so
/// the schema cannot silently use one this validator ignores. Written for the tests, so checking
/// the VROOM file needs nothing installed.
struct JSONSchemaValidator {
    /// A JSON value as decoded, with integers kept apart from other numbers.
    indirect enum Value: Decodable, Equatable {
        case null, bool(Bool), integer(Int), number(Double), string(String), array([Value]), object([String: Value])

        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { self = .null } else if let b = try? c.decode(Bool.self) { self = .bool(b) } else if let n = try? c.decode(Int.self) {
                self = .integer(n)
            } else if let x = try? c.decode(Double.self) {
                self = x.rounded() == x && abs(x) < 1e15 ? .integer(Int(x)) : .number(x)
            } else if let s = try? c.decode(String.self) { self = .string(s) } else if let a = try? c.decode([Value].self) {
                self = .array(a)
            } else { self = .object(try c.decode([String: Value].self)) }
        }

        static func parse(_ data: Data) throws -> Value { try JSONDecoder().decode(Value.self, from: data) }

        subscript(key: String) -> Value? {
            if case .object(let o) = self { return o[key] }
            return nil
        }
    }

    static let keywords: Set<String> = ["$schema", "$id", "title", "description", "$defs", "type", "enum", "const", "required",
                                        "properties", "items", "minItems", "maxItems", "minimum", "pattern", "$ref", "not", "if", "then", "else"]
    let root: Value

    init(schema: Data) throws { root = try Value.parse(schema) }

    /// Every failure, as `path: message`; empty when the instance is valid.
    func errors(_ instance: Value) -> [String] {
        var found: [String] = []
        check(instance, root, "$", &found)
        return found
    }

    private func check(_ value: Value, _ schema: Value, _ path: String, _ found: inout [String]) {
        guard case .object(let s) = schema else { found.append("\(path): schema is not an object"); return }
        for key in s.keys where !Self.keywords.contains(key) { found.append("\(path): unsupported schema keyword \(key)") }
        if case .string(let ref)? = s["$ref"] {
            let name = ref.replacingOccurrences(of: "#/$defs/", with: "")
            guard let target = root["$defs"]?[name] else { found.append("\(path): unresolved $ref \(ref)"); return }
            check(value, target, path, &found)
        }
        if case .string(let type)? = s["type"], !Self.has(value, type: type) { found.append("\(path): expected \(type), got \(value)") }
        if case .array(let options)? = s["enum"], !options.contains(value) { found.append("\(path): \(value) is not one of \(options)") }
        if let constant = s["const"], constant != value { found.append("\(path): expected \(constant)") }
        if case .object(let members) = value {
            if case .array(let required)? = s["required"] {
                for case .string(let key) in required where members[key] == nil { found.append("\(path): missing required '\(key)'") }
            }
            if case .object(let properties)? = s["properties"] {
                for (key, sub) in properties { if let v = members[key] { check(v, sub, "\(path).\(key)", &found) } }
            }
        }
        if case .array(let items) = value {
            if let sub = s["items"] { for (i, item) in items.enumerated() { check(item, sub, "\(path)[\(i)]", &found) } }
            if case .integer(let n)? = s["minItems"], items.count < n { found.append("\(path): fewer than \(n) items") }
            if case .integer(let n)? = s["maxItems"], items.count > n { found.append("\(path): more than \(n) items") }
        }
        if case .integer(let m)? = s["minimum"], let x = Self.number(value), x < Double(m) { found.append("\(path): \(x) < minimum \(m)") }
        if case .string(let pattern)? = s["pattern"], case .string(let text) = value,
           text.range(of: pattern, options: .regularExpression) == nil
        {
            found.append("\(path): \"\(text.prefix(40))\" does not match \(pattern)")
        }
        if let negated = s["not"] {
            var inner: [String] = []
            check(value, negated, path, &inner)
            if inner.isEmpty { found.append("\(path): must not match \(negated)") }
        }
        if let condition = s["if"] {
            var inner: [String] = []
            check(value, condition, path, &inner)
            if let branch = inner.isEmpty ? s["then"] : s["else"] { check(value, branch, path, &found) }
        }
    }

    private static func number(_ v: Value) -> Double? {
        switch v {
        case .integer(let n): return Double(n)
        case .number(let x): return x
        default: return nil
        }
    }

    private static func has(_ v: Value, type: String) -> Bool {
        switch (type, v) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null), ("integer", .integer),
             ("number", .integer), ("number", .number): return true
        default: return false
        }
    }
}
