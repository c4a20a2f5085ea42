import ColdRouteIO
import ColdRouteModel
import Foundation
import TOMLKit

/// Reads scenario files (TOML, see `docs/scenarios.md`) into ``Scenario`` values.
///
/// Reading checks types, ranges and unknown keys; references to the network (depot, product,
/// village and vehicle-type ids, roads) are checked by ``Scenario/apply(to:)``. Every error is
/// one ``InputError`` line naming the file and the key, e.g.
/// `scenarios/peak.toml: supply.multiplier.kiwi (line 7): must be a positive number (got -1)`.
public enum ScenarioReader {
    /// Reads a scenario file; `file` is the path as the caller named it. With `requireBase` false
    /// (sweeps, where each county becomes the base in turn) the `base` key may be left out: the
    /// scenario's `base` and `basePath` are then empty.
    public static func read(path: String, requireBase: Bool = true) throws(InputError) -> Scenario {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(file: path, message: FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw InputError(file: path, message: "not UTF-8 text") }
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let folder = (path as NSString).deletingLastPathComponent
        return try read(text: text, file: path, defaultName: stem, relativeTo: folder, requireBase: requireBase)
    }

    /// Reads a scenario from TOML text; `base` paths are resolved against `folder`.
    public static func read(text: String, file: String, defaultName: String, relativeTo folder: String,
                            requireBase: Bool = true) throws(InputError) -> Scenario {
        var root = try TOMLTableReader.document(text: text, file: file, headerExample: "[solver] or [[roads.add]]")
        return try readRoot(&root, defaultName: defaultName, folder: folder, requireBase: requireBase)
    }

    /// The first line holding a table header (`[` or `[[` at the start of a line, outside
    /// strings and comments) whose first key does not start with a bare-key character or a quote.
    ///
    /// A small TOML scanner: it follows comments (`#` to the end of the line), basic and literal
    /// strings and their multi-line forms (with `\` escapes in basic strings), so that quotes inside
    /// a comment do not open a string (the second scenario finding: `# …""""""…` on line 1 hid a
    /// `[{roads.change]]` header from a line-by-line count, and toml++ aborted). O(length).
    static func malformedTableHeader(in text: String) -> Int? {
        enum State { case normal, comment, basic, literal, multiBasic, multiLiteral }
        let c = Array(text.unicodeScalars)
        var state = State.normal, line = 1, i = 0, atLineStart = true
        func run(_ quote: Unicode.Scalar, at k: Int) -> Bool { k + 2 < c.count && c[k] == quote && c[k + 1] == quote && c[k + 2] == quote }
        while i < c.count {
            let ch = c[i]
            if ch == "\n" {
                line += 1
                atLineStart = true
                if state == .comment || state == .basic || state == .literal { state = .normal }
                i += 1
                continue
            }
            switch state {
            case .normal:
                if atLineStart && (ch == " " || ch == "\t") { i += 1; continue }
                if atLineStart && ch == "[" {
                    var k = i + 1
                    if k < c.count && c[k] == "[" { k += 1 }
                    while k < c.count && (c[k] == " " || c[k] == "\t") { k += 1 }
                    guard k < c.count else { return line }
                    let first = c[k]
                    guard first.isASCII && (first.properties.isAlphabetic || ("0"..."9").contains(first))
                            || first == "_" || first == "-" || first == "\"" || first == "'" else { return line }
                }
                atLineStart = false
                if ch == "#" { state = .comment }
                else if run("\"", at: i) { state = .multiBasic; i += 3; continue }
                else if run("'", at: i) { state = .multiLiteral; i += 3; continue }
                else if ch == "\"" { state = .basic }
                else if ch == "'" { state = .literal }
            case .comment:
                break
            case .basic:
                if ch == "\\" { i += 2; continue }
                if ch == "\"" { state = .normal }
            case .literal:
                if ch == "'" { state = .normal }
            case .multiBasic, .multiLiteral:
                let quote: Unicode.Scalar = state == .multiBasic ? "\"" : "'"
                if state == .multiBasic && ch == "\\" {
                    if i + 1 < c.count && c[i + 1] == "\n" { i += 1 } else { i += 2 }
                    continue
                }
                if run(quote, at: i) {
                    i += 3
                    // Up to two more quotes belong to the string (`""""` ends with one quote inside).
                    var extra = 0
                    while extra < 2 && i < c.count && c[i] == quote { i += 1; extra += 1 }
                    state = .normal
                    atLineStart = false
                    continue
                }
            }
            i += 1
        }
        return nil
    }

    static let rootKeys = ["base", "name", "description", "depots", "supply", "shelfLife", "fleet", "roads", "costs", "targets", "solver"]

    static func readRoot(_ root: inout TOMLTableReader, defaultName: String, folder: String,
                         requireBase: Bool = true) throws(InputError) -> Scenario {
        guard let base = try root.string("base") ?? (requireBase ? nil : "") else {
            throw InputError(file: root.context.file, message: "missing required key 'base' (the network file, relative to this file)")
        }
        let name = try root.string("name") ?? defaultName
        guard !name.isEmpty, !name.contains("/"), name != ".", name != ".." else {
            throw root.error("name", "must be a non-empty name without '/' (it names the output folder)")
        }
        let basePath = base.isEmpty ? "" : base.hasPrefix("/") ? base : normalize(folder.isEmpty || folder == "." ? base : "\(folder)/\(base)")
        var scenario = Scenario(file: root.context.file, name: name, description: try root.string("description") ?? "",
                                base: base, basePath: basePath)
        if var t = try root.table("depots") { try readDepots(&t, into: &scenario) }
        if var t = try root.table("supply") { try readSupply(&t, into: &scenario) }
        if var t = try root.table("shelfLife") { try readShelfLife(&t, into: &scenario) }
        if var t = try root.table("fleet") { try readFleet(&t, into: &scenario) }
        if var t = try root.table("roads") { try readRoads(&t, into: &scenario) }
        if var t = try root.table("costs") { try readCosts(&t, into: &scenario) }
        if var t = try root.table("targets") {
            if let node = t.value("lowIncomeCoverage") {
                scenario.lowIncomeCoverage = .init(try share(node, t, "lowIncomeCoverage"), key: t.key("lowIncomeCoverage"))
            }
            try t.finish(known: ["lowIncomeCoverage"])
        }
        if var t = try root.table("solver") { try readSolver(&t, into: &scenario) }
        try root.finish(known: rootKeys)
        return scenario
    }

    /// `scenarios/../networks/x.json` → `networks/x.json` (lexically, as the user would write it).
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != "..", !last.isEmpty {
                parts.removeLast()
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return joined.isEmpty ? "." : joined
    }

    /// A share: `0.8` or `"80%"`.
    static func share(_ node: TOMLNode, _ t: TOMLTableReader, _ key: String) throws(InputError) -> Double {
        var value: Double?
        switch node {
        case .int(let i): value = Double(i)
        case .double(let d): value = d
        case .string(let s) where s.hasSuffix("%"): value = Double(s.dropLast().trimmingCharacters(in: .whitespaces)).map { $0 / 100 }
        default: value = nil
        }
        guard let value, (0...1).contains(value) else {
            throw t.error(key, "must be a share between 0 and 1, or a string \"0%\" to \"100%\" (got \(node.shown))")
        }
        return value
    }

    static func readDepots(_ t: inout TOMLTableReader, into s: inout Scenario) throws(InputError) {
        s.depots.open = try t.stringList("open")
        s.depots.close = try t.stringList("close")
        s.depots.maxNew = try t.integer("maxNew")
        s.depots.budgetPerDay = try t.number("budgetPerDay")
        s.depots.existingMayClose = try t.bool("existingMayClose")
        for var d in try t.tables("add") {
            let id = try d.requiredString("id")
            let statusText = try d.string("status") ?? "candidate"
            guard let status = Depot.Status(rawValue: statusText) else { throw d.error("status", "must be \"candidate\" or \"existing\" (got \"\(statusText)\")") }
            let lonValue = try d.number("lon", .any), xValue = try d.number("x", .any)
            let latValue = try d.number("lat", .any), yValue = try d.number("y", .any)
            guard let lon = lonValue ?? xValue, let lat = latValue ?? yValue else {
                throw t.context.error(d.path, "missing required key 'lon'/'lat' (or 'x'/'y' for planar networks)")
            }
            guard let open = try d.timeOfDay("receivingOpen"), let close = try d.timeOfDay("receivingClose") else {
                throw t.context.error(d.path, "missing required key 'receivingOpen' or 'receivingClose'")
            }
            let depot = Depot(
                id: Depot.ID(id), name: try d.string("name") ?? id, location: Coordinate(x: lon, y: lat), status: status,
                openingCostPerDay: Yuan(try d.requiredNumber("openingCostPerDay")),
                capacityPerDay: Kilograms(try d.requiredNumber("capacityKgPerDay")),
                handlingCostPerKg: Yuan(try d.requiredNumber("handlingCostPerKg")),
                receivingOpen: Minutes(open), receivingClose: Minutes(close))
            try d.finish(known: ["id", "name", "lon", "lat", "x", "y", "status", "openingCostPerDay", "capacityKgPerDay",
                                 "handlingCostPerKg", "receivingOpen", "receivingClose"])
            s.depots.add.append(.init(depot, key: t.context.key(d.path)))
        }
        if var changes = try t.table("change") {
            for id in changes.keys {
                guard var c = try changes.table(id) else { continue }
                let change = Scenario.DepotChange(
                    id: id, openingCostPerDay: try c.number("openingCostPerDay"), capacityKgPerDay: try c.number("capacityKgPerDay"),
                    handlingCostPerKg: try c.number("handlingCostPerKg"), receivingOpen: try c.timeOfDay("receivingOpen"),
                    receivingClose: try c.timeOfDay("receivingClose"))
                try c.finish(known: ["openingCostPerDay", "capacityKgPerDay", "handlingCostPerKg", "receivingOpen", "receivingClose"])
                s.depots.change.append(.init(change, key: t.context.key(c.path)))
            }
            try changes.finish(known: [])
        }
        try t.finish(known: ["open", "close", "maxNew", "budgetPerDay", "existingMayClose", "add", "change"])
    }

    static func readSupply(_ t: inout TOMLTableReader, into s: inout Scenario) throws(InputError) {
        if let f = try t.number("factor", .positive, maximum: FieldLimits.multiplier.upperBound) { s.supply.factor = .init(f, key: t.key("factor")) }
        s.supply.perProduct = try multipliers(&t, "multiplier")
        s.supply.perVillage = try multipliers(&t, "village")
        try t.finish(known: ["factor", "multiplier", "village"])
    }

    static func multipliers(_ t: inout TOMLTableReader, _ key: String) throws(InputError) -> [Scenario.ByID<Double>] {
        guard var table = try t.table(key) else { return [] }
        var out: [Scenario.ByID<Double>] = []
        for id in table.keys {
            let value = try table.number(id, .positive, maximum: FieldLimits.multiplier.upperBound)!
            out.append(.init(id: id, value: value, key: table.key(id)))
        }
        try table.finish(known: [])
        return out
    }

    static func readShelfLife(_ t: inout TOMLTableReader, into s: inout Scenario) throws(InputError) {
        for product in t.keys {
            guard var p = try t.table(product) else { continue }
            let both = try p.number("multiplier", .positive, maximum: FieldLimits.multiplier.upperBound)
            var change = Scenario.ShelfLifeChange(
                product: product, ambientMin: try p.number("ambientMin", .positive),
                refrigeratedMin: try p.number("refrigeratedMin", .positive),
                ambientMultiplier: try p.number("ambientMultiplier", .positive, maximum: FieldLimits.multiplier.upperBound),
                refrigeratedMultiplier: try p.number("refrigeratedMultiplier", .positive, maximum: FieldLimits.multiplier.upperBound))
            if let both {
                if change.ambientMultiplier != nil || change.refrigeratedMultiplier != nil {
                    throw p.error("multiplier", "give 'multiplier' or 'ambientMultiplier'/'refrigeratedMultiplier', not both")
                }
                change.ambientMultiplier = both
                change.refrigeratedMultiplier = both
            }
            if change.ambientMin != nil && change.ambientMultiplier != nil {
                throw p.error("ambientMin", "give minutes or a multiplier for the ambient shelf life, not both")
            }
            if change.refrigeratedMin != nil && change.refrigeratedMultiplier != nil {
                throw p.error("refrigeratedMin", "give minutes or a multiplier for the refrigerated shelf life, not both")
            }
            try p.finish(known: ["ambientMin", "refrigeratedMin", "multiplier", "ambientMultiplier", "refrigeratedMultiplier"])
            s.shelfLife.append(.init(change, key: t.context.key(p.path)))
        }
        try t.finish(known: [])
    }

    static func readFleet(_ t: inout TOMLTableReader, into s: inout Scenario) throws(InputError) {
        if var counts = try t.table("count") {
            for id in counts.keys {
                let n = try counts.integer(id)!
                s.fleet.count.append(.init(id: id, value: n, key: counts.key(id)))
            }
            try counts.finish(known: [])
        }
        for var v in try t.tables("add") {
            let id = try v.requiredString("id")
            guard let refrigerated = try v.bool("refrigerated") else { throw t.context.error(v.path, "missing required key 'refrigerated'") }
            guard let count = try v.integer("count") else { throw t.context.error(v.path, "missing required key 'count'") }
            let type = VehicleType(
                id: VehicleType.ID(id), name: try v.string("name") ?? id, capacity: Kilograms(try v.requiredNumber("capacityKg", .positive)),
                refrigerated: refrigerated, costPerKm: Yuan(try v.requiredNumber("costPerKm")),
                fixedCostPerDay: Yuan(try v.requiredNumber("fixedCostPerDay")),
                refrigerationCostPerHour: Yuan(try v.number("refrigerationCostPerHour") ?? 0),
                count: count,
                homeDepot: try v.string("homeDepot").map { Depot.ID($0) }, maxShift: Minutes(try v.number("maxShiftMin") ?? 600))
            try v.finish(known: ["id", "name", "capacityKg", "refrigerated", "costPerKm", "fixedCostPerDay",
                                 "refrigerationCostPerHour", "count", "homeDepot", "maxShiftMin"])
            s.fleet.add.append(.init(type, key: t.context.key(v.path)))
        }
        try t.finish(known: ["count", "add"])
    }

    static func readRoads(_ t: inout TOMLTableReader, into s: inout Scenario) throws(InputError) {
        for var r in try t.tables("change") {
            let change = Scenario.RoadChange(
                from: try r.requiredString("from"), to: try r.requiredString("to"), lengthKm: try r.number("lengthKm"),
                travelMin: try r.number("travelMin"), speedKmh: try r.number("speedKmh", .positive), closed: try r.bool("closed"),
                name: try r.string("name"))
            if change.travelMin != nil && change.speedKmh != nil { throw r.error("speedKmh", "give travelMin or speedKmh, not both") }
            try r.finish(known: ["from", "to", "lengthKm", "travelMin", "speedKmh", "closed", "name"])
            s.roadChanges.append(.init(change, key: t.context.key(r.path)))
        }
        for var r in try t.tables("add") {
            let from = try r.requiredString("from"), to = try r.requiredString("to")
            let length = try r.requiredNumber("lengthKm")
            let travel = try r.number("travelMin"), speed = try r.number("speedKmh", .positive)
            let minutes: Double
            switch (travel, speed) {
            case (let m?, nil): minutes = m
            case (nil, let v?): minutes = length / v * 60
            case (nil, nil): throw t.context.error(r.path, "give travelMin or speedKmh")
            default: throw r.error("speedKmh", "give travelMin or speedKmh, not both")
            }
            let road = Road(from: from, to: to, length: Kilometres(length), travelTime: Minutes(minutes),
                            closed: try r.bool("closed") ?? false, name: try r.string("name") ?? "")
            try r.finish(known: ["from", "to", "lengthKm", "travelMin", "speedKmh", "closed", "name"])
            s.roadAdditions.append(.init(road, key: t.context.key(r.path)))
        }
        try t.finish(known: ["change", "add"])
    }

    static func readCosts(_ t: inout TOMLTableReader, into s: inout Scenario) throws(InputError) {
        s.costsKey = t.context.key(t.path)
        s.costs.driverCostPerHour = try t.number("driverCostPerHour")
        s.costs.newDepotOpeningMultiplier = try t.number("newDepotOpeningMultiplier", maximum: FieldLimits.multiplier.upperBound)
        s.costs.existingDepotCostMultiplier = try t.number("existingDepotCostMultiplier", maximum: FieldLimits.multiplier.upperBound)
        s.costs.expressHandlingMultiplier = try t.number("expressHandlingMultiplier", maximum: FieldLimits.multiplier.upperBound)
        s.costs.expressHandlingPerKg = try t.number("expressHandlingPerKg")
        if s.costs.expressHandlingMultiplier != nil && s.costs.expressHandlingPerKg != nil {
            throw t.error("expressHandlingPerKg", "give expressHandlingPerKg or expressHandlingMultiplier, not both")
        }
        try t.finish(known: ["driverCostPerHour", "newDepotOpeningMultiplier", "existingDepotCostMultiplier",
                             "expressHandlingMultiplier", "expressHandlingPerKg"])
    }

    static func readSolver(_ t: inout TOMLTableReader, into s: inout Scenario) throws(InputError) {
        if let v = try t.number("timeLimit", .positive, maximum: FieldLimits.seconds.upperBound) { s.settings.timeLimit = v }
        if let v = try t.number("routeTime", .positive, maximum: FieldLimits.seconds.upperBound) { s.settings.routeTime = v }
        if let v = try t.integer("seed") { s.settings.seed = UInt64(v) }
        if let v = try t.integer("routeIterations", minimum: 1) { s.settings.routeIterations = v }
        if let v = try t.bool("singleSource") { s.settings.singleSource = v }
        if let v = try t.number("gap") {
            guard v < 1 else { throw t.error("gap", "must be in [0, 1) (got \(v))") }
            s.settings.gap = v
        }
        if let v = try t.bool("routes") { s.settings.routes = v }
        try t.finish(known: ["timeLimit", "routeTime", "seed", "routeIterations", "singleSource", "gap", "routes"])
    }
}

