import ColdRouteModel
import ColdRouteRouting
import ColdRouteSiting

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

    /// The reason as the siting layer holds it (``UncoveredReason/Cause/notCollected(depot:shortfall:)``):
    /// the depot-level reasons as themselves, one wording for both layers; any other in its English words.
    public var routeShortfall: UncoveredReason.RouteShortfall {
        switch self {
        case .noVehicleAtDepot: .noVehicleAtDepot
        case let .fleetBusy(vehicles): .fleetBusy(vehicles: vehicles)
        case let .noPlaceFound(used, vehicles): .noPlaceFound(used: used, vehicles: vehicles)
        default: .other(description)
        }
    }

    public var description: String {
        switch self {
        case .noVehicleAtDepot, .fleetBusy, .noPlaceFound:
            routeShortfall.description
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
