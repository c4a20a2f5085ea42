import ColdRouteModel
import ColdRouteRouting

/// Why supply assigned to a depot is not collected by any of its routes, as data.
///
/// The report layer words it in the output language (keys `reason.unserved.*`); ``description`` is
/// the English wording that files for programs carry (`plan.json`, the VROOM `reason`). Encoded as
/// that English string, so `plan.json` reads as before; a reason decoded from a file is
/// ``described(_:)``, shown as written.
public enum UnservedReason: Hashable, Sendable, WordedReason {
    /// The depot has no vehicle based at it or allotted to it.
    case noVehicleAtDepot
    /// A trip of its own would pay, but all `vehicles` of the depot are busy for the day.
    case fleetBusy(vehicles: Int)
    /// A trip of its own would pay, yet the route search found no place (`used` of `vehicles` used).
    case noPlaceFound(used: Int, vehicles: Int)
    /// Planning was stopped (Ctrl-C, SIGTERM) before this depot's routes were planned.
    case interrupted
    /// The route search left it out for this reason.
    case routing(UnassignedReason)
    /// A reason read from a file, as it was written.
    case described(String)

    public var description: String {
        switch self {
        case .noVehicleAtDepot:
            "no vehicle is based at or allotted to this depot"
        case let .fleetBusy(vehicles):
            "a trip of its own would pay for itself, but all \(vehicles) vehicles of the depot "
                + "are busy: their shifts, trips and unloading leave no room for it"
        case let .noPlaceFound(used, vehicles):
            "the route search found no feasible place for it (\(used) of the depot's \(vehicles) vehicles used)"
        case .interrupted:
            "interrupted: planning was stopped before this depot's routes were planned"
        case .routing(.noFeasibleInsertion):
            "no vehicle of the depot's fleet can fit it into a route (fleet too small or windows too tight)"
        case .routing(.notProfitable):
            "collecting it would cost more than the produce is worth"
        case .routing(.interrupted):
            "interrupted: planning was stopped before a route was found for it"
        case let .routing(reason):
            reason.description
        case let .described(text):
            text
        }
    }
}
