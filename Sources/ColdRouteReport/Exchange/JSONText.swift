import ColdRouteIO

/// A JSON value built in code and written with its keys in the order given, so exchange files
/// read the way their documentation lists them (Foundation's encoder sorts or scrambles keys).
///
/// Arrays of scalars (coordinates, VROOM amounts) are written on one line; objects and other
/// arrays one member per line, indented by two spaces. Non-finite numbers are written as `null`.
indirect enum JSONText {
    case object([(String, JSONText)])
    case array([JSONText])
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case null

    /// A number rounded to `digits` decimals (coordinates: 6 digits is about 10 cm).
    static func rounded(_ x: Double, _ digits: Int) -> JSONText {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return .number((x * scale).rounded() / scale)
    }

    /// The value as text, starting at nesting level `level`.
    func rendered(level: Int = 0) -> String {
        let pad = String(repeating: "  ", count: level + 1), close = String(repeating: "  ", count: level)
        switch self {
        case .object(let members):
            guard !members.isEmpty else { return "{}" }
            let body = members.map { "\(pad)\(Self.quoted($0.0)): \($0.1.rendered(level: level + 1))" }
            return "{\n" + body.joined(separator: ",\n") + "\n\(close)}"
        case .array(let items):
            guard !items.isEmpty else { return "[]" }
            if items.allSatisfy(\.isScalar) { return "[" + items.map { $0.rendered() }.joined(separator: ", ") + "]" }
            return "[\n" + items.map { pad + $0.rendered(level: level + 1) }.joined(separator: ",\n") + "\n\(close)]"
        case .string(let s): return Self.quoted(s)
        case .number(let x):
            guard x.isFinite else { return "null" }
            if x.rounded() == x, abs(x) < 1e15 { return String(Int64(x)) }
            return "\(x)"
        case .integer(let n): return String(n)
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: return false
        default: return true
        }
    }

    static func quoted(_ s: String) -> String { NetworkWriter.jsonString(s) }
}
