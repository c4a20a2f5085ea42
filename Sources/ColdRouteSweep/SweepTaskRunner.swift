import ColdRouteIO
import ColdRouteModel
import ColdRoutePlanning
import ColdRouteReport
import ColdRouteScenario
import Foundation

/// Runs one sweep task in the calling process: reads the county, applies the scenario (or none,
/// for the baseline), sets the manifest's `[solver]` overrides and the task's seed, and plans
/// through ``ScenarioRunner`` — the one pipeline of `plan` and `compare` (``Planner``).
///
/// **Settings order.** The scenario's `[solver]` (or the defaults of ``RunSettings``), then the
/// manifest's `[solver]` keys, then the task's seed.
///
/// **Outcomes.** A plan (even an infeasible siting) is a ``SweepTaskRecord/Status/done`` record;
/// a county the scenario does not fit (an unknown id…) or an unreadable county is a failure with
/// exit code 1; a plan an independent checker rejects is a failure with exit code 70 (its result
/// kept); a solver error is a failure with exit code 70. A stop request (SIGTERM from `scancel`,
/// Ctrl-C) gives `nil`: no record, the task stays missing.
public enum SweepTaskRunner {
    public static func run(_ task: SweepTask, manifest: SweepManifest, stop: StopSignal? = nil,
                           execution: SweepTaskRecord.Execution = .init()) -> SweepTaskRecord? {
        var execution = execution
        let clock = ContinuousClock(), started = clock.now
        if execution.started == 0 { execution.started = Date().timeIntervalSince1970 }
        func failed(_ message: String, _ code: Int32, settings: RunSettings? = nil, result: PlanResult? = nil,
                    row: ComparisonRow? = nil) -> SweepTaskRecord {
            execution.finished = Date().timeIntervalSince1970
            execution.total += (clock.now - started).seconds
            return SweepTaskRecord(task: task, status: .failed, settings: settings, row: row, result: result,
                                   failure: .init(error: message, exitCode: code), execution: execution)
        }

        let prepared: ScenarioRunner.Prepared
        do throws(InputError) {
            prepared = try prepare(task, manifest: manifest)
        } catch {
            return failed("county \(task.county): \(error.description)", 1)
        }
        execution.loading = (clock.now - started).seconds
        if stop?.isStopped == true { return nil }

        let planStart = clock.now
        let outcome: ScenarioOutcome
        do {
            outcome = try ScenarioRunner.run(prepared, stop: stop)
        } catch {
            return failed("the solver failed: \(error)", 70, settings: prepared.settings)
        }
        if outcome.interrupted || stop?.isStopped == true { return nil }
        execution.planning = (clock.now - planStart).seconds
        let row = ComparisonRow(outcome)
        if !outcome.passedChecks {
            let problems = (outcome.sitingViolations + outcome.routeProblems).prefix(3).joined(separator: "; ")
            return failed("the plan failed an independent check (a bug): \(problems)", 70, settings: outcome.settings,
                          result: outcome.result, row: row)
        }
        execution.finished = Date().timeIntervalSince1970
        execution.total += (clock.now - started).seconds
        return SweepTaskRecord(task: task, status: .done, settings: outcome.settings, row: row, result: outcome.result,
                               failure: nil, execution: execution)
    }

    /// The task's network, siting options and settings, ready for ``ScenarioRunner/run(_:seed:routeIterations:stop:)``.
    /// When the county names a travel matrix (`travelMatrix`), its travel model comes from `travel`:
    /// the file is read once per process for all of the county's tasks (``TravelCache``).
    public static func prepare(_ task: SweepTask, manifest: SweepManifest, travel: TravelCache = .shared) throws(InputError)
        -> ScenarioRunner.Prepared
    {
        let county = try NetworkReader.read(path: task.countyPath)
        var scenario: Scenario
        if let path = task.scenarioPath {
            scenario = try ScenarioReader.read(path: path, requireBase: false)
        } else {
            scenario = Scenario(file: manifest.file, name: SweepManifest.baselineName,
                                description: "the county unchanged", base: task.countyPath, basePath: task.countyPath)
        }
        scenario.base = task.countyPath
        scenario.basePath = task.countyPath
        var (network, options, settings) = try scenario.apply(to: county)
        settings = manifest.solver.applied(to: settings)
        settings.seed = task.seed
        options.singleSource = settings.singleSource
        options.relativeGap = settings.gap
        scenario.settings = settings
        var prepared = ScenarioRunner.Prepared(scenario: scenario, network: network, options: options, settings: settings)
        if let field = county.travelMatrix {
            let path = TravelCache.resolve(field, networkPath: task.countyPath)
            do { prepared.travel = try travel.travel(network: network, matrixPath: path) } catch let error as InputError {
                throw error
            } catch {
                throw InputError(file: path, message: "\(error)")
            }
        }
        return prepared
    }
}
