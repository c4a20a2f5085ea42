import ColdRouteModel
import Foundation

/// Reads typed fields from ``Record``s, collecting problems instead of stopping at the first.
///
/// Each reader returns a usable placeholder (0, "", false) after a problem so reading can go on and
/// report further problems; the caller throws the collected ``problems`` before using the result.
struct FieldReader {
    var problems = ProblemList()

    private enum Parsed<T> {
        case value(T)
        case failure(String)
    }

    mutating func report(_ record: Record, _ key: String?, _ message: String) {
        problems.add(file: record.file, record.location(of: key), message)
    }

    /// `nil` when the field is absent (or null), or when it is malformed (then a problem is recorded).
    private mutating func optional<T>(_ record: Record, _ key: String, _ convert: (Record.Cell) -> Parsed<T>) -> T? {
        guard record.has(key), let cell = record.cells[key] else { return nil }
        switch convert(cell) {
        case .value(let v): return v
        case .failure(let message):
            report(record, key, message)
            return nil
        }
    }

    private mutating func required<T>(_ record: Record, _ key: String, placeholder: T, _ convert: (Record.Cell) -> Parsed<T>) -> T {
        if !record.has(key) {
            // A JSON null in a required field is a type error, not a missing field.
            if case .json(let value)? = record.cells[key] {
                if case .failure(let message) = convert(.json(value)) { report(record, key, message) }
            } else if let missing = record.missing(key) {
                problems.add(missing)
            }
            return placeholder
        }
        return optional(record, key, convert) ?? placeholder
    }

    // MARK: - Conversions

    private static func text(_ cell: Record.Cell) -> Parsed<String> {
        switch cell {
        case .text(let s): return .value(s)
        case .json(let v):
            if case .string(let s) = v.kind { return .value(s) }
            return .failure("expected a string, got \(v.typeDescription)")
        }
    }

    private static func number(_ cell: Record.Cell) -> Parsed<Double> {
        switch cell {
        case .text(let s): return decimal(s).map { .value($0) } ?? .failure("expected a number, got '\(s)'")
        case .json(let v):
            if case .number(let x) = v.kind { return .value(x) }
            return .failure("expected a number, got \(v.typeDescription)")
        }
    }

    private static func integer(_ cell: Record.Cell) -> Parsed<Int> {
        switch number(cell) {
        case .failure(let m): return .failure(m.replacingFirst("a number", with: "a whole number"))
        case .value(let x):
            guard x.rounded() == x, abs(x) < 1e15 else { return .failure("expected a whole number, got \(show(x))") }
            return .value(Int(saturating: x))
        }
    }

    private static func timeOfDay(_ cell: Record.Cell) -> Parsed<Double> {
        let expected = "expected a time of day like \"06:30\" or minutes since midnight"
        switch cell {
        case .text(let s):
            if let m = Minutes(clock: s) { return .value(m.value) }
            if let x = decimal(s) { return .value(x) }
            return .failure("\(expected), got '\(s)'")
        case .json(let v):
            switch v.kind {
            case .number(let x): return .value(x)
            case .string(let s):
                if let m = Minutes(clock: s) { return .value(m.value) }
                return .failure("\(expected), got \"\(s)\"")
            default: return .failure("\(expected), got \(v.typeDescription)")
            }
        }
    }

    private static func boolean(_ cell: Record.Cell) -> Parsed<Bool> {
        switch cell {
        case .text(let s):
            switch s.lowercased() {
            case "true", "yes", "1": return .value(true)
            case "false", "no", "0": return .value(false)
            default: return .failure("expected true/false, yes/no or 1/0, got '\(s)'")
            }
        case .json(let v):
            if case .bool(let b) = v.kind { return .value(b) }
            return .failure("expected true or false, got \(v.typeDescription)")
        }
    }

    /// A plain decimal number (`12`, `-0.5`, `1.2e3`); no `nan`, `inf`, hex or thousands separators.
    static func decimal(_ s: String) -> Double? {
        guard !s.isEmpty, s.allSatisfy({ "+-.eE0123456789".contains($0) }), let x = Double(s), x.isFinite else { return nil }
        return x
    }

    static func show(_ x: Double) -> String { NumberText.format(x) }

    // MARK: - Typed fields

    mutating func string(_ r: Record, _ key: String) -> String { required(r, key, placeholder: "", Self.text) }
    mutating func optionalString(_ r: Record, _ key: String) -> String? { optional(r, key, Self.text) }
    mutating func number(_ r: Record, _ key: String) -> Double { required(r, key, placeholder: 0, Self.number) }
    mutating func optionalNumber(_ r: Record, _ key: String) -> Double? { optional(r, key, Self.number) }
    mutating func integer(_ r: Record, _ key: String) -> Int { required(r, key, placeholder: 0, Self.integer) }
    mutating func optionalInteger(_ r: Record, _ key: String) -> Int? { optional(r, key, Self.integer) }
    mutating func time(_ r: Record, _ key: String) -> Minutes { Minutes(required(r, key, placeholder: 0, Self.timeOfDay)) }
    mutating func bool(_ r: Record, _ key: String) -> Bool { required(r, key, placeholder: false, Self.boolean) }
    mutating func optionalBool(_ r: Record, _ key: String) -> Bool? { optional(r, key, Self.boolean) }

    /// A required string that must be one of `choices`; `nil` (with a problem recorded) otherwise.
    mutating func choice(_ r: Record, _ key: String, _ choices: [String]) -> String? {
        let before = problems.count
        let value = string(r, key)
        guard problems.count == before else { return nil }
        if choices.contains(value) { return value }
        let list = choices.map { "\"\($0)\"" }.joined(separator: " or ")
        report(r, key, "expected \(list), got \"\(value)\"")
        return nil
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
