import ColdRouteIO
import ColdRouteModel
import Foundation
import Testing
import ZIPFoundation

@Suite("Reading Excel workbooks (.xlsx)")
struct NetworkWorkbookReaderTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("networks/demo-county.xlsx reads equal to networks/demo-county.json")
    func shippedWorkbookEqualsJSON() throws {
        let json = try NetworkReader.read(path: Self.repository.appendingPathComponent("networks/demo-county.json").path)
        let book = try NetworkReader.read(path: Self.repository.appendingPathComponent("networks/demo-county.xlsx").path)
        #expect(book == json)
    }

    @Test("shared and inline strings, numbers, booleans and time-formatted cells read like the CSV folder")
    func cellKindsReadLikeCSV() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let path = temp.file("demo.xlsx")
        try WorkbookBuilder.fromCSV(folder: Fixture.path("demo-csv")).write(to: path)
        let fromCSV = try NetworkReader.read(path: Fixture.path("demo-csv"))
        let fromBook = try NetworkReader.read(path: path)
        #expect(fromBook == fromCSV)
    }

    @Test("a bad value names the workbook, sheet, cell and column")
    func badValueNamesTheCell() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        var builder = try WorkbookBuilder.fromCSV(folder: Fixture.path("demo-csv"))
        let depots = try #require(builder.sheets.firstIndex { $0.name == "depots" })
        let column = try #require(builder.sheets[depots].rows[0].firstIndex { $0 == .text("capacityKgPerDay") })
        builder.sheets[depots].rows[2][column] = .number("-5")
        let path = temp.file("bad.xlsx")
        try builder.write(to: path)
        let error = try #require(inputError { _ = try NetworkReader.read(path: path) })
        let letter = String(UnicodeScalar(UInt8(65 + column)))
        #expect(error.description == "\(path): sheet depots, cell \(letter)3 (capacityKgPerDay): must not be negative (got -5)")
        #expect(error.location.sheet == "depots" && error.location.cellReference == "\(letter)3")
    }

    @Test("an unknown column, an Excel error value and a missing sheet")
    func structuralProblems() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        var builder = try WorkbookBuilder.fromCSV(folder: Fixture.path("demo-csv"))
        let products = try #require(builder.sheets.firstIndex { $0.name == "products" })
        builder.sheets[products].rows[0].append(.text("colour"))
        var path = temp.file("a.xlsx")
        try builder.write(to: path)
        var error = try #require(inputError { _ = try NetworkReader.read(path: path) })
        let letter = String(UnicodeScalar(UInt8(64 + builder.sheets[products].rows[0].count)))
        #expect(error.description.hasPrefix("\(path): sheet products, cell \(letter)1 (colour): unknown column"))

        builder.sheets[products].rows[0].removeLast()
        builder.sheets[products].rows[1][2] = .error("#DIV/0!")
        path = temp.file("b.xlsx")
        try builder.write(to: path)
        error = try #require(inputError { _ = try NetworkReader.read(path: path) })
        #expect(error.description == "\(path): sheet products, cell C2: the cell holds the error #DIV/0!; enter a value")

        builder.sheets[products].rows[1][2] = .number("120")
        builder.sheets.removeAll { $0.name == "villages" }
        path = temp.file("c.xlsx")
        try builder.write(to: path)
        error = try #require(inputError { _ = try NetworkReader.read(path: path) })
        #expect(error.description.hasPrefix("\(path): no sheet named 'villages' (the workbook has 'network', "))
    }

    @Test("a file that is not a ZIP archive is a clear one-line error")
    func notAWorkbook() throws {
        let temp = try TemporaryFolder()
        defer { temp.remove() }
        let path = temp.file("fake.xlsx")
        try Data("id,name\n".utf8).write(to: URL(fileURLWithPath: path))
        let error = try #require(inputError { _ = try NetworkReader.read(path: path) })
        #expect(error.description == "\(path): not an Excel workbook (.xlsx is a ZIP archive; this is not one)")
    }
}

/// Builds minimal SpreadsheetML workbooks for the tests: text cells alternate between the shared
/// string table and inline strings, `true`/`false` become boolean cells, numbers number cells,
/// and times of day (`06:30`) number cells in days with an `h:mm` style, as Excel stores them.
struct WorkbookBuilder {
    enum Cell: Equatable {
        case text(String), number(String), bool(Bool), time(Double), error(String), empty
    }

    struct Sheet {
        var name: String
        var rows: [[Cell]]
    }

    var sheets: [Sheet] = []

    static func fromCSV(folder: String) throws -> WorkbookBuilder {
        let order = ["network", "products", "villages", "supply", "depots", "agencies", "vehicle_types", "junctions", "roads"]
        var builder = WorkbookBuilder()
        for name in order {
            let path = (folder as NSString).appendingPathComponent(name + ".csv")
            guard FileManager.default.fileExists(atPath: path) else { continue }
            let rows = parseCSV(try String(contentsOfFile: path, encoding: .utf8))
            let header = rows.first ?? []
            builder.sheets.append(Sheet(name: name, rows: rows.enumerated().map { r, row in
                row.enumerated().map { c, text in
                    r == 0 ? .text(text) : cell(text, column: c < header.count ? header[c] : "")
                }
            }))
        }
        return builder
    }

    static func cell(_ text: String, column: String) -> Cell {
        if text.isEmpty { return .empty }
        if text == "true" || text == "false" { return .bool(text == "true") }
        let textColumns: Set<String> = ["id", "name", "village", "product", "from", "to", "homeDepot", "status", "format", "coordinates"]
        if !textColumns.contains(column), !column.hasPrefix("_"), Double(text) != nil { return .number(text) }
        let parts = text.split(separator: ":")
        if parts.count == 2, let h = Double(parts[0]), let m = Double(parts[1]) { return .time((h * 60 + m) / 1440) }
        return .text(text)
    }

    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text.replacingOccurrences(of: "\r\n", with: "\n"))[...]
        while let ch = chars.popFirst() {
            if quoted {
                if ch == "\"" { if chars.first == "\"" { field.append("\""); chars.removeFirst() } else { quoted = false } } else { field.append(ch) }
            } else if ch == "\"" { quoted = true } else if ch == "," { row.append(field); field = "" } else if ch == "\n" {
                row.append(field); rows.append(row); row = []; field = ""
            } else { field.append(ch) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows.filter { $0.contains { !$0.isEmpty } }
    }

    static func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    func write(to path: String) throws {
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        func add(_ name: String, _ text: String) throws {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var shared: [String] = [], sheetIDs: [String] = [], rels: [String] = []
        var textCount = 0
        for (s, sheet) in sheets.enumerated() {
            var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"\(main)\"><sheetData>"
            for (r, row) in sheet.rows.enumerated() {
                xml += "<row r=\"\(r + 1)\">"
                for (c, cell) in row.enumerated() {
                    let ref = "\(String(UnicodeScalar(UInt8(65 + c))))\(r + 1)"
                    switch cell {
                    case .empty: continue
                    case .text(let t):
                        textCount += 1
                        if textCount % 2 == 0 {
                            xml += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(Self.escaped(t))</t></is></c>"
                        } else {
                            xml += "<c r=\"\(ref)\" t=\"s\"><v>\(shared.count)</v></c>"
                            shared.append(t)
                        }
                    case .number(let n): xml += "<c r=\"\(ref)\"><v>\(n)</v></c>"
                    case .bool(let b): xml += "<c r=\"\(ref)\" t=\"b\"><v>\(b ? 1 : 0)</v></c>"
                    case .time(let days): xml += "<c r=\"\(ref)\" s=\"1\"><v>\(days)</v></c>"
                    case .error(let e): xml += "<c r=\"\(ref)\" t=\"e\"><v>\(e)</v></c>"
                    }
                }
                xml += "</row>"
            }
            try add("xl/worksheets/sheet\(s + 1).xml", xml + "</sheetData></worksheet>")
            sheetIDs.append("<sheet name=\"\(sheet.name)\" sheetId=\"\(s + 1)\" r:id=\"rId\(s + 1)\"/>")
            rels.append("<Relationship Id=\"rId\(s + 1)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\(s + 1).xml\"/>")
        }
        // The strings: rich-text runs for one, to check that runs are joined.
        let items = shared.map { s -> String in
            s.count > 3 ? "<si><r><t>\(Self.escaped(String(s.prefix(2))))</t></r><r><t>\(Self.escaped(String(s.dropFirst(2))))</t></r></si>"
                : "<si><t>\(Self.escaped(s))</t></si>"
        }
        try add("xl/sharedStrings.xml", "<?xml version=\"1.0\"?><sst xmlns=\"\(main)\" count=\"\(shared.count)\">\(items.joined())</sst>")
        try add("xl/styles.xml", "<?xml version=\"1.0\"?><styleSheet xmlns=\"\(main)\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"20\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>")
        try add("xl/workbook.xml", "<?xml version=\"1.0\"?><workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheets>\(sheetIDs.joined())</sheets></workbook>")
        try add("xl/_rels/workbook.xml.rels",
                "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(rels.joined())</Relationships>")
        try add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")
    }
}
