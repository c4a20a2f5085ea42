import Foundation
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The cell values of an Excel workbook (`.xlsx`, Office Open XML SpreadsheetML), read with
/// ZIPFoundation and Foundation's `XMLParser` — no formulas are evaluated, the cached values are
/// read as Excel saved them.
///
/// The parts read: `xl/workbook.xml` (sheet names in tab order) and its relationships
/// `xl/_rels/workbook.xml.rels` (each sheet's part), `xl/sharedStrings.xml` (the string table),
/// `xl/styles.xml` (which cell styles are times of day) and each `xl/worksheets/sheetN.xml`.
/// A cell's text is: a shared string (`t="s"`), an inline string (`t="inlineStr"`), a formula's
/// string result (`t="str"`), `true`/`false` for a boolean (`t="b"`), and for a number its shortest
/// decimal form (`1200`, `0.06`) — or, when its style is a time or date-time format, the time of
/// day it shows as `HH:MM` (Excel stores 06:30 as 0.2708 days; 25:00 as 1.0417). An error value
/// (`t="e"`, `#DIV/0!`) is an error naming the sheet and cell.
struct XLSXWorkbook {
    /// One sheet: its cells by 1-based row, then by 0-based column index.
    struct Sheet {
        var name: String
        var rows: [Int: [Int: String]] = [:]
    }

    /// The workbook's path as the caller named it (used in messages).
    let file: String
    /// Sheets in tab order.
    let sheets: [Sheet]

    func sheet(named name: String) -> Sheet? {
        sheets.first { $0.name == name } ?? sheets.first { $0.name.lowercased() == name.lowercased() }
    }

    init(path: String, file: String) throws(InputError) {
        self.file = file
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            let exists = FileManager.default.fileExists(atPath: path)
            throw InputError(file: file, message: exists ? "not an Excel workbook (.xlsx is a ZIP archive; this is not one)" : "no such file")
        }
        func part(_ name: String, required: Bool) throws(InputError) -> Data? {
            guard let entry = archive[name] else {
                if required { throw InputError(file: file, message: "not an Excel workbook: \(name) is missing") }
                return nil
            }
            var data = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            } catch {
                throw InputError(file: file, message: "damaged workbook: cannot unpack \(name) (\(error))")
            }
            return data
        }
        func parsed<D: XLSXPartParser>(_ name: String, _ delegate: D) throws(InputError) -> D {
            guard let data = try part(name, required: true) else { return delegate }
            let parser = XMLParser(data: data)
            parser.delegate = delegate
            if !parser.parse() {
                throw InputError(file: file, message: "damaged workbook: \(name) is not well-formed XML (line \(parser.lineNumber))")
            }
            if let problem = delegate.problem { throw InputError(file: file, message: "\(name): \(problem)") }
            return delegate
        }

        let book = try parsed("xl/workbook.xml", WorkbookParser())
        let relations = try parsed("xl/_rels/workbook.xml.rels", RelationshipsParser())
        var strings: [String] = []
        if archive["xl/sharedStrings.xml"] != nil { strings = try parsed("xl/sharedStrings.xml", SharedStringsParser()).strings }
        var timeStyles = Set<Int>()
        if archive["xl/styles.xml"] != nil { timeStyles = try parsed("xl/styles.xml", StylesParser()).timeStyles }

        var sheets: [Sheet] = []
        for (name, relation) in book.sheets {
            guard var target = relations.targets[relation] else {
                throw InputError(file: file, message: "damaged workbook: sheet '\(name)' has no part")
            }
            target = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            let cells = try parsed(target, SheetParser(strings: strings, timeStyles: timeStyles))
            if let bad = cells.errorCell {
                throw InputError(file: file, location: .cell(sheet: name, row: bad.row, letters: Self.letters(bad.column), column: nil),
                                 message: "the cell holds \(bad.text.isEmpty ? "an error value" : "the error \(bad.text)"); enter a value")
            }
            sheets.append(Sheet(name: name, rows: cells.rows))
        }
        self.sheets = sheets
    }

    /// Column letters of a 0-based column index: 0 → `A`, 25 → `Z`, 26 → `AA`.
    static func letters(_ column: Int) -> String {
        var n = column + 1, out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }

    /// The 0-based column and 1-based row of an A1-style reference (`AB12` → (27, 12)).
    static func position(_ reference: String) -> (column: Int, row: Int)? {
        var column = 0, digits = ""
        for ch in reference.uppercased() {
            if let a = ch.asciiValue, a >= 65, a <= 90, digits.isEmpty { column = column * 26 + Int(a - 64) } else if ch.isNumber {
                digits.append(ch)
            } else { return nil }
        }
        guard column > 0, let row = Int(digits) else { return nil }
        return (column - 1, row)
    }

    /// Minutes of a day fraction as `HH:MM` (hours past 24 kept: 1.0417 → `25:00`).
    static func timeOfDay(days: Double) -> String {
        let minutes = Int((days * 1440).rounded())
        let h = minutes / 60, m = minutes % 60
        return (h < 10 ? "0" : "") + "\(h):" + (m < 10 ? "0" : "") + "\(m)"
    }
}
