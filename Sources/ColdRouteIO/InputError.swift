import Foundation
/// A problem with an input file, with the place where it is.
///
/// ``description`` is one line naming the file and the place:
///
///     networks/x.json: villages[3].capacityKgPerDay (line 41): must not be negative (got -5)
///     networks/x.json: line 12, column 5: trailing comma before '}'
///     networks/x/depots.csv:7: capacityKgPerDay: must not be negative (got -5)
///     networks/x.xlsx: sheet depots, cell D7 (capacityKgPerDay): must not be negative (got -5)
///     networks/x.json: no such file or folder
///
/// Readers report every problem they find (up to ``problemLimit``): the first is the headline
/// (this error's own `file`, `location` and `message`), the rest are in ``otherProblems``.
public struct InputError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where in a file a problem is. The kinds of place are kept behind static constructors.
    public struct Location: Hashable, Sendable, CustomStringConvertible {
        enum Kind: Hashable, Sendable {
            case wholeFile
            case jsonPath(String, line: Int?)
            case text(line: Int, column: Int)
            case csv(line: Int?, column: String?)
            case cell(sheet: String, row: Int?, letters: String?, column: String?)
        }

        let kind: Kind

        /// The file as a whole.
        public static let wholeFile = Location(kind: .wholeFile)

        /// A value in a JSON document: `villages[3].lon`, and the line it starts on when known.
        public static func jsonPath(_ path: String, line: Int? = nil) -> Location {
            Location(kind: .jsonPath(path, line: line))
        }

        /// A character position in a text file (JSON syntax errors); both 1-based.
        public static func text(line: Int, column: Int) -> Location {
            Location(kind: .text(line: line, column: column))
        }

        /// A CSV cell: the 1-based physical line (the header is line 1) and the column name.
        public static func csv(line: Int?, column: String?) -> Location {
            Location(kind: .csv(line: line, column: column))
        }

        /// A cell of a workbook sheet: the sheet's name, the 1-based row, the column's letters
        /// (`D`; with the row, the A1-style reference `D7`) and the column's name (header cell).
        public static func cell(sheet: String, row: Int?, letters: String?, column: String?) -> Location {
            Location(kind: .cell(sheet: sheet, row: row, letters: letters, column: column))
        }

        /// The workbook sheet, for places in a workbook.
        public var sheet: String? {
            if case .cell(let sheet, _, _, _) = kind { return sheet }
            return nil
        }

        /// The A1-style cell reference (`D7`), when both row and column are known.
        public var cellReference: String? {
            if case .cell(_, let row?, let letters?, _) = kind { return "\(letters)\(row)" }
            return nil
        }

        /// The JSON path, for places in a JSON document.
        public var jsonPath: String? {
            if case .jsonPath(let path, _) = kind { return path }
            return nil
        }

        /// The 1-based line, when known.
        public var line: Int? {
            switch kind {
            case .wholeFile: return nil
            case .jsonPath(_, let line): return line
            case .text(let line, _): return line
            case .csv(let line, _): return line
            case .cell(_, let row, _, _): return row
            }
        }

        /// The 1-based character column of a text position.
        public var column: Int? {
            if case .text(_, let column) = kind { return column }
            return nil
        }

        /// The CSV column name.
        public var columnName: String? {
            if case .csv(_, let column) = kind { return column }
            if case .cell(_, _, _, let column) = kind { return column }
            return nil
        }

        /// The place as it appears in a message (empty for the whole file).
        public var description: String {
            switch kind {
            case .wholeFile: return ""
            case .jsonPath(let path, let line):
                let shown = path.isEmpty ? "top level" : path
                return line.map { "\(shown) (line \($0))" } ?? shown
            case .text(let line, let column): return "line \(line), column \(column)"
            case .csv(let line, let column):
                return [line.map { "line \($0)" }, column.map { "column \($0)" }].compactMap { $0 }.joined(separator: ", ")
            case .cell(let sheet, let row, let letters, let column):
                var place = "sheet \(sheet)"
                if let row, let letters { place += ", cell \(letters)\(row)" } else if let row { place += ", row \(row)" } else if let letters {
                    place += ", column \(letters)"
                }
                if let column { place += " (\(column))" }
                return place
            }
        }
    }

    /// How many problems readers list at most; more are counted in ``unlistedProblemCount``.
    public static let problemLimit = 20

    /// The file (or folder) as the caller named it, e.g. `networks/x/depots.csv`.
    public var file: String
    public var location: Location
    /// What is wrong, e.g. `must not be negative (got -5)`.
    public var message: String
    /// Further problems found in the same read, after this headline one.
    public var otherProblems: [InputError]
    /// Problems found beyond ``problemLimit`` and not listed.
    public var unlistedProblemCount: Int

    public init(file: String, location: Location = .wholeFile, message: String) {
        self.file = file
        self.location = location
        self.message = message
        otherProblems = []
        unlistedProblemCount = 0
    }

    /// Every listed problem, the headline first, each without further problems attached.
    public var problems: [InputError] {
        var headline = self
        headline.otherProblems = []
        headline.unlistedProblemCount = 0
        return [headline] + otherProblems
    }

    /// The number of problems found, listed or not.
    public var problemCount: Int { 1 + otherProblems.count + unlistedProblemCount }

    /// The headline problem on one line.
    /// One line, whatever the file held: line breaks in quoted user text are shown as `\n`.
    public var description: String { Self.oneLine(rawDescription) }

    static func oneLine(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.replacingOccurrences(of: "\r\n", with: "\n").unicodeScalars {
            guard CharacterSet.newlines.contains(scalar) else { out.append(scalar); continue }
            let escaped = scalar == "\n" ? "\\n" : scalar == "\r" ? "\\r" : "\\u{\(String(scalar.value, radix: 16))}"
            out.append(contentsOf: escaped.unicodeScalars)
        }
        return String(out)
    }

    private var rawDescription: String {
        switch location.kind {
        case .wholeFile:
            return "\(file): \(message)"
        case .jsonPath(let path, _) where path.isEmpty:
            return "\(file): \(message)"
        case .jsonPath, .text, .cell:
            return "\(file): \(location): \(message)"
        case .csv(let line, let column):
            let head = line.map { "\(file):\($0)" } ?? file
            return column.map { "\(head): \($0): \(message)" } ?? "\(head): \(message)"
        }
    }

    /// Every listed problem, one per line, and a last line counting unlisted ones.
    public var fullDescription: String {
        var lines = problems.map(\.description)
        if unlistedProblemCount > 0 { lines.append("… and \(unlistedProblemCount) more problems") }
        return lines.joined(separator: "\n")
    }

    /// Bundles problems into one error (headline first); `nil` when there are none.
    static func combining(_ problems: [InputError], unlisted: Int = 0) -> InputError? {
        guard var first = problems.first else { return nil }
        first.otherProblems = Array(problems.dropFirst())
        first.unlistedProblemCount = unlisted
        return first
    }
}

/// Collects problems while reading, keeping the first ``InputError/problemLimit``.
struct ProblemList {
    private(set) var listed: [InputError] = []
    private(set) var unlisted = 0

    var isEmpty: Bool { listed.isEmpty }
    /// Problems found so far, listed or not.
    var count: Int { listed.count + unlisted }

    mutating func add(_ problem: InputError) {
        if listed.count < InputError.problemLimit {
            listed.append(contentsOf: problem.problems)
            if listed.count > InputError.problemLimit {
                unlisted += listed.count - InputError.problemLimit
                listed.removeLast(listed.count - InputError.problemLimit)
            }
            unlisted += problem.unlistedProblemCount
        } else {
            unlisted += problem.problemCount
        }
    }

    mutating func add(file: String, _ location: InputError.Location, _ message: String) {
        add(InputError(file: file, location: location, message: message))
    }

    /// Throws all problems as one error, if there are any.
    func throwIfAny() throws(InputError) {
        if let error = InputError.combining(listed, unlisted: unlisted) { throw error }
    }
}
