import ColdRouteModel

/// Small networks built in code for the model tests.
enum Networks {
    static func village(_ id: String, _ x: Double, _ y: Double, supply: [Product.ID: Kilograms] = ["peach": Kilograms(500)]) -> Village {
        Village(id: Village.ID(id), name: id, location: Coordinate(x: x, y: y), supply: supply, readyTime: Minutes(360),
                pickupStart: Minutes(360), pickupEnd: Minutes(720), serviceTime: Minutes(10), lowIncomeHouseholds: 5)
    }

    static func depot(_ id: String, _ x: Double, _ y: Double) -> Depot {
        Depot(id: Depot.ID(id), name: id, location: Coordinate(x: x, y: y), status: .candidate,
              openingCostPerDay: Yuan(500), capacityPerDay: Kilograms(10_000), handlingCostPerKg: Yuan(0.05),
              receivingOpen: Minutes(360), receivingClose: Minutes(1200))
    }

    static func agency(_ id: String, _ x: Double, _ y: Double) -> Agency {
        Agency(id: Agency.ID(id), name: id, location: Coordinate(x: x, y: y), cutoff: Minutes(1080),
               handlingCostPerKg: Yuan(0.3), capacityPerDay: Kilograms(50_000))
    }

    static func junction(_ id: String, _ x: Double = 0, _ y: Double = 0) -> Junction {
        Junction(id: Junction.ID(id), name: id, location: Coordinate(x: x, y: y))
    }

    static func road(_ from: String, _ to: String, km: Double, min: Double, closed: Bool = false) -> Road {
        Road(from: from, to: to, length: Kilometres(km), travelTime: Minutes(min), closed: closed)
    }

    static let peach = Product(id: "peach", name: "Peach", shelfLifeAmbient: Minutes(240),
                               shelfLifeRefrigerated: Minutes(600), valuePerKg: Yuan(8))
    static let van = VehicleType(id: "van", name: "Van", capacity: Kilograms(1500), refrigerated: true,
                                 costPerKm: Yuan(2.6), fixedCostPerDay: Yuan(260), count: 2)

    /// One of everything, planar, no roads: valid.
    static func minimal() -> CountyNetwork {
        CountyNetwork(name: "Minimal", coordinateSystem: .planar, products: [peach], villages: [village("V1", 0, 0)],
                      depots: [depot("D1", 3, 4)], agencies: [agency("A1", 10, 0)], vehicleTypes: [van])
    }

    /// Five places where the fastest path from V1 to D1 is not the shortest:
    ///
    ///     V1 ──10 km, 20 min── J1 ──10 km, 20 min── D1      short: 20 km, 40 min
    ///     V1 ──15 km, 15 min── J2 ──10 km, 10 min── J3 ──5 km, 5 min── D1   fast: 30 km, 30 min
    static func fiveNodes() -> CountyNetwork {
        var n = minimal()
        n.depots = [depot("D1", 20, 0)]
        n.junctions = [junction("J1"), junction("J2"), junction("J3")]
        n.roads = [
            road("V1", "J1", km: 10, min: 20), road("J1", "D1", km: 10, min: 20),
            road("V1", "J2", km: 15, min: 15), road("J2", "J3", km: 10, min: 10), road("J3", "D1", km: 5, min: 5),
            road("D1", "A1", km: 12, min: 18),
        ]
        return n
    }
}
