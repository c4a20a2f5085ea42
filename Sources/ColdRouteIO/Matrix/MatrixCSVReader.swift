import ColdRouteModel
import Foundation

/// Reads a long travel table: a CSV file with header `from,to,minutes,km` (`km` optional, more
/// columns ignored, any order), one row per ordered pair of places named by id.
///
/// With a `km` column, `km` is required wherever `minutes` is given. A blank `minutes` cell is "no route" (like `null` in an engine's matrix): the leg is unusable.
/// A pair not listed has no route either. Ids may be any place of the network (villages, depots,
/// agencies); an unknown id, a repeated pair, or a negative or malformed number is an error naming
/// the line. Cells may be double-quoted (no commas inside ids). Complexity: O(bytes), read
/// byte-wise, not through the general CSV reader, so 9 million rows load in seconds.
enum MatrixCSVReader {
    static func read(data: Data, file: String, places: MatrixPlaces) throws(InputError) -> ImportedMatrix {
        let n = places.count
        var index = [String: Int]()
        for (i, id) in places.ids.enumerated() where index[id] == nil { index[id] = i }
        var minutes = [Double](repeating: .infinity, count: n * n)
        var km = [Double](repeating: .infinity, count: n * n)
        for i in 0..<n { (minutes[i * n + i], km[i * n + i]) = (0, 0) }
        var seen = [Bool](repeating: false, count: n * n)
        var columns: (from: Int, to: Int, minutes: Int, km: Int?)?
        var sawKm = false
        var lineNumber = 0
        var failure: InputError?
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var start = 0
            let bytes = raw.bindMemory(to: UInt8.self)
            while start < bytes.count, failure == nil {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                lineNumber += 1
                var cells: [Substring] = []
                var lineEnd = end
                if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<lineEnd]), as: UTF8.self)
                start = end + 1
                if line.allSatisfy({ $0 == " " || $0 == "," }) { continue }
                cells = line.split(separator: ",", omittingEmptySubsequences: false).map(unquote)
                guard let cols = columns else {
                    let names = cells.map { $0.lowercased() }
                    guard let f = names.firstIndex(of: "from"), let t = names.firstIndex(of: "to"),
                          let m = names.firstIndex(of: "minutes")
                    else {
                        failure = InputError(file: file, location: .csv(line: lineNumber, column: nil),
                                             message: "header must name the columns from, to, minutes (and km)")
                        return
                    }
                    columns = (f, t, m, names.firstIndex(of: "km"))
                    continue
                }
                func cell(_ c: Int) -> Substring { c < cells.count ? cells[c] : "" }
                func fail(_ column: String, _ message: String) {
                    failure = InputError(file: file, location: .csv(line: lineNumber, column: column), message: message)
                }
                guard let i = index[String(cell(cols.from))] else { return fail("from", "unknown place \(cell(cols.from))") }
                guard let j = index[String(cell(cols.to))] else { return fail("to", "unknown place \(cell(cols.to))") }
                let k = i * n + j
                guard !seen[k] else { return fail("to", "the pair \(places.ids[i]) → \(places.ids[j]) is listed twice") }
                seen[k] = true
                let m = cell(cols.minutes)
                if m.isEmpty || m == "null" {
                    if i != j { (minutes[k], km[k]) = (.infinity, .infinity) }
                    continue
                }
                guard let value = Double(m), value.isFinite, value >= 0 else {
                    return fail("minutes", "must be a non-negative number or blank (got \(m))")
                }
                if i != j { minutes[k] = value }
                if let kc = cols.km {
                    guard !cell(kc).isEmpty else { return fail("km", "is blank while minutes is given") }
                    guard let d = Double(cell(kc)), d.isFinite, d >= 0 else {
                        return fail("km", "must be a non-negative number or blank (got \(cell(kc)))")
                    }
                    if i != j { km[k] = d }
                    sawKm = true
                }
            }
        }
        if let failure { throw failure }
        guard columns != nil else { throw InputError(file: file, message: "is empty: expected a header from,to,minutes,km") }
        return ImportedMatrix(ids: places.ids, minutes: minutes, kilometres: sawKm ? km : nil, source: "travel table \(file)")
    }

    private static func unquote(_ s: Substring) -> Substring {
        var t = s.drop { $0 == " " }
        while t.last == " " { t = t.dropLast() }
        if t.count >= 2, t.first == "\"", t.last == "\"" { t = t.dropFirst().dropLast() }
        return t
    }
}
