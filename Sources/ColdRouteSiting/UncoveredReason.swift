import ColdRouteModel

/// Why some supply is left uncovered by a siting plan, as data: the rule that keeps it from every
/// open depot, with the ids and numbers involved, and a closed site that could serve it.
///
/// Library modules do not word sentences for people in a language: the report layer renders a
/// reason through its catalog (`Catalog.words(for:)` in ColdRouteReport, keys `reason.uncovered.*`).
/// ``description`` is the English wording that files for programs carry (`plan.json`, the VROOM
/// `reason`, the GeoJSON `uncovered_reason`); the English catalog gives the same text.
///
/// Encoded as that English string, so `plan.json` reads as before; a reason decoded from a file is
/// ``Cause/described(_:)``, shown as written.
public struct UncoveredReason: Hashable, Sendable, WordedReason {
    /// A vehicle type's fleet, as an uncovered reason names it: `Van (3 × 480 min shifts)`.
    public struct Fleet: Hashable, Sendable {
        public var name: String
        public var count: Int
        public var shift: Minutes
        /// How many times the full-load estimate's vehicle-minutes per kg a vehicle of this type
        /// really needs, as routes have shown (``SitingInstance/fleetScale``); 1 when not calibrated.
        public var calibration: Double

        public init(name: String, count: Int, shift: Minutes, calibration: Double = 1) {
            self.name = name
            self.count = count
            self.shift = shift
            self.calibration = calibration
        }

        /// The calibration rounded to one decimal, when there is one to tell.
        public var calibrationShown: Double? { calibration > 1 + 1e-9 ? (calibration * 10).rounded() / 10 : nil }
    }

    /// Where legs come from, for "no leg" reasons.
    public enum LegSource: Hashable, Sendable {
        case roads
        case straightLines
        /// An imported travel matrix, by its source (a file name or a service).
        case matrix(String)
    }

    /// The rule that keeps the supply out. Depots are named by their label (`D2 South candidate`,
    /// or the id alone when the name is the id); products by their name.
    public enum Cause: Hashable, Sendable {
        case noDepotOpen
        /// Every open depot within shelf life is at capacity.
        case depotsFull(depots: [String])
        /// No vehicle type that could bring it in time has any vehicle-minutes.
        case noWorkingTime(fleet: [Fleet])
        /// Every vehicle type that could bring it in time is used for its whole fleet time.
        case fleetBusy(fleet: [Fleet])
        /// Every open depot that could take it in time is full or has only fully used vehicle types.
        case depotsFullAndFleetBusy(depots: [String], fleet: [Fleet])
        /// The cheapest open depot within shelf life costs more per kg than the produce is worth.
        case costsMoreThanValue(depot: String, costPerKg: Yuan, product: String, valuePerKg: Yuan)
        /// Servable and worth it, but the (time-limited) plan left it out.
        case notProvenOptimal
        /// Within shelf life of an open depot, but its pickup window and the receiving hours cannot both be met.
        case windowMissed(depot: String, travel: Minutes, pickupEnd: Minutes, receivingOpen: Minutes, receivingClose: Minutes)
        /// Cooled produce reaches the depot too late for every express agency's cut-off.
        case cutoffMissed(depot: String, arrival: Minutes)
        /// The nearest open depot is further than the shelf life.
        case shelfLifeExceeded(depot: String, travel: Minutes, product: String, shelfLife: Minutes, refrigerated: Bool)
        /// Every vehicle type that can be based at the open depots has count 0 (their ids).
        case noVehicles(types: [String])
        /// No vehicle type can be based at the open depots.
        case noVehicleType
        /// No leg joins the village and any open depot.
        case noRoute(LegSource)
        /// The siting assigned it to `depot` (by its label), but that depot's routes cannot collect
        /// it (the planner trims the assignments to what routes collect: ColdRoutePlanning's
        /// `CollectedAssignment`). Reachable, not assigned.
        case notCollected(depot: String, shortfall: RouteShortfall)
        /// A stop request came before the village's region was planned (``SitingPlan/unplanned(network:options:message:)``).
        case interrupted
        /// A reason read from a file, as it was written.
        case described(String)
    }

    public var cause: Cause
    /// A closed candidate site that could serve the supply, by its label.
    public var closedSite: String?

    public init(_ cause: Cause, closedSite: String? = nil) {
        self.cause = cause
        self.closedSite = closedSite
    }

    public static func described(_ text: String) -> UncoveredReason { UncoveredReason(.described(text)) }

    /// The English wording (the words `plan` has always printed).
    public var description: String {
        var text = cause.description
        if let closedSite { text += "; closed site \(closedSite) could serve it" }
        return text
    }
}

extension UncoveredReason.Cause: CustomStringConvertible {
    public var description: String {
        func minutes(_ m: Minutes) -> String { "\(Int(saturating: m.value)) min" }
        func money(_ y: Yuan) -> String { "\((y.value * 100).rounded() / 100) yuan" }
        func fleet(_ list: [UncoveredReason.Fleet]) -> String {
            list.map {
                "\($0.name) (\($0.count) × \(minutes($0.shift)) shifts"
                    + ($0.calibrationShown.map { ", routes show a vehicle collects 1/\($0) of the full-load estimate" } ?? "") + ")"
            }.joined(separator: ", ")
        }
        switch self {
        case .noDepotOpen:
            return "no depot is open"
        case let .depotsFull(depots):
            return "the open depots within shelf life (" + depots.joined(separator: ", ") + ") are full"
        case let .noWorkingTime(list):
            return "no vehicle that could bring it in time has working time: " + fleet(list)
        case let .fleetBusy(list):
            return "every vehicle that could bring it in time is fully used: " + fleet(list)
        case let .depotsFullAndFleetBusy(depots, list):
            return "the open depots with free vehicles for it (" + depots.joined(separator: ", ")
                + ") are full, and every vehicle that could bring it in time is fully used: " + fleet(list)
        case let .costsMoreThanValue(depot, costPerKg, product, valuePerKg):
            return "serving it via \(depot) would cost \(money(costPerKg))/kg, more than \(product)'s value of \(money(valuePerKg))/kg"
        case .notProvenOptimal:
            return "left out by a plan that is not proven optimal (see the gap)"
        case let .windowMissed(depot, travel, pickupEnd, receivingOpen, receivingClose):
            return "\(depot) is \(minutes(travel)) away, but loading by \(pickupEnd.clockString) cannot "
                + "arrive within its receiving hours \(receivingOpen.clockString)–\(receivingClose.clockString)"
        case let .cutoffMissed(depot, arrival):
            return "\(depot) is reached by \(arrival.clockString), too late for every express agency's cut-off"
        case let .shelfLifeExceeded(depot, travel, product, shelfLife, refrigerated):
            return "nearest open depot \(depot) is \(minutes(travel)) away, \(product.lowercased()) shelf life \(minutes(shelfLife)) "
                + (refrigerated ? "refrigerated" : "ambient")
        case let .noVehicles(types):
            return "every vehicle type that can be based at the open depots has count 0 (" + types.joined(separator: ", ") + ")"
        case .noVehicleType:
            return "no vehicle type can be based at the open depots"
        case let .noRoute(source):
            switch source {
            case .roads: return "no open road leads to an open depot"
            case .straightLines: return "no straight line to an open depot"
            case let .matrix(name): return "the travel matrix (\(name)) has no route to an open depot"
            }
        case let .notCollected(depot, shortfall):
            return "the routes of \(depot) cannot collect it: " + shortfall.description
        case .interrupted:
            return "interrupted: planning was stopped before its region was planned"
        case let .described(text):
            return text
        }
    }
}
