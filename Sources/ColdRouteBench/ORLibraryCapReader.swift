import ColdRouteSiting
import Foundation

/// Reads Beasley's OR-Library capacitated facility-location files (`cap41` … `cap134`, `capa/b/c`).
///
/// Format (whitespace-separated; line breaks inside a record are allowed):
///
///     m n
///     capacity_1 fixed_cost_1          ← m lines; capa/b/c write the literal word `capacity`
///     …
///     demand_1                         ← n records: a demand, then m allocation costs, where
///     cost_1_1 … cost_1_m                 cost_i_j serves ALL of customer i's demand from j
///     …
///
/// The literal word `capacity` is replaced by the capacity the caller passes (`--capacity N`);
/// numeric capacities are kept. Errors name the file and the 1-based line of the offending token.
public struct ORLibraryCapReader: Sendable {
    /// The capacity substituted for the literal word `capacity`, if any.
    public var capacity: Double?

    public init(capacity: Double? = nil) { self.capacity = capacity }

    /// Reads and parses the file at `path`.
    public func read(path: String) throws -> FacilityLocationInstance {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ORLibraryFormatError(file: path, line: nil, message: "cannot read file (\(error.localizedDescription))")
        }
        return try parse(text, file: path)
    }

    /// Parses the text of a `cap` file; `file` only names the source in errors.
    public func parse(_ text: String, file: String) throws -> FacilityLocationInstance {
        var tokens = Tokens(text: text, file: file)
        let m = try tokens.count("facility count")
        let n = try tokens.count("customer count")
        var capacities: [Double] = [], fixed: [Double] = []
        for j in 1...m {
            let (word, line) = try tokens.next("capacity of facility \(j)")
            if word.lowercased() == "capacity" {
                guard let capacity else {
                    throw ORLibraryFormatError(file: file, line: line,
                        message: "capacity of facility \(j) is the word 'capacity': pass a capacity (--capacity N)")
                }
                capacities.append(capacity)
            } else {
                capacities.append(try tokens.number(word, line: line, "capacity of facility \(j)"))
            }
            fixed.append(try tokens.nonNegative("fixed cost of facility \(j)"))
        }
        var demands: [Double] = [], costs: [[Double]] = []
        for i in 1...n {
            demands.append(try tokens.nonNegative("demand of customer \(i)"))
            var row: [Double] = []
            row.reserveCapacity(m)
            for j in 1...m { row.append(try tokens.nonNegative("cost of customer \(i) from facility \(j)")) }
            costs.append(row)
        }
        if let (extra, line) = tokens.peek() {
            throw ORLibraryFormatError(file: file, line: line, message: "unexpected '\(extra)' after the last customer")
        }
        do {
            return try FacilityLocationInstance(fixedCosts: fixed, capacities: capacities, demands: demands,
                                                allocationCosts: costs)
        } catch {
            throw ORLibraryFormatError(file: file, line: nil, message: "\(error)")
        }
    }

    /// The benchmark name of a file: `cap41` for `…/cap41.txt`, `capa_8000` when `capacity` fills the
    /// literal word of a capa/b/c file.
    public static func instanceName(path: String, capacity: Double?) -> String {
        let base = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        guard let capacity, ["capa", "capb", "capc"].contains(base.lowercased()) else { return base }
        let formatted = capacity.rounded() == capacity ? String(Int(capacity)) : String(capacity)
        return "\(base)_\(formatted)"
    }
}

/// A token stream that remembers line numbers (1-based) for error messages.
private struct Tokens {
    let file: String
    private var words: [(Substring, Int)] = []
    private var position = 0

    init(text: String, file: String) {
        self.file = file
        // Any line break ends a line ("\r\n" is one Character, so splitting on "\n" alone would keep it
        // inside a word, and a message quoting that word would span two lines); any blank separates words.
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            for word in line.split(whereSeparator: \.isWhitespace) {
                words.append((word, index + 1))
            }
        }
    }

    func peek() -> (String, Int)? { position < words.count ? (String(words[position].0), words[position].1) : nil }

    mutating func next(_ what: String) throws -> (String, Int) {
        guard position < words.count else {
            let line = words.last?.1
            throw ORLibraryFormatError(file: file, line: line, message: "file ends before the \(what)")
        }
        defer { position += 1 }
        return (String(words[position].0), words[position].1)
    }

    func number(_ word: String, line: Int, _ what: String) throws -> Double {
        guard let value = Double(word), value.isFinite, value >= 0 else {
            throw ORLibraryFormatError(file: file, line: line, message: "\(what): expected a non-negative number, found '\(word)'")
        }
        return value
    }

    mutating func nonNegative(_ what: String) throws -> Double {
        let (word, line) = try next(what)
        return try number(word, line: line, what)
    }

    mutating func count(_ what: String) throws -> Int {
        let (word, line) = try next(what)
        guard let value = Int(word), value > 0 else {
            throw ORLibraryFormatError(file: file, line: line, message: "\(what): expected a positive integer, found '\(word)'")
        }
        return value
    }
}

/// A malformed OR-Library file: names the file and, when known, the 1-based line.
public struct ORLibraryFormatError: Error, Equatable, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int?
    public let message: String

    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}
