import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting

/// What running one scenario produced: its network and options, the siting plan, the pickup
/// routes and dispatch (when planned), coverage, and what the independent checkers said.
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
    /// Reachable, assigned and collected (``PlanCoverage``); `nil` for a scenario not run.
    public var coverage: PlanCoverage?
    /// What each stage did and what stopped it; `nil` for a scenario not run.
    public var work: PlanResult.Work?
    /// The whole result of the scenario's ``Planner`` run; `nil` for a scenario not run.
    public var result: PlanResult?
    /// Violations found by ``SitingPlanChecker`` (empty for a sound plan).
    public var sitingViolations: [String]
    /// Problems found by ``PickupPlanChecker`` and ``ExpressPlanChecker`` (empty for sound routes).
    public var routeProblems: [String]
    /// Wall-clock seconds: planning (siting, routes, dispatch: ``PlanResult/Timings/planning``) and
    /// the independent checks.
    public var planningSeconds: Double
    public var checkSeconds: Double
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
        pickup: PickupPlan?, express: ExpressPlan? = nil, coverage: PlanCoverage? = nil, sitingViolations: [String],
        routeProblems: [String], planningSeconds: Double, checkSeconds: Double
    ) {
        self.express = express
        self.scenario = scenario
        self.network = network
        self.options = options
        self.settings = settings
        self.siting = siting
        self.pickup = pickup
        self.coverage = coverage
        self.sitingViolations = sitingViolations
        self.routeProblems = routeProblems
        self.planningSeconds = planningSeconds
        self.checkSeconds = checkSeconds
    }

    /// The outcome of one ``Planner`` run of the scenario.
    public init(scenario: Scenario, network: CountyNetwork, options: SitingOptions, settings: RunSettings,
                result: PlanResult) {
        self.init(
            scenario: scenario, network: network, options: options, settings: settings, siting: result.siting,
            pickup: result.pickup, express: result.express, coverage: result.coverage,
            sitingViolations: result.checks.siting, routeProblems: result.checks.routes + result.checks.dispatch,
            planningSeconds: result.timings.planning, checkSeconds: result.timings.checks)
        work = result.work
        self.result = result
        interrupted = result.interrupted
    }
}
