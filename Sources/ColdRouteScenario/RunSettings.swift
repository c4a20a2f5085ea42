/// How a scenario is solved: limits, seed, and what to plan.
///
/// The defaults keep one demo-county scenario to about half a minute on one core, so a folder of
/// scenarios compares in a couple of minutes.
public struct RunSettings: Hashable, Sendable, Codable {
    /// Wall-clock limit for the whole scenario (siting + routes), in seconds.
    public var timeLimit: Double = 20
    /// Seconds for the route search, within ``timeLimit``.
    public var routeTime: Double = 5
    /// Random seed for the route search.
    public var seed: UInt64 = 1
    /// Stop each depot's route search after this many iterations (`nil`: on its clock only). With
    /// a seed, the routes are then the same on every run unless `routeTime` runs out first.
    public var routeIterations: Int?
    /// Serve each village from one depot only.
    public var singleSource: Bool = false
    /// Relative MIP gap at which siting stops.
    public var gap: Double = 1e-6
    /// Plan pickup routes after siting.
    public var routes: Bool = true

    public init() {}
}
