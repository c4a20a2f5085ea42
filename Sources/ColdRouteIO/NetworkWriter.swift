import ColdRouteModel
import Foundation

/// Writes a network in format v1: one JSON file, or a folder of CSV files.
///
/// Output is stable (fields in the order of `docs/network-format.md`, rows in array order, supply in
/// product order) so files diff well, and reading it back gives an equal ``CountyNetwork``. Every field
/// is written, defaults included, except an absent `homeDepot` and an empty road `name`; roads are
/// written with `travelMin`. Times of day are written `HH:MM`. Writers do not validate: a non-finite
/// number is written as JSON `null` (or `nan` in CSV), which the readers then reject.
public enum NetworkWriter {
    /// A JSON string literal for `text`, quotes included (non-ASCII kept as UTF-8), as every
    /// JSON file ColdRoute writes spells strings.
    public static func jsonString(_ text: String) -> String { JSONText.string(text) }

    /// The network as pretty JSON: top-level fields one per line, each table row on one line.
    public static func json(_ network: CountyNetwork) -> String {
        let system = network.coordinateSystem
        let order = network.products.map(\.id)
        var lines = NetworkRows.top(network).map { "  \(JSONText.string($0.0)): \(JSONText.value($0.1))" }
        func table(_ key: String, _ rows: [FieldRow], always: Bool = true) {
            guard always || !rows.isEmpty else { return }
            if rows.isEmpty {
                lines.append("  \(JSONText.string(key)): []")
            } else {
                lines.append("  \(JSONText.string(key)): [\n"
                    + rows.map { "    " + JSONText.object($0) }.joined(separator: ",\n") + "\n  ]")
            }
        }
        table("products", network.products.map(NetworkRows.product))
        table("villages", network.villages.map { NetworkRows.village($0, system, supply: NetworkRows.supply($0, productOrder: order)) })
        table("depots", network.depots.map { NetworkRows.depot($0, system) })
        table("agencies", network.agencies.map { NetworkRows.agency($0, system) })
        table("junctions", network.junctions.map { NetworkRows.junction($0, system) }, always: false)
        table("roads", network.roads.map(NetworkRows.road), always: false)
        table("vehicleTypes", network.vehicleTypes.map(NetworkRows.vehicleType))
        return "{\n" + lines.joined(separator: ",\n") + "\n}\n"
    }

    /// The network as CSV files: file name (e.g. `vehicle_types.csv`) → contents.
    ///
    /// Every table's file is included, `junctions.csv` and `roads.csv` with only a header when empty,
    /// so writing over an older folder leaves no stale table behind.
    public static func csvFiles(_ network: CountyNetwork) -> [String: String] {
        let system = network.coordinateSystem
        let order = network.products.map(\.id)
        var files: [String: String] = [:]
        func table(_ schema: TableSchema, _ rows: [FieldRow]) {
            // Columns added after version 1's first files (`travelMatrix`, `oneWay`, `shape`, `speedFactor`) only when used,
            // so networks without them are written exactly as before.
            let columns = schema.fieldNames.filter { name in
                !Self.columnsWhenUsed.contains(name) || rows.contains { $0.contains { $0.0 == name } }
            }
            files[schema.csvFile] = CSVText.table(columns: columns, rows: rows)
        }
        table(NetworkSchema.network, [NetworkRows.top(network)])
        table(NetworkSchema.products, network.products.map(NetworkRows.product))
        table(NetworkSchema.villages(system, includingSupply: false),
              network.villages.map { NetworkRows.village($0, system, supply: nil) })
        table(NetworkSchema.supply, network.villages.flatMap { v in
            NetworkRows.supply(v, productOrder: order).map { product, kg -> FieldRow in
                [("village", .text(v.id.rawValue)), ("product", .text(product)), ("kgPerDay", .number(kg))]
            }
        })
        table(NetworkSchema.depots(system), network.depots.map { NetworkRows.depot($0, system) })
        table(NetworkSchema.agencies(system), network.agencies.map { NetworkRows.agency($0, system) })
        table(NetworkSchema.junctions(system), network.junctions.map { NetworkRows.junction($0, system) })
        table(NetworkSchema.roads, network.roads.map(NetworkRows.road))
        table(NetworkSchema.vehicleTypes, network.vehicleTypes.map(NetworkRows.vehicleType))
        return files
    }

    /// Optional CSV columns written only when some row has a value.
    static let columnsWhenUsed: Set<String> = ["travelMatrix", "oneWay", "shape", "speedFactor"]

    /// Writes a `.json` file, or (for any other path) a folder of CSV files, created if needed.
    public static func write(_ network: CountyNetwork, to path: String) throws(InputError) {
        if path.lowercased().hasSuffix(".json") {
            try writeJSON(network, to: path)
        } else {
            try writeCSV(network, toFolder: path)
        }
    }

    public static func writeJSON(_ network: CountyNetwork, to path: String) throws(InputError) {
        try writeFile(json(network), to: path)
    }

    public static func writeCSV(_ network: CountyNetwork, toFolder folder: String) throws(InputError) {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw InputError(file: folder, message: "cannot create the folder (\(OutputSet.reason(error, fallback: "failed")))")
        }
        let tables = CSVTables(folder: folder)
        for (name, text) in csvFiles(network).sorted(by: { $0.key < $1.key }) {
            try writeFile(text, to: tables.path(of: name))
        }
    }

    private static func writeFile(_ text: String, to path: String) throws(InputError) {
        do {
            try AtomicFile.write(text, to: path)
        } catch let error as AtomicFileError {
            throw InputError(file: path, message: "cannot write the file (\(error.reason))")
        } catch {
            throw InputError(file: path, message: "cannot write the file (\(OutputSet.reason(error, fallback: "failed")))")
        }
    }
}

/// JSON rendering of field values.
enum JSONText {
    static func object(_ row: FieldRow) -> String {
        "{" + row.map { "\(string($0.0)): \(value($0.1))" }.joined(separator: ", ") + "}"
    }

    static func value(_ v: FieldValue) -> String {
        switch v {
        case .text(let s): return string(s)
        case .number(let x): return number(x)
        case .time(let m): return FieldValue.clock(m).map(string) ?? number(m.value)
        case .bool(let b): return b ? "true" : "false"
        case .numbers(let pairs): return "{" + pairs.map { "\(string($0.0)): \(number($0.1))" }.joined(separator: ", ") + "}"
        }
    }

    static func number(_ x: Double) -> String { x.isFinite ? NumberText.format(x) : "null" }

    /// A JSON string literal; non-ASCII text is kept as UTF-8 (Chinese names stay readable).
    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20:
                let hex = String(c.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}

/// CSV rendering of field values (RFC 4180 quoting, `\n` line ends).
enum CSVText {
    static func table(columns: [String], rows: [FieldRow]) -> String {
        var lines = [columns.map(cell).joined(separator: ",")]
        for row in rows {
            let values = Dictionary(row.map { ($0.0, $0.1) }, uniquingKeysWith: { a, _ in a })
            lines.append(columns.map { values[$0].map(text) ?? "" }.map(cell).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func text(_ v: FieldValue) -> String {
        switch v {
        case .text(let s): return s
        case .number(let x): return NumberText.format(x)
        case .time(let m): return FieldValue.clock(m) ?? NumberText.format(m.value)
        case .bool(let b): return b ? "true" : "false"
        case .numbers(let pairs): return pairs.map { "\($0.0)=\(NumberText.format($0.1))" }.joined(separator: ";")
        }
    }

    /// Quotes a cell when it holds a comma, a quote, a line break or surrounding spaces.
    static func cell(_ s: String) -> String {
        let needsQuotes = s.contains { $0 == "," || $0 == "\"" || $0.isNewline }
            || s.first?.isWhitespace == true || s.last?.isWhitespace == true
        return needsQuotes ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}
