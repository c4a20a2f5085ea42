import Testing
@testable import ColdRouteReport

/// `TextTable` and `DisplayWidth`: columns line up by display width when cells mix Chinese and
/// Latin text.
@Suite struct TextTableTests {
    @Test func wideCharactersCountTwoColumns() {
        #expect(DisplayWidth.columns("abc") == 3)
        #expect(DisplayWidth.columns("冷库") == 4)
        #expect(DisplayWidth.columns("D1 冷库（新建）") == 3 + 2 * 2 + 2 * 4)
        #expect(DisplayWidth.columns("e\u{301}") == 1)  // combining acute accent
        #expect(DisplayWidth.columns("out–back ×") == 10)  // ambiguous width counts one
        #expect(DisplayWidth.columns("１２") == 4)  // fullwidth digits
    }

    @Test func mixedTextColumnsLineUp() {
        var table = TextTable(["冷库", "name", "公斤"], alignments: [.left, .left, .right])
        table.add(["D1", "新建冷库", "1,200"])
        table.add(["县城冷链物流园", "x", "7"])
        let lines = table.render(indent: 0).split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        // Every line's third column ends at the same display column (right-aligned numbers).
        let ends = lines.map { DisplayWidth.columns($0) }
        #expect(Set(ends).count == 1, "\(lines)")
        // And the second column starts at the same display column on every row.
        let starts = lines.filter { !$0.hasPrefix("-") }.map { line -> Int in
            let second = ["name", "新建冷库", "x"].first { line.contains($0) }!
            return DisplayWidth.columns(String(line[..<line.range(of: second)!.lowerBound]))
        }
        #expect(Set(starts).count == 1, "\(lines)")
        #expect(starts.first == DisplayWidth.columns("县城冷链物流园") + 2)
    }

    @Test func asciiTablesAreUnchanged() {
        var table = TextTable(["a", "bb"], alignments: [.left, .right])
        table.add(["ccc", "1"])
        #expect(table.render() == "  a    bb\n  ---  --\n  ccc   1")
    }
}
