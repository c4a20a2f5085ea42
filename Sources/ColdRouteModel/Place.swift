/// A place of a network, by kind and index into the network's array of that kind.
///
/// `.village(3)` is `network.villages[3]`. Places are what roads join and what travel is measured between.
public enum Place: Hashable, Sendable {
    case village(Int)
    case depot(Int)
    case agency(Int)
    case junction(Int)

    /// The index into the array of its kind.
    public var index: Int {
        switch self {
        case .village(let i), .depot(let i), .agency(let i), .junction(let i): return i
        }
    }

    /// The kind in words: `village`, `depot`, `agency`, `junction`.
    public var kindName: String {
        switch self {
        case .village: return "village"
        case .depot: return "depot"
        case .agency: return "agency"
        case .junction: return "junction"
        }
    }
}

/// Travel between two places: how long it takes and how far it is.
public struct Leg: Hashable, Sendable {
    public var time: Minutes
    public var distance: Kilometres

    public init(time: Minutes, distance: Kilometres) {
        self.time = time
        self.distance = distance
    }

    public static let zero = Leg(time: .zero, distance: .zero)
}

extension CountyNetwork {
    /// Every place of the network: villages, then depots, agencies and junctions, each in array order.
    public var allPlaces: [Place] {
        villages.indices.map(Place.village) + depots.indices.map(Place.depot)
            + agencies.indices.map(Place.agency) + junctions.indices.map(Place.junction)
    }

    /// The place whose id is `id` (ids are unique across kinds in a valid network; the first match wins).
    ///
    /// Complexity: O(n) in the number of places; build a dictionary from ``allPlaces`` for many lookups.
    public func place(id: String) -> Place? {
        if let i = villages.firstIndex(where: { $0.id.rawValue == id }) { return .village(i) }
        if let i = depots.firstIndex(where: { $0.id.rawValue == id }) { return .depot(i) }
        if let i = agencies.firstIndex(where: { $0.id.rawValue == id }) { return .agency(i) }
        if let i = junctions.firstIndex(where: { $0.id.rawValue == id }) { return .junction(i) }
        return nil
    }

    /// The id of a place as written in the file.
    public func id(of place: Place) -> String {
        switch place {
        case .village(let i): return villages[i].id.rawValue
        case .depot(let i): return depots[i].id.rawValue
        case .agency(let i): return agencies[i].id.rawValue
        case .junction(let i): return junctions[i].id.rawValue
        }
    }

    /// The name of a place.
    public func name(of place: Place) -> String {
        switch place {
        case .village(let i): return villages[i].name
        case .depot(let i): return depots[i].name
        case .agency(let i): return agencies[i].name
        case .junction(let i): return junctions[i].name
        }
    }

    /// Where a place is.
    public func location(of place: Place) -> Coordinate {
        switch place {
        case .village(let i): return villages[i].location
        case .depot(let i): return depots[i].location
        case .agency(let i): return agencies[i].location
        case .junction(let i): return junctions[i].location
        }
    }

    /// `village V17 Shangling` (the name only when it differs from the id), for messages.
    public func label(of place: Place) -> String {
        let id = id(of: place), name = name(of: place)
        return name.isEmpty || name == id ? "\(place.kindName) \(id)" : "\(place.kindName) \(id) \(name)"
    }
}
