import ColdRouteModel

/// Why a route's produce reaches no express agency, as data.
///
/// The report layer words it in the output language (keys `reason.missed.*`); ``description`` is
/// the English wording of `plan.json`. Encoded as that string; decoded from a file as ``described(_:)``.
public enum MissedReason: Hashable, Sendable, WordedReason {
    /// The route is back at the depot at this time, after every agency's cut-off.
    case tooLate(back: Minutes)
    /// The agencies reachable in time have no capacity left.
    case agenciesFull
    /// A reason read from a file, as it was written.
    case described(String)

    public var description: String {
        switch self {
        case let .tooLate(back): "back at \(back.clockString), too late for every agency's cut-off"
        case .agenciesFull: "the agencies reachable in time are full"
        case let .described(text): text
        }
    }
}
