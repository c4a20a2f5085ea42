import Foundation
import SwiftCSV

/// A CSV file read with SwiftCSV, with the physical line of each row.
///
/// SwiftCSV (0.10) reports no positions, so lines are counted here: its parser ends a row at every
/// line break outside quotes (a blank line is a row of one empty cell), and keeps line breaks inside
/// quoted cells in the cell text. So row `k` (the header is row 0) starts on line
/// `1 + k + (line breaks inside the cells of rows 0..<k)`, which stays exact even with quoted
/// multi-line cells. `\r\n` is one `Character` in Swift, hence one line break.
///
/// Its parse errors carry no position either; the first bad line is found by bisection over
/// prefixes of the file (a prefix of `n` lines fails exactly when the bad character is in it).
struct CSVTable {
    struct Row {
        var line: Int
        var cells: [String]
    }

    /// The file as the caller named it (used in messages).
    let file: String
    /// Column names, trimmed.
    let header: [String]
    /// Data rows (blank lines skipped), cells trimmed of surrounding spaces.
    let rows: [Row]

    /// Reads and parses a CSV file; errors name the file (and the line, for a malformed one).
    static func load(path: String, file: String) throws(InputError) -> CSVTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw InputError(file: file, message: exists ? "cannot read the file" : "no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw InputError(file: file, message: "not UTF-8 text (in a spreadsheet, save as \"CSV UTF-8\")")
        }
        return try parse(text: text, file: file)
    }

    /// Parses CSV text (comma-separated, optional UTF-8 byte order mark).
    static func parse(text: String, file: String) throws(InputError) -> CSVTable {
        if let line = unterminatedQuoteLine(in: text) {
            // SwiftCSV would read the rest of the file into one cell: the rows after it would be lost.
            throw InputError(file: file, location: .csv(line: line, column: nil),
                             message: "malformed CSV (a quoted cell opened on this line is never closed)")
        }
        var raw: [[String]] = []
        do {
            let csv = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false, rowLimit: 0)
            try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { raw.append($0) }
        } catch {
            let line = firstBadLine(of: text)
            let detail: String
            switch error as? CSVParseError {
            case .quotation(let message)?, .generic(let message)?: detail = message
            case nil: detail = "\(error)"
            }
            throw InputError(file: file, location: .csv(line: line, column: nil), message: "malformed CSV (\(detail))")
        }
        // SwiftCSV drops the empty last cell of a file that ends in a comma without a line break
        // ("a,b," reads as two cells); put it back so the row has its full width.
        if text.last == ",", !raw.isEmpty { raw[raw.count - 1].append("") }
        guard let first = raw.first, first.contains(where: { !$0.trimmed.isEmpty }) else {
            throw InputError(file: file, location: .csv(line: 1, column: nil), message: "the file is empty (expected a header line)")
        }
        var line = 1 + lineBreaks(in: first)
        var rows: [Row] = []
        for fields in raw.dropFirst() {
            line += 1
            let cells = fields.map(\.trimmed)
            if cells.contains(where: { !$0.isEmpty }) { rows.append(Row(line: line, cells: cells)) }
            line += lineBreaks(in: fields)
        }
        return CSVTable(file: file, header: first.map(\.trimmed), rows: rows)
    }

    /// The line on which a quoted cell opens that the file never closes (`nil` when all are closed).
    ///
    /// A cell is quoted when its first character is `"`; inside it `""` is a literal quote and the
    /// next lone `"` closes it. Quotes elsewhere in a cell are literal (SwiftCSV's reading too).
    static func unterminatedQuoteLine(in text: String) -> Int? {
        var line = 1, openedOn = 0
        var inQuotes = false, atCellStart = true
        var iterator = text.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if c == "\"" {
                    let next = iterator.next()
                    if next == "\"" { continue }
                    inQuotes = false
                    pending = next
                    atCellStart = false
                    if next == nil { break }
                    continue
                }
                if c.isNewline { line += 1 }
                continue
            }
            if c == "\"" && atCellStart {
                inQuotes = true
                openedOn = line
                atCellStart = false
            } else if c == "," {
                atCellStart = true
            } else if c.isNewline {
                line += 1
                atCellStart = true
            } else {
                atCellStart = false
            }
        }
        return inQuotes ? openedOn : nil
    }

    private static func lineBreaks(in fields: [String]) -> Int {
        fields.reduce(0) { $0 + $1.reduce(0) { $0 + ($1.isNewline ? 1 : 0) } }
    }

    /// The smallest `n` such that the first `n` lines fail to parse (`nil` if none does).
    private static func firstBadLine(of text: String) -> Int? {
        var ends: [String.Index] = []
        var i = text.startIndex
        while i < text.endIndex {
            let next = text.index(after: i)
            if text[i].isNewline { ends.append(next) }
            i = next
        }
        if ends.last != text.endIndex { ends.append(text.endIndex) }
        func fails(_ n: Int) -> Bool {
            (try? EnumeratedCSV(string: String(text[..<ends[n - 1]]), delimiter: .comma, loadColumns: false)) == nil
        }
        guard !ends.isEmpty, fails(ends.count) else { return nil }
        var low = 1, high = ends.count
        while low < high {
            let mid = (low + high) / 2
            if fails(mid) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespaces) }
}
