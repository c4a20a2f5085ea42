import ColdRouteModel
import Foundation

/// Reads a long travel table: a CSV file with header `from,to,minutes,km` (`km` optional, more
/// columns ignored, any order), one row per ordered pair of places named by id.
///
/// With a `km` column, `km` is required wherever `minutes` is given. A blank `minutes` cell is
/// "no route" (like `null` in an engine's matrix): the leg is unusable. A pair not listed has no
/// route either. Ids may be any place of the network (villages, depots, agencies); an unknown id,
/// a repeated pair, or a negative or malformed number is an error naming the line. Cells may be
/// double-quoted (no commas inside ids).
///
/// Complexity: O(bytes), read byte-wise rather than through the general CSV reader: an id is
/// matched by comparing bytes with the previous row's `from` and the id after the previous `to`
/// (the order a table is usually written in) before falling back to a dictionary, so 9 million
/// rows load in seconds.
enum MatrixCSVReader {
    static func read(data: Data, file: String, places: MatrixPlaces) throws(InputError) -> ImportedMatrix {
        let n = places.count
        var index = [String: Int]()
        for (i, id) in places.ids.enumerated() where index[id] == nil { index[id] = i }
        let idBytes = places.ids.map { Array($0.utf8) }
        var minutes = [Double](repeating: .infinity, count: n * n)
        var km = [Double](repeating: .infinity, count: n * n)
        for i in 0..<n { (minutes[i * n + i], km[i * n + i]) = (0, 0) }
        var seen = [Bool](repeating: false, count: n * n)
        var columns: (from: Int, to: Int, minutes: Int, km: Int?)?
        var sawKm = false
        var failure: InputError?
        let bytes = [UInt8](data)
        bytes.withUnsafeBufferPointer { bytes in
            var start = 0, lineNumber = 0
            var cellStart = [Int](), cellEnd = [Int]()
            var lastFrom = -1, lastTo = -1
            func text(_ c: Int) -> String {
                c < cellStart.count ? String(decoding: UnsafeBufferPointer(rebasing: bytes[cellStart[c]..<cellEnd[c]]), as: UTF8.self) : ""
            }
            func isEmpty(_ c: Int) -> Bool { c >= cellStart.count || cellStart[c] == cellEnd[c] }
            func matches(_ c: Int, _ id: Int) -> Bool {
                guard id >= 0, id < n, c < cellStart.count, cellEnd[c] - cellStart[c] == idBytes[id].count else { return false }
                var k = cellStart[c]
                for b in idBytes[id] {
                    if bytes[k] != b { return false }
                    k += 1
                }
                return true
            }
            func place(_ c: Int, guess: Int) -> Int? {
                if matches(c, guess) { return guess }
                return index[text(c)]
            }
            func fail(_ column: String?, _ message: String) {
                failure = InputError(file: file, location: .csv(line: lineNumber, column: column), message: message)
            }
            while start < bytes.count, failure == nil {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                lineNumber += 1
                var lineEnd = end
                if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let next = end + 1
                // Split at commas; trim spaces and one pair of double quotes.
                cellStart.removeAll(keepingCapacity: true)
                cellEnd.removeAll(keepingCapacity: true)
                var a = start, blank = true
                while true {
                    var b = a
                    while b < lineEnd, bytes[b] != UInt8(ascii: ",") { b += 1 }
                    var s = a, e = b
                    while s < e, bytes[s] == 0x20 { s += 1 }
                    while e > s, bytes[e - 1] == 0x20 { e -= 1 }
                    if e - s >= 2, bytes[s] == UInt8(ascii: "\""), bytes[e - 1] == UInt8(ascii: "\"") { s += 1; e -= 1 }
                    if e > s { blank = false }
                    cellStart.append(s)
                    cellEnd.append(e)
                    if b >= lineEnd { break }
                    a = b + 1
                }
                start = next
                if blank { continue }
                guard let cols = columns else {
                    let names = cellStart.indices.map { text($0).lowercased() }
                    guard let f = names.firstIndex(of: "from"), let t = names.firstIndex(of: "to"),
                          let m = names.firstIndex(of: "minutes")
                    else { return fail(nil, "header must name the columns from, to, minutes (and km)") }
                    columns = (f, t, m, names.firstIndex(of: "km"))
                    continue
                }
                guard let i = place(cols.from, guess: lastFrom) else { return fail("from", "unknown place \(text(cols.from))") }
                guard let j = place(cols.to, guess: lastFrom == i ? lastTo + 1 : 0) else {
                    return fail("to", "unknown place \(text(cols.to))")
                }
                (lastFrom, lastTo) = (i, j)
                let k = i * n + j
                guard !seen[k] else { return fail("to", "the pair \(places.ids[i]) → \(places.ids[j]) is listed twice") }
                seen[k] = true
                if isEmpty(cols.minutes) || text(cols.minutes) == "null" {
                    if i != j { (minutes[k], km[k]) = (.infinity, .infinity) }
                    continue
                }
                guard cols.minutes < cellStart.count, let value = MatrixNumber.parse(bytes, cellStart[cols.minutes], cellEnd[cols.minutes]),
                      value >= 0
                else { return fail("minutes", "must be a non-negative number or blank (got \(text(cols.minutes)))") }
                if i != j { minutes[k] = value }
                if let kc = cols.km {
                    guard !isEmpty(kc) else { return fail("km", "is blank while minutes is given") }
                    guard let d = MatrixNumber.parse(bytes, cellStart[kc], cellEnd[kc]), d >= 0 else {
                        return fail("km", "must be a non-negative number or blank (got \(text(kc)))")
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
}
