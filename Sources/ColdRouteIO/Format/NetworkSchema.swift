import ColdRouteModel

/// One field of a table in the network format.
struct FieldSpec: Sendable {
    var name: String
    var required: Bool
}

/// The fields of one table in the network format, in the order writers emit them.
///
/// This is the single list that the JSON reader (unknown keys), the CSV reader (required and unknown
/// columns) and both writers (column and key order) follow; `docs/network-format.md` documents it.
struct TableSchema: Sendable {
    /// The table's JSON key, e.g. `vehicleTypes`.
    var name: String
    /// The table's file in a CSV folder, e.g. `vehicle_types.csv`.
    var csvFile: String
    var fields: [FieldSpec]

    var fieldNames: [String] { fields.map(\.name) }
    var requiredNames: [String] { fields.filter(\.required).map(\.name) }
    func allows(_ key: String) -> Bool { fields.contains { $0.name == key } }
}

/// The tables and fields of network format v1.
enum NetworkSchema {
    static let format = "coldroute-network"

    /// Keys starting like this are annotations: readers skip them.
    static func isAnnotation(_ key: String) -> Bool {
        key.hasPrefix("_") || key.hasPrefix("comment")
    }

    /// The coordinate field names for a coordinate system: `lon`/`lat` or `x`/`y`.
    static func coordinateNames(_ system: CoordinateSystem) -> (x: String, y: String) {
        system == .lonLat ? ("lon", "lat") : ("x", "y")
    }

    private static func required(_ names: String...) -> [FieldSpec] { names.map { FieldSpec(name: $0, required: true) } }
    private static func optional(_ names: String...) -> [FieldSpec] { names.map { FieldSpec(name: $0, required: false) } }

    private static func place(_ system: CoordinateSystem) -> [FieldSpec] {
        let (x, y) = coordinateNames(system)
        return required("id") + optional("name") + required(x, y)
    }

    /// The scalar top-level fields (`network.csv`'s columns).
    static let network = TableSchema(
        name: "network", csvFile: "network.csv",
        fields: required("format", "version") + optional("name") + required("coordinates")
            + optional("circuityFactor", "defaultSpeedKmh", "driverCostPerHour", "travelMatrix"))

    /// The tables of a JSON file, in order, and whether each is required.
    static let tableKeys: [FieldSpec] =
        required("products", "villages", "depots", "agencies") + optional("junctions", "roads") + required("vehicleTypes")

    static let products = TableSchema(
        name: "products", csvFile: "products.csv",
        fields: required("id") + optional("name")
            + required("shelfLifeAmbientMin", "shelfLifeRefrigeratedMin", "valuePerKg"))

    /// Villages; `supply` is a JSON-only field (CSV keeps it in ``supply``).
    static func villages(_ system: CoordinateSystem, includingSupply: Bool) -> TableSchema {
        TableSchema(
            name: "villages", csvFile: "villages.csv",
            fields: place(system) + (includingSupply ? required("supply") : [])
                + required("readyTime", "pickupStart", "pickupEnd", "serviceMin", "lowIncomeHouseholds"))
    }

    /// `supply.csv`: one row per village × product.
    static let supply = TableSchema(
        name: "supply", csvFile: "supply.csv", fields: required("village", "product", "kgPerDay"))

    static func depots(_ system: CoordinateSystem) -> TableSchema {
        TableSchema(
            name: "depots", csvFile: "depots.csv",
            fields: place(system) + required("status", "openingCostPerDay", "capacityKgPerDay", "handlingCostPerKg",
                                             "receivingOpen", "receivingClose") + optional("unloadMin"))
    }

    static func agencies(_ system: CoordinateSystem) -> TableSchema {
        TableSchema(
            name: "agencies", csvFile: "agencies.csv",
            fields: place(system) + required("cutoff", "handlingCostPerKg", "capacityKgPerDay"))
    }

    static func junctions(_ system: CoordinateSystem) -> TableSchema {
        TableSchema(name: "junctions", csvFile: "junctions.csv", fields: place(system))
    }

    static let roads = TableSchema(
        name: "roads", csvFile: "roads.csv",
        fields: required("from", "to", "lengthKm") + optional("travelMin", "speedKmh", "closed", "name", "oneWay", "shape"))

    static let vehicleTypes = TableSchema(
        name: "vehicleTypes", csvFile: "vehicle_types.csv",
        fields: required("id") + optional("name")
            + required("capacityKg", "refrigerated", "costPerKm", "fixedCostPerDay")
            + optional("refrigerationCostPerHour") + required("count") + optional("homeDepot", "maxShiftMin", "maxTrips", "speedFactor"))

    /// The schema of a validation table, for locating issues.
    static func schema(of table: ValidationIssue.Table, _ system: CoordinateSystem) -> TableSchema {
        switch table {
        case .network: return network
        case .products: return products
        case .villages: return villages(system, includingSupply: false)
        case .depots: return depots(system)
        case .agencies: return agencies(system)
        case .junctions: return junctions(system)
        case .roads: return roads
        case .vehicleTypes: return vehicleTypes
        }
    }

    /// A known field that `key` was probably meant to be: same letters in another case, one a prefix
    /// of the other, or at most two edits apart.
    static func suggestion(for key: String, among names: [String]) -> String? {
        let lower = key.lowercased()
        if let same = names.first(where: { $0.lowercased() == lower }) { return same }
        if lower.count >= 3, let prefix = names.first(where: { $0.lowercased().hasPrefix(lower) || lower.hasPrefix($0.lowercased()) && $0.count >= 3 }) {
            return prefix
        }
        let scored = names.map { ($0, editDistance(lower, $0.lowercased())) }.filter { $0.1 <= 2 }
        return scored.min { $0.1 < $1.1 }?.0
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var row = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = row
        }
        return previous[b.count]
    }
}
