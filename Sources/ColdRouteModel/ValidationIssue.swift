/// One problem found by ``CountyNetwork/validate()``: where it is, how bad, and what is wrong.
///
/// The place is given in the terms of the network file format (see `docs/network-format.md`):
/// a ``Table``, a row index into that table's array, and a field named as in the file
/// (`capacityKgPerDay`, not `capacityPerDay`). Readers turn that into a JSON path or a CSV line;
/// for a network built in code, ``path`` reads like a JSON path: `villages[3].capacityKgPerDay`.
public struct ValidationIssue: Hashable, Sendable, CustomStringConvertible {
    /// Errors make a network unusable; warnings point at data that is legal but probably unintended.
    public enum Severity: String, Hashable, Sendable {
        case error
        case warning
    }

    /// The tables of a network file, named as its JSON keys.
    public enum Table: String, Hashable, Sendable, CaseIterable {
        /// The file's top level: `name`, `coordinates`, `circuityFactor`…
        case network
        case products
        case villages
        case depots
        case agencies
        case junctions
        case roads
        case vehicleTypes
    }

    public var severity: Severity
    public var table: Table
    /// Index into the table's array (`villages[row]`); `nil` for the table as a whole or the top level.
    public var row: Int?
    /// The file field name (`capacityKgPerDay`, `lon`, `supply`); `nil` for the row as a whole.
    public var field: String?
    /// A key inside a keyed field: the product id in `supply`.
    public var key: String?
    /// What is wrong, without the place (e.g. `must not be negative (got -5)`).
    public var message: String

    public init(
        _ severity: Severity = .error, table: Table, row: Int? = nil, field: String? = nil, key: String? = nil,
        message: String
    ) {
        self.severity = severity
        self.table = table
        self.row = row
        self.field = field
        self.key = key
        self.message = message
    }

    public var isError: Bool { severity == .error }

    /// The place as a JSON-style path: `villages[3].supply.fish`, `products`, `circuityFactor`.
    /// Empty for the top level as a whole.
    public var path: String {
        var parts: [String] = []
        if table != .network {
            parts.append(row.map { "\(table.rawValue)[\($0)]" } ?? table.rawValue)
        }
        if let field { parts.append(field) }
        var text = parts.joined(separator: ".")
        if let key { text += ValidationIssue.pathComponent(key: key) }
        return text
    }

    /// `.key` for identifier-like keys, `["odd key"]` otherwise.
    public static func pathComponent(key: String) -> String {
        let plain = !key.isEmpty && key.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
        }
        if plain { return "." + key }
        var escaped = ""
        for c in key {
            if c == "\\" || c == "\"" { escaped.append("\\") }
            escaped.append(c)
        }
        return "[\"\(escaped)\"]"
    }

    /// One line: `villages[3].capacityKgPerDay: must not be negative (got -5)`, warnings prefixed `warning: `.
    public var description: String {
        let place = path
        let prefix = severity == .warning ? "warning: " : ""
        return place.isEmpty ? prefix + message : "\(prefix)\(place): \(message)"
    }
}

/// Thrown by ``CountyNetwork/requireValid()``: the validation errors of a network (warnings excluded).
public struct NetworkValidationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The errors, in table order; never empty.
    public var issues: [ValidationIssue]

    public init(issues: [ValidationIssue]) { self.issues = issues }

    /// The first error, and how many more there are.
    public var description: String {
        guard let first = issues.first else { return "invalid network" }
        let more = issues.count - 1
        return more == 0 ? first.description : "\(first.description) (and \(more) more)"
    }
}
