import ColdRouteModel

/// Reads a network from JSON text (format v1, see `docs/network-format.md`).
///
/// Three stages, each reporting every problem it finds before giving up:
/// 1. syntax (``JSONParser``): `line L, column C: what`;
/// 2. structure and types: unknown keys, missing fields, wrong types, at JSON paths with lines;
/// 3. ``CountyNetwork/validate()``: ranges and references, mapped back to JSON paths.
enum NetworkJSONReader {
    static func read(bytes: [UInt8], file: String, defaultName: String) throws(InputError) -> LoadedNetwork {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            throw InputError(file: file, location: .text(line: error.position.line, column: error.position.column),
                             message: error.message)
        }
        guard let members = root.members else {
            throw InputError(file: file, location: .text(line: root.position.line, column: root.position.column),
                             message: "expected an object at the top level, got \(root.typeDescription)")
        }
        var reader = FieldReader()
        let top = Record(file: file, origin: .json(path: "", position: root.position), cells: cells(members))
        checkKeys(members, path: "", allowed: NetworkSchema.network.fieldNames + NetworkSchema.tableKeys.map(\.name),
                  file: file, system: nil, into: &reader)
        guard let system = reader.header(top) else {
            try reader.problems.throwIfAny()
            throw InputError(file: file, message: "unreadable header")  // not reached: header() recorded why
        }
        var network = reader.networkSettings(top, defaultName: defaultName, coordinates: system)
        for table in NetworkSchema.tableKeys where !top.has(table.name) && table.required {
            if let missing = top.missing(table.name) { reader.problems.add(missing) }
        }

        network.products = rows(root, NetworkSchema.products, file, system, &reader) { $0.product($1) }
        network.villages = rows(root, NetworkSchema.villages(system, includingSupply: true), file, system, &reader) {
            var village = $0.village($1, system)
            village.supply = supply($1, &$0)
            return village
        }
        network.depots = rows(root, NetworkSchema.depots(system), file, system, &reader) { $0.depot($1, system) }
        network.agencies = rows(root, NetworkSchema.agencies(system), file, system, &reader) { $0.agency($1, system) }
        network.junctions = rows(root, NetworkSchema.junctions(system), file, system, &reader) { $0.junction($1, system) }
        network.roads = rows(root, NetworkSchema.roads, file, system, &reader) { $0.road($1) }
        network.vehicleTypes = rows(root, NetworkSchema.vehicleTypes, file, system, &reader) { $0.vehicleType($1) }
        try reader.problems.throwIfAny()

        return try JSONIssueLocator(file: file, root: root).validated(network)
    }

    private static func cells(_ members: [JSONValue.Member]) -> [String: Record.Cell] {
        Dictionary(members.map { ($0.key, Record.Cell.json($0.value)) }, uniquingKeysWith: { a, _ in a })
    }

    /// Decodes the rows of one table (absent tables are empty; whether that is allowed is checked elsewhere).
    private static func rows<T>(
        _ root: JSONValue, _ schema: TableSchema, _ file: String, _ system: CoordinateSystem,
        _ reader: inout FieldReader, _ decode: (inout FieldReader, Record) -> T
    ) -> [T] {
        guard let table = root[schema.name] else { return [] }
        if case .null = table.kind { return [] }
        guard let elements = table.elements else {
            reader.problems.add(file: file, .jsonPath(schema.name, line: table.position.line),
                                "expected an array, got \(table.typeDescription)")
            return []
        }
        var result: [T] = []
        for (i, element) in elements.enumerated() {
            let path = "\(schema.name)[\(i)]"
            guard let members = element.members else {
                reader.problems.add(file: file, .jsonPath(path, line: element.position.line),
                                    "expected an object, got \(element.typeDescription)")
                continue
            }
            checkKeys(members, path: path, allowed: schema.fieldNames, file: file, system: system, into: &reader)
            let record = Record(file: file, origin: .json(path: path, position: element.position), cells: cells(members))
            result.append(decode(&reader, record))
        }
        return result
    }

    /// A village's `supply` object: product id → kg/day.
    private static func supply(_ r: Record, _ reader: inout FieldReader) -> [Product.ID: Kilograms] {
        guard case .json(let value)? = r.cells["supply"] else {
            if let missing = r.missing("supply") { reader.problems.add(missing) }
            return [:]
        }
        guard let members = value.members else {
            reader.report(r, "supply", "expected an object of product ids and kg/day, got \(value.typeDescription)")
            return [:]
        }
        var supply: [Product.ID: Kilograms] = [:]
        for member in members where !NetworkSchema.isAnnotation(member.key) {
            if case .number(let kg) = member.value.kind {
                supply[Product.ID(member.key)] = Kilograms(kg)
            } else {
                guard case .json(let path, _) = r.origin else { continue }
                reader.problems.add(file: r.file, .jsonPath(path + ".supply" + ValidationIssue.pathComponent(key: member.key),
                                                            line: member.value.position.line),
                                    "expected a number (kg/day), got \(member.value.typeDescription)")
            }
        }
        return supply
    }

    /// Reports keys that are not fields of the table (annotations `_…`/`comment…` are allowed).
    private static func checkKeys(
        _ members: [JSONValue.Member], path: String, allowed: [String], file: String, system: CoordinateSystem?,
        into reader: inout FieldReader
    ) {
        for member in members where !allowed.contains(member.key) && !NetworkSchema.isAnnotation(member.key) {
            let keyPath = path.isEmpty ? member.key : path + ValidationIssue.pathComponent(key: member.key)
            reader.problems.add(file: file, .jsonPath(keyPath, line: member.keyPosition.line),
                                unknownKeyMessage(member.key, allowed: allowed, system: system, noun: "key"))
        }
    }

    static func unknownKeyMessage(_ key: String, allowed: [String], system: CoordinateSystem?, noun: String) -> String {
        var message = "unknown \(noun) '\(key)'"
        if let system, ["lon", "lat", "x", "y"].contains(key) {
            let (x, y) = NetworkSchema.coordinateNames(system)
            message += " (coordinates are \"\(system.rawValue)\": use '\(x)' and '\(y)')"
        } else if let guess = NetworkSchema.suggestion(for: key, among: allowed) {
            message += " (did you mean '\(guess)'?)"
        }
        return message
    }
}

/// Places validation issues in a JSON document: the issue's path, and the line of the deepest value found.
struct JSONIssueLocator: IssueLocator {
    let file: String
    let root: JSONValue

    func locate(_ issue: ValidationIssue) -> InputError {
        var path = "", node = root
        func step(_ component: String, _ next: JSONValue?) -> Bool {
            guard let next else { return false }
            path += component
            node = next
            return true
        }
        if issue.table != .network {
            let table = issue.table.rawValue
            if step(table, node[table]), let row = issue.row {
                _ = step("[\(row)]", node.elements.flatMap { row < $0.count ? $0[row] : nil })
            }
        }
        if let field = issue.field, path == issue.pathOfRow {
            let component = path.isEmpty ? field : ValidationIssue.pathComponent(key: field)
            if step(component, node[field]), let key = issue.key {
                _ = step(ValidationIssue.pathComponent(key: key), node[key])
            }
        }
        return InputError(file: file, location: .jsonPath(path, line: node.position.line), message: issue.message)
    }
}

extension ValidationIssue {
    /// The path of the issue's row (or table, or top level), without the field.
    var pathOfRow: String {
        guard table != .network else { return "" }
        return row.map { "\(table.rawValue)[\($0)]" } ?? table.rawValue
    }
}
