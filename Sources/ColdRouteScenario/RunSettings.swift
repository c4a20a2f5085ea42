import ColdRoutePlanning
import ColdRouteSiting

/// How a scenario is solved: limits, seed, and what to plan.
///
/// The defaults keep one demo-county scenario to about half a minute on one core, so a folder of
/// scenarios compares in a couple of minutes.
public struct RunSettings: Hashable, Sendable, Codable {
    /// Wall-clock limit for the whole scenario (siting + routes), in seconds.
    public var timeLimit: Double = 20
    /// Seconds for the route search, within ``timeLimit`` (`nil`: as `plan`, 10 s without
    /// ``routeIterations`` and no separate limit with them).
    public var routeTime: Double?
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

    /// The request `plan` would get for these settings: the same pipeline (rounds, regions, one
    /// deadline), the scenario's time limit for the whole run.
    public func request(options: SitingOptions) -> PlanRequest {
        PlanRequest(
            options: options, routes: routes, seed: seed, routeIterations: routeIterations,
            timeLimit: .milliseconds(Int64(timeLimit * 1000)),
            routeTime: routeTime.map { .milliseconds(Int64($0 * 1000)) }
                ?? (routeIterations == nil ? PlanRequest.defaultRouteTime : nil))
    }
}
