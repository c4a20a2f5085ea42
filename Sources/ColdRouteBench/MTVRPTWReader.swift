import Foundation

/// A multi-trip VRPTW instance with release dates as read from a VRPLIB file, in the file's
/// orientation (deliveries) and in integer tenths of the file's units (the DIMACS convention).
///
/// Node 0 is the depot (file node 1); node `k` is client `k` (file node `k + 1`), the number used
/// in the `.sol` files.
public struct MTVRPTWInstance: Sendable {
    public var name: String
    public var vehicles: Int
    public var capacity: Int
    public var x: [Int]
    public var y: [Int]
    public var demand: [Int]
    /// Service-start windows, ×10 (node 0: the depot's opening hours).
    public var ready: [Int]
    public var due: [Int]
    /// Release dates ×10: a trip may leave the depot only once all its clients are released.
    public var release: [Int]
    /// Service times ×10 (0 at the depot).
    public var service: [Int]

    /// Integer units per unit of the file (one decimal).
    public static let scale = 10
    public var nodeCount: Int { x.count }

    /// DIMACS edge length ×10: the Euclidean distance truncated to one decimal. O(1).
    public func distance(_ i: Int, _ j: Int) -> Int {
        let dx = Double(x[i] - x[j]), dy = Double(y[i] - y[j])
        // Integer coordinates: 100·(dx² + dy²) is a perfect square exactly when the distance has
        // one decimal, and then the square root is exact, so truncation is exact too.
        return Int(((dx * dx + dy * dy) * 100).squareRoot().rounded(.down))
    }
}

/// Bad VRPLIB input: which file, which line, what is wrong.
public struct VRPLIBFormatError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int
    public let message: String
    public var description: String { "\(file):\(line): \(message)" }
}

/// Reads the VRPLIB `MTVRPTWR` files of PyVRP/Instances (../shared/benchmarks/mtvrptw).
///
/// Header lines `KEY: value` (`NAME`, `DIMENSION`, `VEHICLES`, `CAPACITY`, `SERVICE_TIME`);
/// sections `NODE_COORD_SECTION` (`id x y`), `DEMAND_SECTION`, `TIME_WINDOW_SECTION`
/// (`id ready due`), `RELEASE_TIME_SECTION`, `VEHICLES_RELOAD_DEPOT_SECTION` (every vehicle
/// may reload at depot 1), `DEPOT_SECTION` (must be node 1), `EOF`. O(n) for n nodes.
public enum MTVRPTWReader {
    /// Largest absolute value of any number in the file (coordinates, demands, times): ×10 and
    /// squared differences stay far inside `Int` and exact in `Double` (found by reading the fuzz
    /// target's code: 992337203685477580 as a due time trapped on the ×10, −9e18 as a coordinate
    /// in ``MTVRPTWInstance/distance(_:_:)``).
    public static let valueLimit = 1_000_000_000
    /// Largest `DIMENSION`: the node tables are allocated from it before any row is read.
    public static let dimensionLimit = 1_000_000

    public static func read(path: String) throws -> MTVRPTWInstance {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw VRPLIBFormatError(file: path, line: 0, message: "cannot read the file")
        }
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String) throws -> MTVRPTWInstance {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        func fail(_ line: Int, _ message: String) -> VRPLIBFormatError { VRPLIBFormatError(file: file, line: line, message: message) }
        var header: [String: (value: String, line: Int)] = [:]
        var sections: [String: [(fields: [Int], line: Int)]] = [:]
        var current: String? = nil
        for (index, raw) in lines.enumerated() {
            let lineNumber = index + 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty { continue }
            if line == "EOF" { break }
            if line.hasSuffix("_SECTION") { current = line; sections[line, default: []] = []; continue }
            if let colon = line.firstIndex(of: ":"), Int(line[..<colon].trimmingCharacters(in: .whitespaces)) == nil {
                header[line[..<colon].trimmingCharacters(in: .whitespaces)] = (line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces), lineNumber)
                current = nil
                continue
            }
            guard let section = current else { throw fail(lineNumber, "unexpected line '\(line)' outside a section") }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { Int($0) }
            guard fields.allSatisfy({ $0 != nil }) else { throw fail(lineNumber, "\(section): non-integer field in '\(line)'") }
            // Bounded so that ×10 scaling, coordinate differences and squared distances cannot overflow.
            guard fields.allSatisfy({ abs($0!) <= valueLimit }) else {
                throw fail(lineNumber, "\(section): a value beyond ±\(valueLimit) in '\(line)'")
            }
            sections[section, default: []].append((fields.map { $0! }, lineNumber))
        }
        func headerInt(_ key: String) throws -> Int {
            guard let h = header[key] else { throw fail(lines.count, "missing header \(key)") }
            guard let v = Int(h.value), v >= 0 else { throw fail(h.line, "\(key) must be a non-negative integer, got '\(h.value)'") }
            let limit = key == "DIMENSION" ? dimensionLimit : valueLimit
            guard v <= limit else { throw fail(h.line, "\(key) must be at most \(limit), got \(v)") }
            return v
        }
        let n = try headerInt("DIMENSION"), vehicles = try headerInt("VEHICLES"), capacity = try headerInt("CAPACITY")
        let serviceTime = try headerInt("SERVICE_TIME")
        guard n >= 2 else { throw fail(header["DIMENSION"]!.line, "DIMENSION must be at least 2") }
        /// Rows of a section as id (1-based) → values, each id exactly once.
        func table(_ name: String, width: Int) throws -> [[Int]] {
            guard let rows = sections["\(name)_SECTION"] else { throw fail(lines.count, "missing \(name)_SECTION") }
            var out = [[Int]?](repeating: nil, count: n)
            for row in rows {
                guard row.fields.count == width + 1 else { throw fail(row.line, "\(name)_SECTION: expected \(width + 1) fields, got \(row.fields.count)") }
                let id = row.fields[0]
                guard id >= 1 && id <= n else { throw fail(row.line, "\(name)_SECTION: node \(id) outside 1...\(n)") }
                guard out[id - 1] == nil else { throw fail(row.line, "\(name)_SECTION: node \(id) appears twice") }
                out[id - 1] = Array(row.fields.dropFirst())
            }
            if let missing = out.firstIndex(where: { $0 == nil }) {
                throw fail(rows.last?.line ?? lines.count, "\(name)_SECTION: node \(missing + 1) missing")
            }
            return out.map { $0! }
        }
        let coords = try table("NODE_COORD", width: 2)
        let demand = try table("DEMAND", width: 1).map { $0[0] }
        let windows = try table("TIME_WINDOW", width: 2)
        let release = try table("RELEASE_TIME", width: 1).map { $0[0] }
        for row in sections["TIME_WINDOW_SECTION"] ?? [] where row.fields[1] > row.fields[2] || row.fields[1] < 0 {
            throw fail(row.line, "TIME_WINDOW_SECTION: window [\(row.fields[1]), \(row.fields[2])] is empty or negative")
        }
        for row in sections["DEMAND_SECTION"] ?? [] where row.fields[1] < 0 { throw fail(row.line, "DEMAND_SECTION: negative demand") }
        for row in sections["RELEASE_TIME_SECTION"] ?? [] where row.fields[1] < 0 { throw fail(row.line, "RELEASE_TIME_SECTION: negative release time") }
        if let depots = sections["DEPOT_SECTION"] {
            for row in depots where !(row.fields == [1] || row.fields == [-1]) {
                throw fail(row.line, "DEPOT_SECTION: only node 1 may be the depot")
            }
        }
        for row in sections["VEHICLES_RELOAD_DEPOT_SECTION"] ?? [] where row.fields.count != 2 || row.fields[1] != 1 {
            throw fail(row.line, "VEHICLES_RELOAD_DEPOT_SECTION: expected 'vehicle 1'")
        }
        let scale = MTVRPTWInstance.scale
        return MTVRPTWInstance(
            name: header["NAME"]?.value ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent,
            vehicles: vehicles, capacity: capacity,
            x: coords.map { $0[0] }, y: coords.map { $0[1] }, demand: demand,
            ready: windows.map { $0[0] * scale }, due: windows.map { $0[1] * scale },
            release: release.map { $0 * scale },
            service: (0..<n).map { $0 == 0 ? 0 : serviceTime * scale })
    }
}
