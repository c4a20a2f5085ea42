import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A SAX delegate for one part of a workbook; `problem` is set when the part is readable XML
/// but not what SpreadsheetML says it holds.
protocol XLSXPartParser: XMLParserDelegate {
    var problem: String? { get }
}

extension XLSXWorkbook {
    /// `xl/workbook.xml`: `<sheet name="…" r:id="rId1"/>` in tab order.
    final class WorkbookParser: NSObject, XLSXPartParser {
        var sheets: [(name: String, relation: String)] = []
        var problem: String?

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:])
        {
            guard local(element) == "sheet" else { return }
            let relation = attributes["r:id"] ?? attributes.first { $0.key.hasSuffix(":id") }?.value
            guard let name = attributes["name"], let relation else { problem = "a sheet without name or r:id"; return }
            sheets.append((name, relation))
        }
    }

    /// `xl/_rels/workbook.xml.rels`: relationship id → part path (relative to `xl/`).
    final class RelationshipsParser: NSObject, XLSXPartParser {
        var targets: [String: String] = [:]
        var problem: String?

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:])
        {
            if local(element) == "Relationship", let id = attributes["Id"], let target = attributes["Target"] { targets[id] = target }
        }
    }

    /// `xl/sharedStrings.xml`: each `<si>`'s text, its `<t>` runs joined (phonetic `<rPh>` runs left out).
    final class SharedStringsParser: NSObject, XLSXPartParser {
        var strings: [String] = []
        var problem: String?
        private var current = "", inText = false, phonetic = 0

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:])
        {
            switch local(element) {
            case "si": current = ""
            case "t": inText = phonetic == 0
            case "rPh": phonetic += 1
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { if inText { current += string } }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            switch local(element) {
            case "si": strings.append(current)
            case "t": inText = false
            case "rPh": phonetic -= 1
            default: break
            }
        }
    }

    /// `xl/styles.xml`: the indexes of cell styles (`cellXfs`) whose number format shows a time
    /// of day — built-in formats 18–21, 45–47 and 22 (date and time), or a custom format code with
    /// hours (`h`), not counting text in quotes or brackets other than `[h]`.
    final class StylesParser: NSObject, XLSXPartParser {
        var timeStyles = Set<Int>()
        var problem: String?
        private var customTime = Set<Int>(), inCellXfs = false, xfIndex = 0

        static let builtInTime: Set<Int> = [18, 19, 20, 21, 22, 45, 46, 47]

        static func showsTime(_ code: String) -> Bool {
            var quoted = false, bracket = "", inBracket = false
            for ch in code.lowercased() {
                if ch == "\"" { quoted.toggle(); continue }
                if quoted { continue }
                if ch == "[" { inBracket = true; bracket = ""; continue }
                if ch == "]" { inBracket = false; if bracket.hasPrefix("h") { return true }; continue }
                if inBracket { bracket.append(ch); continue }
                if ch == "h" { return true }
            }
            return false
        }

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:])
        {
            switch local(element) {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"], Self.showsTime(code) {
                    customTime.insert(id)
                }
            case "cellXfs": inCellXfs = true; xfIndex = 0
            case "xf" where inCellXfs:
                let id = attributes["numFmtId"].flatMap(Int.init) ?? 0
                if Self.builtInTime.contains(id) || customTime.contains(id) { timeStyles.insert(xfIndex) }
                xfIndex += 1
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            if local(element) == "cellXfs" { inCellXfs = false }
        }
    }

    /// A worksheet part: every non-empty cell's text by row and column.
    final class SheetParser: NSObject, XLSXPartParser {
        let strings: [String], timeStyles: Set<Int>
        var rows: [Int: [Int: String]] = [:]
        var problem: String?
        /// The first cell holding an error value (`t="e"`), with its text.
        var errorCell: (row: Int, column: Int, text: String)?
        private var row = 0, nextColumn = 0
        private var cell: (column: Int, type: String, style: Int)?
        private var value = "", inValue = false, inInline = false

        init(strings: [String], timeStyles: Set<Int>) {
            self.strings = strings
            self.timeStyles = timeStyles
        }

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:])
        {
            switch local(element) {
            case "row":
                row = attributes["r"].flatMap(Int.init) ?? row + 1
                nextColumn = 0
            case "c":
                var column = nextColumn
                if let ref = attributes["r"] {
                    guard let p = XLSXWorkbook.position(ref) else { problem = "bad cell reference '\(ref)'"; return }
                    column = p.column
                    row = p.row
                }
                cell = (column, attributes["t"] ?? "n", attributes["s"].flatMap(Int.init) ?? 0)
                nextColumn = column + 1
                value = ""
            case "v": inValue = true
            case "is": inInline = true
            case "t" where inInline: inValue = true
            case "rPh": inValue = false
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { if inValue { value += string } }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            switch local(element) {
            case "v", "t": inValue = false
            case "is": inInline = false
            case "c":
                guard let c = cell else { return }
                cell = nil
                if let text = text(of: c), !text.isEmpty { rows[row, default: [:]][c.column] = text }
            default: break
            }
        }

        private func text(of c: (column: Int, type: String, style: Int)) -> String? {
            switch c.type {
            case "s":
                guard let i = Int(value.trimmingCharacters(in: .whitespaces)), strings.indices.contains(i) else {
                    problem = "cell \(XLSXWorkbook.letters(c.column))\(row): shared string '\(value)' is not in the string table"
                    return nil
                }
                return strings[i]
            case "inlineStr", "str": return value
            case "b": return value == "1" ? "true" : value == "0" ? "false" : value
            case "e":
                if errorCell == nil { errorCell = (row, c.column, value) }
                return nil
            default:
                guard let x = Double(value.trimmingCharacters(in: .whitespaces)) else { return value }
                if timeStyles.contains(c.style) { return XLSXWorkbook.timeOfDay(days: x >= 2 ? x - x.rounded(.down) : x) }
                return NumberText.format(x)
            }
        }
    }
}

/// An element's local name (`x:sheet` → `sheet`; parts may use a namespace prefix).
private func local(_ element: String) -> String {
    element.split(separator: ":").last.map(String.init) ?? element
}
