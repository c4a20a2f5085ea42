import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting

/// What running one scenario produced: its network and options, the siting plan, the pickup
/// routes (when planned), and what the independent checkers said.
public struct ScenarioOutcome: Sendable {
    public var scenario: Scenario
    /// The scenario's network (the base network with the scenario applied).
    public var network: CountyNetwork
    public var options: SitingOptions
    public var settings: RunSettings
    public var siting: SitingPlan
    public var pickup: PickupPlan?
    /// Dispatch to the express agencies and the whole day's cost (when routes were planned).
    public var express: ExpressPlan?
    /// Violations found by ``SitingPlanChecker`` (empty for a sound plan).
    public var sitingViolations: [String]
    /// Problems found by ``PickupPlanChecker`` (empty for sound routes).
    public var routeProblems: [String]
    /// Wall-clock seconds for siting and for routes.
    public var sitingSeconds: Double
    public var routeSeconds: Double
    /// Whether a ``StopSignal`` cut this scenario short (its plans are the best found so far) or
    /// kept it from starting (``notRun``).
    public var interrupted = false
    /// Whether the scenario was never started because of a stop request (its siting plan is then
    /// empty, status `noSolution`).
    public var notRun = false

    /// Whether both independent checks passed.
    public var passedChecks: Bool { sitingViolations.isEmpty && routeProblems.isEmpty }

    public init(
        scenario: Scenario, network: CountyNetwork, options: SitingOptions, settings: RunSettings, siting: SitingPlan,
        pickup: PickupPlan?, express: ExpressPlan? = nil, sitingViolations: [String], routeProblems: [String],
        sitingSeconds: Double, routeSeconds: Double
    ) {
        self.express = express
        self.scenario = scenario
        self.network = network
        self.options = options
        self.settings = settings
        self.siting = siting
        self.pickup = pickup
        self.sitingViolations = sitingViolations
        self.routeProblems = routeProblems
        self.sitingSeconds = sitingSeconds
        self.routeSeconds = routeSeconds
    }
}
