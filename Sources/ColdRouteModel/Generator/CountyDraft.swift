import Foundation

/// A place the generator has laid out: its kind, its index in that kind's table, where it is.
struct DraftNode {
    enum Kind { case village, depot, agency, junction }
    let kind: Kind
    let index: Int
    let point: KmPoint
    let location: Coordinate
}

/// The network under construction: places and roads laid out by ``NetworkGenerator``, with ids
/// assigned only at the end (``network(name:products:vehicleTypes:)``), once the counts are known,
/// so they can be zero-padded (`V0001`…) and sort naturally.
struct CountyDraft {
    struct DraftRoad {
        let from: DraftNode
        let to: DraftNode
        let length: Double
        let minutes: Double
        let closed: Bool
        let name: String
    }

    let frame: LocalFrame
    private(set) var villages: [Village] = []
    private(set) var depots: [Depot] = []
    private(set) var agencies: [Agency] = []
    private(set) var junctions: [Junction] = []
    private(set) var roads: [DraftRoad] = []

    init(frame: LocalFrame) { self.frame = frame }

    // MARK: - Places (ids are placeholders until `network`)

    mutating func junction(_ name: String, at p: KmPoint) -> DraftNode {
        let c = frame.coordinate(p)
        junctions.append(Junction(id: "", name: name, location: c))
        return DraftNode(kind: .junction, index: junctions.count - 1, point: p, location: c)
    }

    mutating func village(_ template: Village, at p: KmPoint) -> DraftNode {
        var v = template
        v.location = frame.coordinate(p)
        villages.append(v)
        return DraftNode(kind: .village, index: villages.count - 1, point: p, location: v.location)
    }

    mutating func depot(_ template: Depot, at p: KmPoint) -> DraftNode {
        var d = template
        d.location = frame.coordinate(p)
        depots.append(d)
        return DraftNode(kind: .depot, index: depots.count - 1, point: p, location: d.location)
    }

    mutating func agency(_ template: Agency, at p: KmPoint) -> DraftNode {
        var a = template
        a.location = frame.coordinate(p)
        agencies.append(a)
        return DraftNode(kind: .agency, index: agencies.count - 1, point: p, location: a.location)
    }

    /// Changes a village's supply (used to make sure every product is grown somewhere).
    mutating func setSupply(village: Int, _ supply: [Product.ID: Kilograms]) {
        villages[village].supply = supply
    }

    // MARK: - Roads

    /// Lays a two-way road of class `cls` between two places.
    ///
    /// Its length is the great-circle distance of the two (rounded) coordinates times a winding
    /// factor drawn from the class's range, rounded *up* to 0.1 km (at least 0.1 km), so a road is
    /// never shorter than the straight line. Travel time is length ÷ a speed drawn from the class,
    /// in whole minutes (at least 1).
    mutating func road(
        _ a: DraftNode, _ b: DraftNode, _ cls: RoadClass, name: String, closed: Bool = false,
        using rng: inout some RandomNumberGenerator
    ) {
        let straight = a.location.distance(to: b.location, in: .lonLat).value
        let winding = rng.uniform(cls.winding.lo, cls.winding.hi)
        let speed = Double(rng.integer(cls.speedKmh))
        var length = max(0.1, ((straight * winding * 10).rounded(.up)) / 10)
        while length < straight { length = ((length * 10).rounded(.down) + 1) / 10 }
        let minutes = max(1, (length / speed * 60).rounded())
        roads.append(DraftRoad(from: a, to: b, length: length, minutes: minutes, closed: closed, name: name))
    }

    // MARK: - Finishing

    /// The finished network, with ids `V…`, `D…`, `A…`, `J…` zero-padded to a common width per table
    /// (villages and junctions at least two digits, like the demo county's `V01` and `J01`).
    func network(name: String, products: [Product], vehicleTypes: [VehicleType]) -> CountyNetwork {
        let vw = Self.width(villages.count), dw = String(depots.count).count
        let aw = String(agencies.count).count, jw = Self.width(junctions.count)
        func id(_ node: DraftNode) -> String {
            switch node.kind {
            case .village: Self.id("V", node.index, vw)
            case .depot: Self.id("D", node.index, dw)
            case .agency: Self.id("A", node.index, aw)
            case .junction: Self.id("J", node.index, jw)
            }
        }
        var villages = villages, depots = depots, agencies = agencies, junctions = junctions
        for i in villages.indices { villages[i].id = Village.ID(Self.id("V", i, vw)) }
        for i in depots.indices { depots[i].id = Depot.ID(Self.id("D", i, dw)) }
        for i in agencies.indices { agencies[i].id = Agency.ID(Self.id("A", i, aw)) }
        for i in junctions.indices { junctions[i].id = Junction.ID(Self.id("J", i, jw)) }
        for i in villages.indices where villages[i].name.isEmpty { villages[i].name = villages[i].id.rawValue }
        let roads = roads.map {
            Road(from: id($0.from), to: id($0.to), length: Kilometres($0.length), travelTime: Minutes($0.minutes),
                 closed: $0.closed, name: $0.name)
        }
        return CountyNetwork(
            name: name, coordinateSystem: .lonLat, circuityFactor: 1.4, defaultSpeedKmh: 30,
            driverCostPerHour: Yuan(30), products: products, villages: villages, depots: depots,
            agencies: agencies, junctions: junctions, roads: roads, vehicleTypes: vehicleTypes)
    }

    /// The id of depot `index` as ``network(name:products:vehicleTypes:)`` will write it.
    func depotID(_ index: Int) -> Depot.ID {
        Depot.ID(Self.id("D", index, String(depots.count).count))
    }

    /// Digits needed for 1-based numbers up to `count`, at least 2 (`V01`, like the demo county).
    static func width(_ count: Int) -> Int { max(2, String(max(1, count)).count) }

    static func id(_ prefix: String, _ index: Int, _ width: Int) -> String {
        let digits = String(index + 1)
        return prefix + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
