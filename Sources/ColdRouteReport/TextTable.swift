/// A plain-text table with aligned columns, for terminal output.
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
        let widths = header.indices.map { c in all.map { $0[c].count }.max() ?? 0 }
        func line(_ row: [String]) -> String {
            let cells = row.indices.map { c -> String in
                let pad = String(repeating: " ", count: widths[c] - row[c].count)
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
