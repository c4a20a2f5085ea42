/// A CSV network folder packed into one fuzz input: each file starts with a line `#> name.csv`.
///
/// Bytes before the first marker are ignored; a file name is cut to a safe form (letters, digits,
/// `_`, `-`, `.`; no leading dot), so the fuzzer mutates the tables, not the file system.
enum CSVBundle {
    static func split(_ bytes: [UInt8]) -> [(name: String, content: [UInt8])] {
        var files: [(name: String, content: [UInt8])] = []
        var lineStart = 0
        var current: (name: String, start: Int)?
        func close(at end: Int) {
            if let current { files.append((current.name, Array(bytes[current.start..<end]))) }
        }
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if lineEnd - lineStart > 3, bytes[lineStart] == 0x23, bytes[lineStart + 1] == 0x3E, bytes[lineStart + 2] == 0x20 {
                close(at: lineStart)
                let raw = String(decoding: bytes[(lineStart + 3)..<lineEnd], as: UTF8.self)
                var name = String(raw.filter { $0.isASCII && ($0.isLetter || $0.isNumber || "_-.".contains($0)) }.prefix(40))
                while name.hasPrefix(".") { name.removeFirst() }
                current = name.isEmpty ? nil : (name, min(lineEnd + 1, bytes.count))
            }
            lineStart = lineEnd + 1
        }
        close(at: bytes.count)
        return files
    }

    /// The inverse, for seeds: files joined with their markers.
    static func join(_ files: [(name: String, content: String)]) -> String {
        files.map { "#> \($0.name)\n\($0.content)" }.joined()
    }
}
