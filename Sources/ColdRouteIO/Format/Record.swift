import ColdRouteModel

/// One row being decoded: a JSON object or a CSV line, with the places of its fields.
///
/// The table decoders (``FieldReader``) read both kinds alike; only typing and messages differ:
/// JSON values have types (`expected a number, got a string`), CSV cells are text
/// (`expected a number, got 'abc'`).
struct Record {
    enum Cell {
        case json(JSONValue)
        case text(String)
    }

    enum Origin {
        /// A JSON object at `path` (e.g. `villages[3]`), starting at `position`.
        case json(path: String, position: SourcePosition)
        /// A CSV data row on a physical line, in a file with these (known) columns.
        case csv(line: Int, columns: Set<String>)
    }

    let file: String
    let origin: Origin
    /// JSON: every member; CSV: the non-empty cells (an empty cell means "not given").
    let cells: [String: Cell]

    /// The place of a field, or of the row itself for `nil`.
    func location(of key: String?) -> InputError.Location {
        switch origin {
        case .json(let path, let position):
            guard let key else { return .jsonPath(path, line: position.line) }
            let fieldPath = path.isEmpty ? key : path + ValidationIssue.pathComponent(key: key)
            if case .json(let value)? = cells[key] { return .jsonPath(fieldPath, line: value.position.line) }
            return .jsonPath(path, line: position.line)
        case .csv(let line, _):
            return .csv(line: line, column: key)
        }
    }

    /// The problem for a required field that is not there; `nil` for a CSV column missing from the
    /// header, which the header check has reported once already.
    func missing(_ key: String) -> InputError? {
        switch origin {
        case .json: return InputError(file: file, location: location(of: nil), message: "missing required field '\(key)'")
        case .csv(_, let columns):
            return columns.contains(key) ? InputError(file: file, location: location(of: key), message: "missing value") : nil
        }
    }

    /// Whether a field is given (JSON `null` counts as not given).
    func has(_ key: String) -> Bool {
        switch cells[key] {
        case nil: return false
        case .json(let value)?:
            if case .null = value.kind { return false }
            return true
        case .text?: return true
        }
    }
}
