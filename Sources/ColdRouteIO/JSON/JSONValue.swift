/// A 1-based line and column (in Unicode scalars) in a text file.
struct SourcePosition: Hashable, Sendable {
    var line: Int
    var column: Int
}

/// A parsed JSON value that remembers where it starts in the file.
///
/// Object members keep their order (and their key's position), so readers can report unknown keys
/// where they are and writers' key order survives a read.
struct JSONValue: Sendable {
    enum Kind: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONValue])
        case object([Member])
    }

    struct Member: Sendable {
        var key: String
        var keyPosition: SourcePosition
        var value: JSONValue
    }

    var kind: Kind
    var position: SourcePosition

    /// The kind in words, for messages: `a number`, `a string`, `null`…
    var typeDescription: String {
        switch kind {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }

    var members: [Member]? {
        if case .object(let members) = kind { return members }
        return nil
    }

    var elements: [JSONValue]? {
        if case .array(let elements) = kind { return elements }
        return nil
    }

    /// The value of an object member, if this is an object that has it.
    subscript(key: String) -> JSONValue? {
        members?.first { $0.key == key }?.value
    }
}
