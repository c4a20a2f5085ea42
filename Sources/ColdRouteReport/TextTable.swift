/// A plain-text table with aligned columns, for terminal output. Columns are measured in display
/// columns (``DisplayWidth``): a Chinese character takes two, so mixed text stays aligned.
struct TextTable {
    enum Alignment { case left, right }

    var header: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    init(_ header: [String], alignments: [Alignment]) {
        self.header = header
        self.alignments = alignments
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    /// The table as lines, indented by `indent` spaces.
    func render(indent: Int = 2) -> String {
        let all = [header] + rows
        let widths = header.indices.map { c in all.map { DisplayWidth.columns($0[c]) }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            let cells = row.indices.map { c -> String in
                let pad = String(repeating: " ", count: max(0, widths[c] - DisplayWidth.columns(row[c])))
                return alignments[c] == .left ? row[c] + pad : pad + row[c]
            }
            let text = String(repeating: " ", count: indent) + cells.joined(separator: "  ")
            return String(text.reversed().drop { $0 == " " }.reversed())
        }
        let rule = String(repeating: " ", count: indent)
            + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(header), rule] + rows.map(line)).joined(separator: "\n")
    }
}
