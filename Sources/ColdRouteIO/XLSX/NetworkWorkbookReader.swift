import Foundation

/// Reads a network from an Excel workbook (`.xlsx`): one sheet per table, named like the CSV
/// folder's files without `.csv` (`network`, `products`, `villages`, `supply`, `depots`,
/// `agencies`, `vehicle_types`, and optionally `junctions` and `roads`), the first row of each
/// holding the column names — exactly the CSV folder's columns (`docs/network-format.md`). Other
/// sheets are ignored, as other files in a folder are.
///
/// Each sheet becomes a CSV-shaped table (rows numbered as Excel numbers them) and goes through
/// ``NetworkCSVReader``, so a workbook and a folder read the same way; problems then name the
/// workbook, the sheet, the cell (A1-style) and the column:
/// `demo.xlsx: sheet depots, cell D3 (capacityKgPerDay): must not be negative (got -5)`.
enum NetworkWorkbookReader {
    static func read(path: String) throws(InputError) -> LoadedNetwork {
        let book = try XLSXWorkbook(path: path, file: path)
        let source = Sheets(book: book)
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        do {
            var loaded = try NetworkCSVReader.read(tables: source, defaultName: stem)
            loaded.warnings = loaded.warnings.map(source.translated)
            return loaded
        } catch {
            var headline = source.translated(error)
            headline.otherProblems = error.otherProblems.map(source.translated)
            headline.unlistedProblemCount = error.unlistedProblemCount
            throw headline
        }
    }

    /// The workbook's sheets as tables. Each table is reported under a private name
    /// (`<path>#<sheet>`) that ``translated(_:)`` turns into the sheet and cell.
    struct Sheets: NetworkTableSource {
        let book: XLSXWorkbook
        static let separator = "#\u{1F}"

        static func sheetName(_ csvFile: String) -> String {
            csvFile.hasSuffix(".csv") ? String(csvFile.dropLast(4)) : csvFile
        }

        func path(of file: String) -> String { book.file + Self.separator + Self.sheetName(file) }

        func load(_ schema: TableSchema, required: Bool) throws(InputError) -> CSVTable? {
            let name = Self.sheetName(schema.csvFile)
            guard let sheet = book.sheet(named: name) else {
                if !required { return nil }
                throw InputError(file: book.file, message: "no sheet named '\(name)' (the workbook has "
                    + (book.sheets.isEmpty ? "none" : book.sheets.map { "'\($0.name)'" }.joined(separator: ", ")) + ")")
            }
            let numbers = sheet.rows.keys.sorted()
            guard let headerRow = numbers.first else {
                throw InputError(file: book.file, location: .cell(sheet: sheet.name, row: nil, letters: nil, column: nil),
                                 message: "the sheet is empty (expected the column names in its first row)")
            }
            let headerWidth = (sheet.rows[headerRow]?.keys.max() ?? -1) + 1
            // Excel stores no empty cells: a row is as wide as the header unless it holds more.
            func cells(_ r: Int) -> [String] {
                let row = sheet.rows[r] ?? [:]
                let width = max(headerWidth, (row.keys.max() ?? -1) + 1)
                return (0..<width).map { (row[$0] ?? "").trimmingCharacters(in: .whitespaces) }
            }
            let rows = numbers.dropFirst().map { CSVTable.Row(line: $0, cells: cells($0)) }.filter { $0.cells.contains { !$0.isEmpty } }
            return CSVTable(file: path(of: schema.csvFile), header: cells(headerRow), rows: rows)
        }

        /// A problem reported under a sheet's private name, placed in the workbook instead.
        func translated(_ problem: InputError) -> InputError {
            guard let range = problem.file.range(of: Self.separator) else { return problem }
            let sheetName = String(problem.file[range.upperBound...])
            let sheet = book.sheet(named: sheetName)
            let header = sheet.flatMap { s in s.rows.keys.min().flatMap { s.rows[$0] } } ?? [:]
            let column = problem.location.columnName
            let index = column.flatMap { name in header.first { $0.value.trimmingCharacters(in: .whitespaces) == name }?.key }
            let headerRow = sheet?.rows.keys.min()
            let row = problem.location.line.map { $0 == 1 ? (headerRow ?? 1) : $0 }
            var out = InputError(file: book.file,
                                 location: .cell(sheet: sheet?.name ?? sheetName, row: row, letters: index.map(XLSXWorkbook.letters), column: column),
                                 message: problem.message.replacingOccurrences(of: " on line ", with: " in row "))
            out.otherProblems = []
            return out
        }
    }
}
