/// Misuse of the facility-location API (bad input). Infeasible or time-limited runs are results,
/// not errors: see ``FacilityLocationStatus``.
public struct FacilityLocationError: Error, Equatable, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { message }

    static func invalidInstance(_ detail: String) -> FacilityLocationError {
        FacilityLocationError(message: "invalid facility-location instance: \(detail)")
    }
}
