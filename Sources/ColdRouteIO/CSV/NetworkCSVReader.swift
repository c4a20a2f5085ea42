import ColdRouteModel
import Foundation

/// Reads a network from a folder of CSV files, one per table (see `docs/network-format.md`).
///
/// Column names are the JSON field names. Required columns must be present (optional ones may be
/// absent); an empty cell means "not given". Columns starting with `_` or `comment` are ignored;
/// other unknown columns are errors. Files other than the network's tables are ignored.
enum NetworkCSVReader {
    static func read(folder: String) throws(InputError) -> LoadedNetwork {
        try read(tables: CSVTables(folder: folder), defaultName: URL(fileURLWithPath: folder).lastPathComponent)
    }

    /// Reads the tables from any source of CSV-shaped tables (a folder, or a workbook's sheets:
    /// ``NetworkWorkbookReader``); `defaultName` names a network whose `network` table has none.
    static func read(tables: some NetworkTableSource, defaultName: String) throws(InputError) -> LoadedNetwork {
        var reader = FieldReader()

        // network.csv decides the coordinate system, which the place tables' columns depend on.
        let networkFile = try tables.load(NetworkSchema.network, required: true)!
        let networkRecords = records(networkFile, NetworkSchema.network, nil, &reader)
        guard let top = networkRecords.first else {
            throw InputError(file: networkFile.file, location: .csv(line: nil, column: nil),
                             message: "expected one data row after the header, found none")
        }
        if networkRecords.count > 1, case .csv(let line, _) = networkRecords[1].origin {
            reader.problems.add(file: networkFile.file, .csv(line: line, column: nil),
                                "expected one data row after the header, found \(networkRecords.count)")
        }
        guard let system = reader.header(top) else {
            try reader.problems.throwIfAny()
            throw InputError(file: networkFile.file, message: "unreadable header")  // not reached
        }
        var network = reader.networkSettings(top, defaultName: defaultName, coordinates: system)
        var locator = CSVIssueLocator(tables: tables, system: system)
        if case .csv(let line, _) = top.origin { locator.networkLine = line }

        func table<T>(_ schema: TableSchema, required: Bool, _ decode: (inout FieldReader, Record) -> T) throws(InputError) -> [T] {
            guard let csv = try tables.load(schema, required: required) else { return [] }
            let rows = records(csv, schema, system, &reader)
            locator.lines[schema.name] = rows.map { record in
                if case .csv(let line, _) = record.origin { return line }
                return 0
            }
            return rows.map { decode(&reader, $0) }
        }

        network.products = try table(NetworkSchema.products, required: true) { $0.product($1) }
        network.villages = try table(NetworkSchema.villages(system, includingSupply: false), required: true) {
            $0.village($1, system)
        }
        try readSupply(into: &network, tables: tables, locator: &locator, reader: &reader)
        network.depots = try table(NetworkSchema.depots(system), required: true) { $0.depot($1, system) }
        network.agencies = try table(NetworkSchema.agencies(system), required: true) { $0.agency($1, system) }
        network.junctions = try table(NetworkSchema.junctions(system), required: false) { $0.junction($1, system) }
        network.roads = try table(NetworkSchema.roads, required: false) { $0.road($1) }
        network.vehicleTypes = try table(NetworkSchema.vehicleTypes, required: true) { $0.vehicleType($1) }
        try reader.problems.throwIfAny()

        locator.knownProducts = Set(network.products.map(\.id.rawValue))
        return try locator.validated(network)
    }

    /// `supply.csv`: one row per village × product; fills `Village.supply` and records each row's line.
    private static func readSupply(
        into network: inout CountyNetwork, tables: some NetworkTableSource, locator: inout CSVIssueLocator,
        reader: inout FieldReader
    ) throws(InputError) {
        guard let csv = try tables.load(NetworkSchema.supply, required: true) else { return }
        var villageIndex: [String: Int] = [:]
        for (i, v) in network.villages.enumerated() where villageIndex[v.id.rawValue] == nil { villageIndex[v.id.rawValue] = i }
        var firstLine: [String: Int] = [:]
        for record in records(csv, NetworkSchema.supply, nil, &reader) {
            let village = reader.string(record, "village"), product = reader.string(record, "product")
            let kg = reader.number(record, "kgPerDay")
            guard case .csv(let line, _) = record.origin, !village.isEmpty, !product.isEmpty else { continue }
            guard let v = villageIndex[village] else {
                reader.report(record, "village", "unknown village '\(village)'")
                continue
            }
            let pair = "\(village)\u{0}\(product)"
            if let first = firstLine[pair] {
                reader.report(record, "product",
                              "duplicate supply of '\(product)' for village '\(village)' (first on line \(first))")
                continue
            }
            firstLine[pair] = line
            network.villages[v].supply[Product.ID(product)] = Kilograms(kg)
            locator.supplyLines[v, default: [:]][product] = line
        }
    }

    /// Checks a table's header against its schema and turns its rows into records.
    static func records(_ csv: CSVTable, _ schema: TableSchema, _ system: CoordinateSystem?, _ reader: inout FieldReader) -> [Record] {
        var seen = Set<String>()
        var usable: [Int: String] = [:]
        for (index, column) in csv.header.enumerated() {
            if column.isEmpty {
                if csv.rows.contains(where: { index < $0.cells.count && !$0.cells[index].isEmpty }) {
                    reader.problems.add(file: csv.file, .csv(line: 1, column: nil), "column \(index + 1) has no name")
                }
            } else if !seen.insert(column).inserted {
                reader.problems.add(file: csv.file, .csv(line: 1, column: column), "duplicate column")
            } else if schema.allows(column) {
                usable[index] = column
            } else if !NetworkSchema.isAnnotation(column) {
                reader.problems.add(file: csv.file, .csv(line: 1, column: column),
                                    NetworkJSONReader.unknownKeyMessage(column, allowed: schema.fieldNames, system: system, noun: "column"))
            }
        }
        for name in schema.requiredNames where !seen.contains(name) {
            reader.problems.add(file: csv.file, .csv(line: 1, column: name), "missing required column")
        }
        let known = Set(usable.values)
        return csv.rows.map { row in
            // Extra empty cells (trailing commas from spreadsheets) are harmless; a row with extra
            // values, or one cut short, would shift or lose data.
            if row.cells.count > csv.header.count, row.cells[csv.header.count...].contains(where: { !$0.isEmpty }) {
                reader.problems.add(file: csv.file, .csv(line: row.line, column: nil),
                                    "\(row.cells.count) cells, but the header has \(csv.header.count) columns")
            } else if row.cells.count < csv.header.count {
                reader.problems.add(file: csv.file, .csv(line: row.line, column: nil),
                                    "only \(row.cells.count) cells, but the header has \(csv.header.count) columns")
            }
            var cells: [String: Record.Cell] = [:]
            for (index, column) in usable where index < row.cells.count && !row.cells[index].isEmpty {
                cells[column] = .text(row.cells[index])
            }
            return Record(file: csv.file, origin: .csv(line: row.line, columns: known), cells: cells)
        }
    }
}

/// Where a network's tables come from: a folder of CSV files or the sheets of a workbook.
protocol NetworkTableSource {
    /// The name a table's problems are reported under (a file path).
    func path(of file: String) -> String
    /// The table (`schema.csvFile`), or `nil` for an optional table that is absent.
    func load(_ schema: TableSchema, required: Bool) throws(InputError) -> CSVTable?
}

/// Loads the CSV files of a network folder, naming each by the folder path as the caller gave it.
struct CSVTables: NetworkTableSource {
    let folder: String

    func path(of file: String) -> String {
        folder.hasSuffix("/") ? folder + file : folder + "/" + file
    }

    /// The table's file, or `nil` for an optional table whose file is absent.
    func load(_ schema: TableSchema, required: Bool) throws(InputError) -> CSVTable? {
        let path = path(of: schema.csvFile)
        if !required, !FileManager.default.fileExists(atPath: path) { return nil }
        return try CSVTable.load(path: path, file: path)
    }
}

/// Places validation issues in a CSV folder (or workbook): the table's file, the row's line and the column.
struct CSVIssueLocator: IssueLocator {
    let tables: any NetworkTableSource
    let system: CoordinateSystem
    var networkLine = 2
    /// Line of each row, by table name.
    var lines: [String: [Int]] = [:]
    /// Line in `supply.csv` of each village (index) × product id.
    var supplyLines: [Int: [String: Int]] = [:]
    /// The product ids of the network (a supply issue about another id is about the `product` cell).
    var knownProducts: Set<String> = []

    init(tables: any NetworkTableSource, system: CoordinateSystem) {
        self.tables = tables
        self.system = system
    }

    func locate(_ issue: ValidationIssue) -> InputError {
        if issue.table == .network {
            return InputError(file: tables.path(of: NetworkSchema.network.csvFile),
                              location: .csv(line: networkLine, column: issue.field), message: issue.message)
        }
        if issue.table == .villages, issue.field == "supply", let row = issue.row, let key = issue.key,
           let line = supplyLines[row]?[key] {
            // An unknown product is the `product` cell's fault; a bad amount the `kgPerDay` cell's.
            let column = knownProducts.contains(key) ? "kgPerDay" : "product"
            return InputError(file: tables.path(of: NetworkSchema.supply.csvFile),
                              location: .csv(line: line, column: column), message: issue.message)
        }
        let schema = NetworkSchema.schema(of: issue.table, system)
        let line = issue.row.flatMap { row in lines[schema.name].flatMap { row < $0.count ? $0[row] : nil } }
        let column = issue.field.flatMap { schema.allows($0) ? $0 : nil }
        return InputError(file: tables.path(of: schema.csvFile), location: .csv(line: line, column: column), message: issue.message)
    }
}
