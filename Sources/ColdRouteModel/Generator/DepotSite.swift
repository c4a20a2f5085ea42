/// A place for a depot, and the kind of cold store that would stand there.
struct DepotSite {
    /// Kinds of cold store, from the county's main store down to a mountain cold room.
    enum Kind {
        /// The existing county cold store at the seat.
        case countyStore
        /// The existing cold store of the first market town.
        case townStore
        /// A large candidate site in a logistics park beside the trunk road.
        case logisticsPark
        /// A candidate township pre-cooling centre in an easy valley.
        case preCooling
        /// A small candidate cold room up a remote valley.
        case mountainRoom

        var status: Depot.Status { self == .countyStore || self == .townStore ? .existing : .candidate }

        /// Capacity as a multiple of the average supply per depot, before a ±20 % draw.
        var capacityFactor: Double {
            switch self {
            case .countyStore: 3
            case .townStore: 2
            case .logisticsPark: 2.5
            case .preCooling: 1.1
            case .mountainRoom: 0.6
            }
        }

        /// The least capacity, kg/day.
        var minimumCapacity: Double {
            switch self {
            case .countyStore: 8000
            case .townStore, .logisticsPark: 6000
            case .preCooling: 3000
            case .mountainRoom: 2000
            }
        }

        /// Fixed part of the daily opening (or running) cost, yuan; 0.03 yuan per kg of capacity is added.
        var fixedCost: Double {
            switch self {
            case .countyStore: 300
            case .townStore, .preCooling: 200
            case .logisticsPark: 400
            case .mountainRoom: 150
            }
        }

        var handlingCostPerKg: [Double] {
            switch self {
            case .countyStore: [0.06]
            case .townStore: [0.07]
            case .logisticsPark: [0.04, 0.05]
            case .preCooling: [0.07, 0.08]
            case .mountainRoom: [0.09, 0.10]
            }
        }

        /// Receiving hours (minutes since midnight) to choose from.
        var hours: [(open: Double, close: Double)] {
            switch self {
            case .countyStore, .logisticsPark: [(360, 1200)]
            case .townStore: [(360, 1170)]
            case .preCooling: [(390, 1170), (390, 1140)]
            case .mountainRoom: [(420, 1140)]
            }
        }

        func name(_ place: String) -> String {
            switch self {
            case .countyStore: "\(place) county cold store"
            case .townStore: "\(place) market-town cold store"
            case .logisticsPark: "\(place) logistics park cold store"
            case .preCooling: "\(place) pre-cooling centre"
            case .mountainRoom: "\(place) mountain cold room"
            }
        }
    }

    let kind: Kind
    /// The place it is named after (a town or a valley).
    let name: String
    let point: KmPoint
    /// The road node it is linked to, and by what class of road.
    let link: DraftNode
    let linkClass: RoadClass
}
