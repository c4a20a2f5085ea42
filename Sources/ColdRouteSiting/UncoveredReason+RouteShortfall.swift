import ColdRouteModel

extension UncoveredReason {
    /// Why the routes of a depot could not collect supply the siting first assigned to it: the
    /// route planner's reason, as data the siting layer can hold (it knows nothing of routing).
    /// ``UncoveredReason/Cause/notCollected(depot:shortfall:)`` carries it when the planner trims
    /// the assignments to what routes collect (ColdRoutePlanning, `CollectedAssignment`).
    public enum RouteShortfall: Hashable, Sendable {
        /// No vehicle is based at or allotted to the depot.
        case noVehicleAtDepot
        /// All `vehicles` of the depot are busy for the day.
        case fleetBusy(vehicles: Int)
        /// The route search found no feasible place (`used` of the depot's `vehicles` used).
        case noPlaceFound(used: Int, vehicles: Int)
        /// Another reason of the route search, in English.
        case other(String)

        /// The English wording (as the pickup plan words the same reason).
        public var description: String {
            switch self {
            case .noVehicleAtDepot:
                "no vehicle is based at or allotted to this depot"
            case let .fleetBusy(vehicles):
                "a trip of its own would pay for itself, but all \(vehicles) vehicles of the depot "
                    + "are busy: their shifts, trips and unloading leave no room for it"
            case let .noPlaceFound(used, vehicles):
                "the route search found no feasible place for it (\(used) of the depot's \(vehicles) vehicles used)"
            case let .other(text):
                text
            }
        }
    }
}
