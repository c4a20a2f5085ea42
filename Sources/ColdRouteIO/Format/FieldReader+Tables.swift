import ColdRouteModel

/// Decoding of each table's rows, shared by the JSON and the CSV reader.
///
/// Field names are those of the file format (see ``NetworkSchema``); values are checked for type
/// only. Range checks (negative capacities, unknown references…) are ``CountyNetwork/validate()``'s job,
/// so they apply to networks built in code too.
extension FieldReader {
    mutating func location(_ r: Record, _ system: CoordinateSystem) -> Coordinate {
        let (x, y) = NetworkSchema.coordinateNames(system)
        return Coordinate(x: number(r, x), y: number(r, y))
    }

    /// The `name`, defaulting to the id.
    private mutating func name(_ r: Record, id: String) -> String {
        optionalString(r, "name") ?? id
    }

    mutating func product(_ r: Record) -> Product {
        let id = string(r, "id")
        return Product(
            id: Product.ID(id), name: name(r, id: id),
            shelfLifeAmbient: Minutes(number(r, "shelfLifeAmbientMin")),
            shelfLifeRefrigerated: Minutes(number(r, "shelfLifeRefrigeratedMin")),
            valuePerKg: Yuan(number(r, "valuePerKg")))
    }

    /// A village without its supply (JSON reads `supply` separately, CSV from `supply.csv`).
    mutating func village(_ r: Record, _ system: CoordinateSystem) -> Village {
        let id = string(r, "id")
        return Village(
            id: Village.ID(id), name: name(r, id: id), location: location(r, system), supply: [:],
            readyTime: time(r, "readyTime"), pickupStart: time(r, "pickupStart"), pickupEnd: time(r, "pickupEnd"),
            serviceTime: Minutes(number(r, "serviceMin")), lowIncomeHouseholds: integer(r, "lowIncomeHouseholds"))
    }

    mutating func depot(_ r: Record, _ system: CoordinateSystem) -> Depot {
        let id = string(r, "id")
        let status = choice(r, "status", [Depot.Status.existing.rawValue, Depot.Status.candidate.rawValue])
        return Depot(
            id: Depot.ID(id), name: name(r, id: id), location: location(r, system),
            status: status.flatMap(Depot.Status.init(rawValue:)) ?? .candidate,
            openingCostPerDay: Yuan(number(r, "openingCostPerDay")),
            capacityPerDay: Kilograms(number(r, "capacityKgPerDay")),
            handlingCostPerKg: Yuan(number(r, "handlingCostPerKg")),
            receivingOpen: time(r, "receivingOpen"), receivingClose: time(r, "receivingClose"),
            unloadTime: optionalNumber(r, "unloadMin").map(Minutes.init) ?? Depot.defaultUnloadTime)
    }

    mutating func agency(_ r: Record, _ system: CoordinateSystem) -> Agency {
        let id = string(r, "id")
        return Agency(
            id: Agency.ID(id), name: name(r, id: id), location: location(r, system), cutoff: time(r, "cutoff"),
            handlingCostPerKg: Yuan(number(r, "handlingCostPerKg")),
            capacityPerDay: Kilograms(number(r, "capacityKgPerDay")))
    }

    mutating func junction(_ r: Record, _ system: CoordinateSystem) -> Junction {
        let id = string(r, "id")
        return Junction(id: Junction.ID(id), name: name(r, id: id), location: location(r, system))
    }

    /// A road; its travel time is `travelMin`, or `lengthKm / speedKmh × 60` (exactly one must be given).
    mutating func road(_ r: Record) -> Road {
        let from = string(r, "from"), to = string(r, "to")
        let length = number(r, "lengthKm")
        let travel = optionalNumber(r, "travelMin"), speed = optionalNumber(r, "speedKmh")
        var minutes = travel ?? 0
        switch (r.has("travelMin"), r.has("speedKmh")) {
        case (true, true):
            report(r, "speedKmh", "give either travelMin or speedKmh, not both")
        case (false, false):
            report(r, nil, "a road needs travelMin or speedKmh")
        case (false, true):
            if let speed {
                if speed > 0 {
                    minutes = length / speed * 60
                } else {
                    report(r, "speedKmh", "must be positive (got \(Self.show(speed)))")
                }
            }
        case (true, false):
            break
        }
        return Road(
            from: from, to: to, length: Kilometres(length), travelTime: Minutes(minutes),
            closed: optionalBool(r, "closed") ?? false, name: optionalString(r, "name") ?? "",
            oneWay: optionalBool(r, "oneWay") ?? false, shape: shape(r))
    }

    /// A road's optional `shape` (``RoadShape``); a malformed one is reported naming the field.
    mutating func shape(_ r: Record) -> [Coordinate] {
        guard let text = optionalString(r, "shape") else { return [] }
        switch RoadShape.parse(text) {
        case .success(let points): return points
        case .failure(let why):
            report(r, "shape", why.message)
            return []
        }
    }

    mutating func vehicleType(_ r: Record) -> VehicleType {
        let id = string(r, "id")
        return VehicleType(
            id: VehicleType.ID(id), name: name(r, id: id), capacity: Kilograms(number(r, "capacityKg")),
            refrigerated: bool(r, "refrigerated"), costPerKm: Yuan(number(r, "costPerKm")),
            fixedCostPerDay: Yuan(number(r, "fixedCostPerDay")),
            refrigerationCostPerHour: Yuan(optionalNumber(r, "refrigerationCostPerHour") ?? 0),
            count: integer(r, "count"), homeDepot: optionalString(r, "homeDepot").map { Depot.ID($0) },
            maxShift: Minutes(optionalNumber(r, "maxShiftMin") ?? 600),
            maxTrips: optionalInteger(r, "maxTrips"), speedFactor: optionalNumber(r, "speedFactor") ?? 1)
    }

    /// The top-level scalars other than `format`, `version` and `coordinates` (read first, by the caller).
    mutating func networkSettings(_ r: Record, defaultName: String, coordinates: CoordinateSystem) -> CountyNetwork {
        var network = CountyNetwork(
            name: optionalString(r, "name") ?? defaultName, coordinateSystem: coordinates,
            circuityFactor: optionalNumber(r, "circuityFactor") ?? 1.3,
            defaultSpeedKmh: optionalNumber(r, "defaultSpeedKmh") ?? 40,
            driverCostPerHour: Yuan(optionalNumber(r, "driverCostPerHour") ?? 30))
        network.travelMatrix = optionalString(r, "travelMatrix")
        return network
    }

    /// Checks `format`, `version` and `coordinates`; `nil` (with problems recorded) when they are wrong,
    /// since nothing else in the file can be read reliably then.
    mutating func header(_ r: Record) -> CoordinateSystem? {
        let before = problems.count
        if let format = optionalString(r, "format") {
            if format != NetworkSchema.format {
                report(r, "format", "expected \"\(NetworkSchema.format)\", got \"\(format)\"")
            }
        } else if !r.has("format"), let missing = r.missing("format") {
            problems.add(missing)
        }
        if let version = optionalInteger(r, "version") {
            if version != CountyNetwork.formatVersion {
                report(r, "version", "unsupported version \(version) (this program reads version \(CountyNetwork.formatVersion))")
            }
        } else if !r.has("version"), let missing = r.missing("version") {
            problems.add(missing)
        }
        let names = CoordinateSystem.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " or ")
        var system: CoordinateSystem?
        if let text = optionalString(r, "coordinates") {
            system = CoordinateSystem(rawValue: text)
            if system == nil { report(r, "coordinates", "expected \(names), got \"\(text)\"") }
        } else if !r.has("coordinates"), let missing = r.missing("coordinates") {
            problems.add(missing)
        }
        return problems.count == before ? system : nil
    }
}
