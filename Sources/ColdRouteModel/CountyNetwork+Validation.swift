extension CountyNetwork {
    /// Checks the network for errors and suspicious data; an empty array means all is well.
    ///
    /// Issues come in table order (top level, products, villages, depots, agencies, junctions, roads,
    /// vehicle types, then cross-table checks). Errors:
    /// - at least one product, village, depot and vehicle type;
    /// - ids non-empty and unique within each table; place ids (villages, depots, agencies, junctions)
    ///   unique across those tables, since roads refer to them;
    /// - references resolve: supply products, road endpoints, vehicle home depots;
    /// - capacities, costs, lengths, times, counts and households finite and not negative;
    ///   `pickupStart ≤ pickupEnd`, `receivingOpen ≤ receivingClose`,
    ///   `shelfLifeRefrigeratedMin ≥ shelfLifeAmbientMin > 0`;
    /// - lon in [-180, 180] and lat in [-90, 90] for lon/lat networks;
    ///   `circuityFactor ≥ 1`, `defaultSpeedKmh > 0`;
    /// - no road joins a place to itself;
    /// - every product is supplied (more than 0 kg/day) by some village;
    /// - at least one express agency, and some agency's cut-off no earlier than some depot's
    ///   receiving opening (otherwise no produce can reach an agency);
    /// - every numeric field within its documented range (``FieldLimits``);
    /// - with roads: every village reaches some depot by open roads, and every depot some agency.
    ///
    /// Warnings: villages that supply nothing, vehicle types with count 0, and (when there are no
    /// errors) agencies that exist but that no produce can reach before their cut-off
    /// (``agencyReachIssues()``).
    ///
    /// Complexity: O(P + R + S) for P places, R roads and S supply entries (plus sorting supply keys).
    public func validate() -> [ValidationIssue] {
        var validator = NetworkValidator(network: self)
        validator.run()
        guard !validator.issues.contains(where: \.isError) else { return validator.issues }
        return validator.issues + agencyReachIssues()
    }

    /// Whether ``validate()`` finds no errors (warnings allowed).
    public var isValid: Bool { !validate().contains(where: \.isError) }

    /// Throws the validation errors, if any; warnings are ignored.
    public func requireValid() throws(NetworkValidationError) {
        let errors = validate().filter(\.isError)
        if !errors.isEmpty { throw NetworkValidationError(issues: errors) }
    }
}

/// Runs the checks of ``CountyNetwork/validate()``, one table at a time.
struct NetworkValidator {
    let network: CountyNetwork
    var issues: [ValidationIssue] = []
    private let lonLat: Bool

    init(network: CountyNetwork) {
        self.network = network
        lonLat = network.coordinateSystem == .lonLat
    }

    mutating func run() {
        checkTopLevel()
        checkProducts()
        checkVillages()
        checkDepots()
        checkAgencies()
        checkJunctions()
        checkPlaceIDsAcrossTables()
        checkRoads()
        checkVehicleTypes()
        checkSupplyCoverage()
        checkCutoffs()
        checkConnectivity()
    }

    // MARK: - Reporting helpers

    private mutating func error(_ table: ValidationIssue.Table, _ row: Int?, _ field: String?, key: String? = nil, _ message: String) {
        issues.append(ValidationIssue(.error, table: table, row: row, field: field, key: key, message: message))
    }

    private mutating func warning(_ table: ValidationIssue.Table, _ row: Int?, _ field: String?, _ message: String) {
        issues.append(ValidationIssue(.warning, table: table, row: row, field: field, message: message))
    }

    /// A quantity that must be finite, at least zero and at most `range.upperBound` (``FieldLimits``).
    private mutating func nonNegative(
        _ value: Double, _ table: ValidationIssue.Table, _ row: Int?, _ field: String, key: String? = nil,
        within range: ClosedRange<Double>
    ) {
        if !value.isFinite {
            error(table, row, field, key: key, "must be a finite number (got \(show(value)))")
        } else if value < 0 {
            error(table, row, field, key: key, "must not be negative (got \(show(value)))")
        } else if !range.contains(value) {
            error(table, row, field, key: key, "must be \(FieldLimits.rangeText(range)) (got \(show(value)))")
        }
    }

    private mutating func nonNegative(_ value: Int, _ table: ValidationIssue.Table, _ row: Int, _ field: String) {
        if value < 0 {
            error(table, row, field, "must not be negative (got \(value))")
        } else if !FieldLimits.count.contains(value) {
            error(table, row, field, "must be at most \(FieldLimits.count.upperBound) (got \(value))")
        }
    }

    private mutating func location(_ c: Coordinate, _ table: ValidationIssue.Table, _ row: Int) {
        let (xName, yName) = lonLat ? ("lon", "lat") : ("x", "y")
        for (value, name, limit) in [(c.x, xName, 180.0), (c.y, yName, 90.0)] {
            if !value.isFinite {
                error(table, row, name, "must be a finite number (got \(show(value)))")
            } else if lonLat, abs(value) > limit {
                error(table, row, name, "must be between -\(show(limit)) and \(show(limit)) (got \(show(value)))")
            } else if !lonLat, !FieldLimits.planar.contains(value) {
                error(table, row, name, "must be \(FieldLimits.rangeText(FieldLimits.planar)) km (got \(show(value)))")
            }
        }
    }

    /// Reports empty and duplicate ids within one table.
    private mutating func ids(_ ids: [String], _ table: ValidationIssue.Table, noun: String) {
        var seen = Set<String>()
        for (row, id) in ids.enumerated() {
            if id.isEmpty {
                error(table, row, "id", "must not be empty")
            } else if !seen.insert(id).inserted {
                error(table, row, "id", "duplicate \(noun) id '\(id)'")
            }
        }
    }

    private mutating func atLeastOne(_ count: Int, _ table: ValidationIssue.Table, noun: String) {
        if count == 0 { error(table, nil, nil, "there must be at least one \(noun)") }
    }

    // MARK: - Tables

    private mutating func checkTopLevel() {
        let n = network
        if !n.circuityFactor.isFinite || n.circuityFactor < 1 {
            error(.network, nil, "circuityFactor", "must be at least 1 (got \(show(n.circuityFactor)))")
        } else if !FieldLimits.circuity.contains(n.circuityFactor) {
            error(.network, nil, "circuityFactor", "must be \(FieldLimits.rangeText(FieldLimits.circuity)) (got \(show(n.circuityFactor)))")
        }
        if !n.defaultSpeedKmh.isFinite || n.defaultSpeedKmh <= 0 {
            error(.network, nil, "defaultSpeedKmh", "must be positive (got \(show(n.defaultSpeedKmh)))")
        } else if !FieldLimits.speedKmh.contains(n.defaultSpeedKmh) {
            error(.network, nil, "defaultSpeedKmh", "must be \(FieldLimits.rangeText(FieldLimits.speedKmh)) km/h (got \(show(n.defaultSpeedKmh)))")
        }
        nonNegative(n.driverCostPerHour.value, .network, nil, "driverCostPerHour", within: FieldLimits.yuan)
    }

    private mutating func checkProducts() {
        atLeastOne(network.products.count, .products, noun: "product")
        ids(network.products.map(\.id.rawValue), .products, noun: "product")
        for (row, p) in network.products.enumerated() {
            let ambient = p.shelfLifeAmbient.value, cold = p.shelfLifeRefrigerated.value
            if !ambient.isFinite || ambient <= 0 {
                error(.products, row, "shelfLifeAmbientMin", "must be positive (got \(show(ambient)))")
            } else if !FieldLimits.minutes.contains(ambient) {
                error(.products, row, "shelfLifeAmbientMin", "must be \(FieldLimits.rangeText(FieldLimits.minutes)) (got \(show(ambient)))")
            }
            if !cold.isFinite {
                error(.products, row, "shelfLifeRefrigeratedMin", "must be a finite number (got \(show(cold)))")
            } else if !FieldLimits.minutes.contains(cold) {
                error(.products, row, "shelfLifeRefrigeratedMin", "must be \(FieldLimits.rangeText(FieldLimits.minutes)) (got \(show(cold)))")
            } else if cold < ambient {
                error(.products, row, "shelfLifeRefrigeratedMin",
                      "must not be shorter than shelfLifeAmbientMin (got \(show(cold)) < \(show(ambient)))")
            }
            nonNegative(p.valuePerKg.value, .products, row, "valuePerKg", within: FieldLimits.yuan)
        }
    }

    private mutating func checkVillages() {
        atLeastOne(network.villages.count, .villages, noun: "village")
        ids(network.villages.map(\.id.rawValue), .villages, noun: "village")
        let productIDs = Set(network.products.map(\.id))
        for (row, v) in network.villages.enumerated() {
            location(v.location, .villages, row)
            for (product, kg) in v.supply.sorted(by: { $0.key < $1.key }) {
                if !productIDs.contains(product) {
                    error(.villages, row, "supply", key: product.rawValue, "unknown product '\(product)'")
                }
                nonNegative(kg.value, .villages, row, "supply", key: product.rawValue, within: FieldLimits.kilograms)
            }
            timeOfDay(v.readyTime, .villages, row, "readyTime")
            timeOfDay(v.pickupStart, .villages, row, "pickupStart")
            timeOfDay(v.pickupEnd, .villages, row, "pickupEnd")
            if v.pickupStart > v.pickupEnd {
                error(.villages, row, "pickupEnd",
                      "must not be before pickupStart (got \(v.pickupEnd.clockString) < \(v.pickupStart.clockString))")
            }
            nonNegative(v.serviceTime.value, .villages, row, "serviceMin", within: FieldLimits.minutes)
            nonNegative(v.lowIncomeHouseholds, .villages, row, "lowIncomeHouseholds")
            if !(v.supply.values.contains { $0.value > 0 }) {
                warning(.villages, row, "supply", "\(network.label(of: .village(row))) supplies nothing")
            }
        }
    }

    /// A time of day: from 00:00 to before 48:00 (times past midnight belong to the next day).
    private mutating func timeOfDay(_ t: Minutes, _ table: ValidationIssue.Table, _ row: Int, _ field: String) {
        if !(t.value >= 0 && t.value < 2880) {
            error(table, row, field, "must be a time of day from 00:00 to 47:59 (got \(t.value) minutes)")
        }
    }

    private mutating func checkDepots() {
        atLeastOne(network.depots.count, .depots, noun: "depot")
        ids(network.depots.map(\.id.rawValue), .depots, noun: "depot")
        for (row, d) in network.depots.enumerated() {
            location(d.location, .depots, row)
            nonNegative(d.openingCostPerDay.value, .depots, row, "openingCostPerDay", within: FieldLimits.yuan)
            nonNegative(d.capacityPerDay.value, .depots, row, "capacityKgPerDay", within: FieldLimits.kilograms)
            nonNegative(d.handlingCostPerKg.value, .depots, row, "handlingCostPerKg", within: FieldLimits.yuan)
            timeOfDay(d.receivingOpen, .depots, row, "receivingOpen")
            timeOfDay(d.receivingClose, .depots, row, "receivingClose")
            if d.receivingOpen > d.receivingClose {
                error(.depots, row, "receivingClose",
                      "must not be before receivingOpen (got \(d.receivingClose.clockString) < \(d.receivingOpen.clockString))")
            }
            nonNegative(d.unloadTime.value, .depots, row, "unloadMin", within: FieldLimits.minutes)
        }
    }

    private mutating func checkAgencies() {
        // Cooled produce leaves by express: without an agency nothing can be covered.
        atLeastOne(network.agencies.count, .agencies, noun: "express agency")
        ids(network.agencies.map(\.id.rawValue), .agencies, noun: "agency")
        for (row, a) in network.agencies.enumerated() {
            location(a.location, .agencies, row)
            timeOfDay(a.cutoff, .agencies, row, "cutoff")
            nonNegative(a.handlingCostPerKg.value, .agencies, row, "handlingCostPerKg", within: FieldLimits.yuan)
            nonNegative(a.capacityPerDay.value, .agencies, row, "capacityKgPerDay", within: FieldLimits.kilograms)
        }
    }

    private mutating func checkJunctions() {
        ids(network.junctions.map(\.id.rawValue), .junctions, noun: "junction")
        for (row, j) in network.junctions.enumerated() {
            location(j.location, .junctions, row)
        }
    }

    /// Place ids must be unique across villages, depots, agencies and junctions: the later one is reported.
    private mutating func checkPlaceIDsAcrossTables() {
        var owner: [String: ValidationIssue.Table] = [:]
        let tables: [(ValidationIssue.Table, String, [String])] = [
            (.villages, "village", network.villages.map(\.id.rawValue)),
            (.depots, "depot", network.depots.map(\.id.rawValue)),
            (.agencies, "agency", network.agencies.map(\.id.rawValue)),
            (.junctions, "junction", network.junctions.map(\.id.rawValue)),
        ]
        var noun: [ValidationIssue.Table: String] = [:]
        for (table, word, ids) in tables {
            noun[table] = word
            var local = Set<String>()
            for (row, id) in ids.enumerated() where !id.isEmpty && local.insert(id).inserted {
                if let other = owner[id] {
                    error(table, row, "id", "id '\(id)' is already used by a \(noun[other] ?? "place")")
                }
            }
            for id in local where owner[id] == nil { owner[id] = table }
        }
    }

    private mutating func checkRoads() {
        let placeIDs = Set(network.allPlaces.map { network.id(of: $0) })
        for (row, r) in network.roads.enumerated() {
            if !placeIDs.contains(r.from) { error(.roads, row, "from", "unknown place '\(r.from)'") }
            if !placeIDs.contains(r.to) { error(.roads, row, "to", "unknown place '\(r.to)'") }
            if r.from == r.to { error(.roads, row, "to", "road joins '\(r.from)' to itself") }
            nonNegative(r.length.value, .roads, row, "lengthKm", within: FieldLimits.kilometres)
            nonNegative(r.travelTime.value, .roads, row, "travelMin", within: FieldLimits.minutes)
        }
    }

    private mutating func checkVehicleTypes() {
        atLeastOne(network.vehicleTypes.count, .vehicleTypes, noun: "vehicle type")
        ids(network.vehicleTypes.map(\.id.rawValue), .vehicleTypes, noun: "vehicle type")
        let depotIDs = Set(network.depots.map(\.id))
        for (row, t) in network.vehicleTypes.enumerated() {
            nonNegative(t.capacity.value, .vehicleTypes, row, "capacityKg", within: FieldLimits.kilograms)
            nonNegative(t.costPerKm.value, .vehicleTypes, row, "costPerKm", within: FieldLimits.yuan)
            nonNegative(t.fixedCostPerDay.value, .vehicleTypes, row, "fixedCostPerDay", within: FieldLimits.yuan)
            nonNegative(t.refrigerationCostPerHour.value, .vehicleTypes, row, "refrigerationCostPerHour", within: FieldLimits.yuan)
            nonNegative(t.count, .vehicleTypes, row, "count")
            if t.count == 0 { warning(.vehicleTypes, row, "count", "vehicle type '\(t.id)' has no vehicles (count 0)") }
            if let home = t.homeDepot, !depotIDs.contains(home) {
                error(.vehicleTypes, row, "homeDepot", "unknown depot '\(home)'")
            }
            nonNegative(t.maxShift.value, .vehicleTypes, row, "maxShiftMin", within: FieldLimits.minutes)
            if let trips = t.maxTrips, trips < 1 {
                error(.vehicleTypes, row, "maxTrips", "must be a whole number ≥ 1, or absent for no limit but the shift (got \(trips))")
            }
            if !FieldLimits.speedFactor.contains(t.speedFactor) {
                error(.vehicleTypes, row, "speedFactor",
                      "must be \(FieldLimits.rangeText(FieldLimits.speedFactor)): travel minutes × factor (got \(show(t.speedFactor)))")
            }
        }
    }

    // MARK: - Cross-table checks

    /// Produce reaches an agency only after a depot has received it: when every agency's cut-off is
    /// before every depot opens, no produce can be covered (a plan would cover 0 %).
    private mutating func checkCutoffs() {
        let cutoffs = network.agencies.map(\.cutoff).filter { $0.value.isFinite }
        let opens = network.depots.map(\.receivingOpen).filter { $0.value.isFinite }
        guard let latest = cutoffs.max(), let earliest = opens.min(), latest < earliest else { return }
        error(.agencies, nil, "cutoff",
              "no produce can reach an express agency: the latest cut-off \(latest.clockString) is before the earliest depot opens (\(earliest.clockString))")
    }

    private mutating func checkSupplyCoverage() {
        var supplied = Set<Product.ID>()
        for v in network.villages {
            for (product, kg) in v.supply where kg.value > 0 { supplied.insert(product) }
        }
        for (row, p) in network.products.enumerated() where !supplied.contains(p.id) {
            error(.products, row, nil, "product '\(p.id)' is not supplied by any village")
        }
    }

    /// With roads: every village must reach a depot, and every depot an agency, by open roads.
    private mutating func checkConnectivity() {
        guard network.usesRoads else { return }
        let places = network.allPlaces
        var nodeOfID: [String: Int] = [:]
        for (node, place) in places.enumerated() where nodeOfID[network.id(of: place)] == nil {
            nodeOfID[network.id(of: place)] = node
        }
        var components = UnionFind(count: places.count)
        for road in network.roads where !road.closed {
            if let a = nodeOfID[road.from], let b = nodeOfID[road.to] { components.union(a, b) }
        }
        let nv = network.villages.count, nd = network.depots.count, na = network.agencies.count
        let depotComponents = Set((nv..<nv + nd).map { components.find($0) })
        for row in 0..<nv where !depotComponents.contains(components.find(row)) {
            error(.villages, row, nil, "\(network.label(of: .village(row))) is not connected to any depot by open roads")
        }
        guard na > 0 else { return }
        let agencyComponents = Set((nv + nd..<nv + nd + na).map { components.find($0) })
        for row in 0..<nd where !agencyComponents.contains(components.find(nv + row)) {
            error(.depots, row, nil, "\(network.label(of: .depot(row))) is not connected to any express agency by open roads")
        }
    }

    private func show(_ value: Double) -> String { Minutes.format(value) }
}

/// Disjoint sets with path halving and union by size.
struct UnionFind {
    private var parent: [Int]
    private var size: [Int]

    init(count: Int) {
        parent = Array(0..<count)
        size = Array(repeating: 1, count: count)
    }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        var ra = find(a), rb = find(b)
        if ra == rb { return }
        if size[ra] < size[rb] { swap(&ra, &rb) }
        parent[rb] = ra
        size[ra] += size[rb]
    }
}
