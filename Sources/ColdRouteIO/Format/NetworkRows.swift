import ColdRouteModel

/// A field value on its way out to a file, before it is rendered as JSON or as CSV text.
enum FieldValue {
    case text(String)
    case number(Double)
    /// A time of day, written `HH:MM` when it is a whole minute in 00:00…47:59, as a number otherwise.
    case time(Minutes)
    case bool(Bool)
    /// Keyed numbers (a village's supply), JSON only.
    case numbers([(String, Double)])

    /// The `HH:MM` form of a time of day, if it has one that reads back exactly.
    static func clock(_ m: Minutes) -> String? {
        let v = m.value
        return v.rounded() == v && v >= 0 && v < 48 * 60 ? m.clockString : nil
    }
}

/// A row as ordered (field name, value) pairs; optional fields with nothing to say are left out.
typealias FieldRow = [(String, FieldValue)]

/// The rows of each table of a network, in file order: what both writers write.
enum NetworkRows {
    static func top(_ n: CountyNetwork) -> FieldRow {
        [
            ("format", .text(NetworkSchema.format)), ("version", .number(Double(CountyNetwork.formatVersion))),
            ("name", .text(n.name)), ("coordinates", .text(n.coordinateSystem.rawValue)),
            ("circuityFactor", .number(n.circuityFactor)), ("defaultSpeedKmh", .number(n.defaultSpeedKmh)),
            ("driverCostPerHour", .number(n.driverCostPerHour.value)),
        ] + (n.travelMatrix.map { [("travelMatrix", .text($0))] } ?? [])
    }

    private static func place(_ id: String, _ name: String, _ c: Coordinate, _ system: CoordinateSystem) -> FieldRow {
        let (x, y) = NetworkSchema.coordinateNames(system)
        return [("id", .text(id)), ("name", .text(name)), (x, .number(c.x)), (y, .number(c.y))]
    }

    static func product(_ p: Product) -> FieldRow {
        [
            ("id", .text(p.id.rawValue)), ("name", .text(p.name)),
            ("shelfLifeAmbientMin", .number(p.shelfLifeAmbient.value)),
            ("shelfLifeRefrigeratedMin", .number(p.shelfLifeRefrigerated.value)),
            ("valuePerKg", .number(p.valuePerKg.value)),
        ]
    }

    /// Supply in the order of the products table, then any other product ids sorted.
    static func supply(_ v: Village, productOrder: [Product.ID]) -> [(String, Double)] {
        let known = productOrder.filter { v.supply[$0] != nil }
        let others = v.supply.keys.filter { !productOrder.contains($0) }.sorted()
        return (known + others).map { ($0.rawValue, v.supply[$0]!.value) }
    }

    static func village(_ v: Village, _ system: CoordinateSystem, supply: [(String, Double)]?) -> FieldRow {
        place(v.id.rawValue, v.name, v.location, system) + (supply.map { [("supply", FieldValue.numbers($0))] } ?? []) + [
            ("readyTime", .time(v.readyTime)), ("pickupStart", .time(v.pickupStart)), ("pickupEnd", .time(v.pickupEnd)),
            ("serviceMin", .number(v.serviceTime.value)),
            ("lowIncomeHouseholds", .number(Double(v.lowIncomeHouseholds))),
        ]
    }

    static func depot(_ d: Depot, _ system: CoordinateSystem) -> FieldRow {
        place(d.id.rawValue, d.name, d.location, system) + [
            ("status", .text(d.status.rawValue)), ("openingCostPerDay", .number(d.openingCostPerDay.value)),
            ("capacityKgPerDay", .number(d.capacityPerDay.value)), ("handlingCostPerKg", .number(d.handlingCostPerKg.value)),
            ("receivingOpen", .time(d.receivingOpen)), ("receivingClose", .time(d.receivingClose)),
        ] + (d.unloadTime == Depot.defaultUnloadTime ? [] : [("unloadMin", .number(d.unloadTime.value))])
    }

    static func agency(_ a: Agency, _ system: CoordinateSystem) -> FieldRow {
        place(a.id.rawValue, a.name, a.location, system) + [
            ("cutoff", .time(a.cutoff)), ("handlingCostPerKg", .number(a.handlingCostPerKg.value)),
            ("capacityKgPerDay", .number(a.capacityPerDay.value)),
        ]
    }

    static func junction(_ j: Junction, _ system: CoordinateSystem) -> FieldRow {
        place(j.id.rawValue, j.name, j.location, system)
    }

    /// Roads are written with `travelMin` (never `speedKmh`), so travel times read back exactly.
    static func road(_ r: Road) -> FieldRow {
        var row: FieldRow = [
            ("from", .text(r.from)), ("to", .text(r.to)), ("lengthKm", .number(r.length.value)),
            ("travelMin", .number(r.travelTime.value)), ("closed", .bool(r.closed)),
        ]
        if !r.name.isEmpty { row.append(("name", .text(r.name))) }
        if r.oneWay { row.append(("oneWay", .bool(true))) }
        if !r.shape.isEmpty { row.append(("shape", .text(RoadShape.text(r.shape)))) }
        return row
    }

    static func vehicleType(_ t: VehicleType) -> FieldRow {
        var row: FieldRow = [
            ("id", .text(t.id.rawValue)), ("name", .text(t.name)), ("capacityKg", .number(t.capacity.value)),
            ("refrigerated", .bool(t.refrigerated)), ("costPerKm", .number(t.costPerKm.value)),
            ("fixedCostPerDay", .number(t.fixedCostPerDay.value)),
            ("refrigerationCostPerHour", .number(t.refrigerationCostPerHour.value)), ("count", .number(Double(t.count))),
        ]
        if let home = t.homeDepot { row.append(("homeDepot", .text(home.rawValue))) }
        row.append(("maxShiftMin", .number(t.maxShift.value)))
        if let trips = t.maxTrips { row.append(("maxTrips", .number(Double(trips)))) }
        if t.speedFactor != 1 { row.append(("speedFactor", .number(t.speedFactor))) }
        return row
    }
}
