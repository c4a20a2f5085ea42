import ColdRouteIO
import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Foundation

/// Runs scenarios, each through ``Planner`` (the pipeline of `plan`: siting ↔ routing rounds,
/// regions, dispatch, one deadline, the three independent checkers).
///
/// ``run(_:jobs:seed:routeIterations:stop:progress:)`` runs scenarios on `jobs` worker threads.
/// Each scenario runs start to finish on one thread, so its GLPK calls are synchronous on that
/// thread (GLPK keeps its state per thread) and no solver state crosses threads or suspension
/// points.
///
/// A ``StopSignal`` makes the running scenarios return their best plans so far (marked
/// ``ScenarioOutcome/interrupted``); the scenarios not started yet come back as
/// ``ScenarioOutcome/notRun``. Outcomes depend only on each scenario and its seed, not on which
/// thread ran it or when: with an iteration-bounded route search a comparison is reproducible.
public enum ScenarioRunner {
    /// A scenario that is ready to run: read, applied to its base network, and validated.
    public struct Prepared: Sendable {
        public var scenario: Scenario
        public var network: CountyNetwork
        public var options: SitingOptions
        public var settings: RunSettings
        /// The travel model of ``network`` when it is not the road model (an imported matrix, built
        /// once by the caller); `nil`: the planner builds the road model.
        public var travel: TravelModel?

        public init(scenario: Scenario, network: CountyNetwork, options: SitingOptions, settings: RunSettings) {
            self.scenario = scenario
            self.network = network
            self.options = options
            self.settings = settings
        }
    }

    /// Called when a scenario finishes: index in the input, number finished so far, the outcome.
    public typealias Progress = @Sendable (_ index: Int, _ finished: Int, _ outcome: ScenarioOutcome) -> Void

    /// Reads a scenario file and applies it to its base network.
    public static func prepare(path: String) throws(InputError) -> Prepared {
        let scenario = try ScenarioReader.read(path: path)
        let (network, options, settings) = try scenario.load()
        return Prepared(scenario: scenario, network: network, options: options, settings: settings)
    }

    /// Runs one scenario on the calling thread: exactly `plan`'s pipeline (``Planner``) on the
    /// scenario's network with the scenario's request (``RunSettings/request(options:)``). `seed`
    /// and `routeIterations` replace the scenario's own. Throws only when the solver fails
    /// (misuse); limits and infeasibility are results.
    public static func run(_ prepared: Prepared, seed: UInt64? = nil, routeIterations: Int? = nil,
                           stop: StopSignal? = nil) throws -> ScenarioOutcome
    {
        var settings = prepared.settings
        if let seed { settings.seed = seed }
        if let routeIterations { settings.routeIterations = routeIterations }
        let result = try Planner.plan(network: prepared.network, request: settings.request(options: prepared.options),
                                      stop: stop, travel: prepared.travel)
        return ScenarioOutcome(scenario: prepared.scenario, network: prepared.network, options: prepared.options,
                               settings: settings, result: result)
    }

    /// The outcome of a scenario a stop request kept from starting: no plan, nothing checked.
    public static func notRun(_ prepared: Prepared) -> ScenarioOutcome {
        var outcome = ScenarioOutcome(
            scenario: prepared.scenario, network: prepared.network, options: prepared.options, settings: prepared.settings,
            siting: SitingPlan.notRun(network: prepared.network, message: "not run: interrupted before this scenario started"),
            pickup: nil, sitingViolations: [], routeProblems: [], planningSeconds: 0, checkSeconds: 0)
        outcome.interrupted = true
        outcome.notRun = true
        return outcome
    }

    /// Runs every scenario on `jobs` worker threads (at least 1) and returns the outcomes in input
    /// order. The first solver failure is rethrown after all threads finish. Once `stop` is set,
    /// no scenario starts: each one left is returned as ``notRun(_:)`` (and not reported to `progress`).
    public static func run(_ scenarios: [Prepared], jobs: Int, seed: UInt64? = nil, routeIterations: Int? = nil,
                           stop: StopSignal? = nil, progress: Progress? = nil) throws -> [ScenarioOutcome] {
        let state = SharedState(count: scenarios.count)
        let workers = max(1, min(jobs, scenarios.count))
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                while stop?.isStopped != true, let index = state.next() {
                    do {
                        let outcome = try run(scenarios[index], seed: seed, routeIterations: routeIterations, stop: stop)
                        let finished = state.finish(index, outcome)
                        progress?(index, finished, outcome)
                    } catch {
                        state.fail(error)
                    }
                }
            }
            thread.stackSize = 16 << 20
            thread.start()
        }
        group.wait()
        return try state.results().enumerated().map { $1 ?? notRun(scenarios[$0]) }
    }

    /// The work queue and results, behind one lock.
    private final class SharedState: @unchecked Sendable {
        private let lock = NSLock()
        private var nextIndex = 0
        private var finished = 0
        private var outcomes: [ScenarioOutcome?]
        private var error: (any Error)?

        init(count: Int) { outcomes = Array(repeating: nil, count: count) }

        func next() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard error == nil, nextIndex < outcomes.count else { return nil }
            nextIndex += 1
            return nextIndex - 1
        }

        func finish(_ index: Int, _ outcome: ScenarioOutcome) -> Int {
            lock.lock()
            defer { lock.unlock() }
            outcomes[index] = outcome
            finished += 1
            return finished
        }

        func fail(_ error: any Error) {
            lock.lock()
            defer { lock.unlock() }
            if self.error == nil { self.error = error }
        }

        /// The outcomes in input order; `nil` for scenarios never started.
        func results() throws -> [ScenarioOutcome?] {
            lock.lock()
            defer { lock.unlock() }
            if let error { throw error }
            return outcomes
        }
    }
}
