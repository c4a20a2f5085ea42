import ArgumentParser
import ColdRouteIO
import ColdRouteModel
import ColdRoutePlanning
import ColdRouteReport
import ColdRouteSiting
import Foundation

/// `coldroute plan NETWORK`: decide which cold stores to open and which villages they serve.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Decide which cold-storage depots to open, which villages they cover within shelf life, and the pickup routes.",
        discussion: """
            Solves the depot-siting MIP (docs/siting-model.md) with GLPK and prints the depots opened, the daily cost by component, coverage (villages, kg, low-income households) and each uncovered village with the reason. Then plans each open depot's pickup routes (docs/routing.md): vehicles, stops, times, loads and the age of the produce on arrival. Every plan and every route is re-checked by an independent checker before it is printed. Progress goes to standard error.

            --time-limit bounds the whole run from start to output (reading, siting, routes, dispatch, checks): one deadline, shared out between the stages; each siting ↔ routing round gets an equal share and routes at most --route-time in all.

            Networks of more than 3,000 villages are planned in regions of about 2,000 villages (clusters of depots with the villages nearest to them), each within its share of the time, and merged into one plan with one dispatch over all depots (docs/decomposition.md). Shared vehicles, --max-new-depots and --budget are split between regions in proportion to supply. A decomposed plan reports the regional gaps but no bound or gap for the whole network. --regions N chooses the number of regions; --no-decompose plans whole.

            Examples:
              coldroute plan networks/demo-county.json
              coldroute plan networks/demo-county.json --max-new-depots 2 --low-income-target 80%
              coldroute plan networks/demo-county.json --json > plan.json
              coldroute plan networks/demo-county.json --out plan/

            --out DIR writes, after the independent checks passed: plan.json, summary.md, the route sheet routes.csv, a VROOM solution routes-vroom.json and, for lon/lat networks, the map layer routes.geojson (docs/exchange-formats.md), as one set: staged beside DIR and swapped in, so DIR always holds the previous set or the new one, and files of an earlier plan that this one does not write are removed. The files are listed on standard error. `coldroute evaluate` reads routes.csv and routes-vroom.json back. Wall-clock timings go to standard error and DIR/timings.json only: with --route-iterations, the same network, options and --seed give byte-identical output and files (unless --route-time or --time-limit runs out first).

            Ctrl-C (or SIGTERM) stops early: the best plan found so far is checked as usual, printed and written, marked "INTERRUPTED" (text, summary.md) or "interrupted": true (JSON), and the exit code is 5. A second Ctrl-C exits at once with code 130; files already in DIR keep their previous content.

            Exit codes: 0 plan printed; 1 bad input, or the --out files cannot be written; 3 no plan (limits cannot be met together, or no plan found in time or before Ctrl-C); 5 interrupted: the best plan so far was printed and written; 64 bad arguments; 70 a plan failed the independent check (a bug); 130 aborted by a second Ctrl-C.
            """
    )

    @Argument(help: "A network JSON file, or a folder of CSV tables.")
    var network: String

    @OptionGroup var siting: SitingArguments

    @Option(help: "Random seed for the route search (the siting MIP is deterministic).")
    var seed: UInt64 = 1

    @Option(name: .customLong("route-time"),
            help: ArgumentHelp("Seconds for the route search, within --time-limit (per region when decomposed).", valueName: "seconds"))
    var routeTime: Double = 10

    @Option(name: .customLong("route-iterations"), help: ArgumentHelp(
        "Stop each depot's route search after this many iterations: with the same --seed the routes are then the same on every run, unless --route-time runs out first.",
        valueName: "n"))
    var routeIterations: Int?

    @Flag(name: .customLong("no-routes"), help: "Plan depot siting only, without pickup routes.")
    var noRoutes = false

    @Option(help: ArgumentHelp(
        "Siting ↔ routing rounds: after the first, the siting is re-solved with the routes' real costs (docs/dispatch.md).",
        valueName: "n"))
    var rounds = 2

    @Option(help: ArgumentHelp(
        "Plan the network in this many regions and merge the plans (docs/decomposition.md). Default: 1 up to 3,000 villages, else one region per 2,000 villages.",
        valueName: "n"))
    var regions: Int?

    @Flag(name: .customLong("no-decompose"), help: "Plan the whole network at once, however large (same as --regions 1).")
    var noDecompose = false

    @Flag(help: "Print the plan as JSON instead of the text summary.")
    var json = false

    @Option(help: ArgumentHelp("Also write the plan as files into this directory (route sheet, VROOM, GeoJSON, summary).",
                               valueName: "dir"))
    var out: String?

    @Flag(name: .shortAndLong, help: "Do not show solver progress.")
    var quiet = false

    func validate() throws {
        if !(routeTime > 0 && routeTime <= FieldLimits.seconds.upperBound) {
            throw ValidationError("--route-time must be a positive number of seconds, at most \(Int(FieldLimits.seconds.upperBound))")
        }
        if rounds < 1 { throw ValidationError("--rounds must be 1 or more") }
        if let routeIterations, routeIterations < 1 { throw ValidationError("--route-iterations must be 1 or more") }
        if let regions, regions < 1 { throw ValidationError("--regions must be 1 or more") }
        if noDecompose, let regions, regions > 1 { throw ValidationError("--no-decompose contradicts --regions \(regions)") }
    }

    func run() throws {
        let started = ContinuousClock.now
        let stop = InterruptHandler.install()
        let loaded = try NetworkLoader.load(network)
        let options = try siting.options()
        let travel = TravelModel(network: loaded.network)
        // One deadline for the whole run, from the start: the stages stop early enough to leave
        // time for the independent checks and the output.
        let deadline = options.timeLimit.map { started + $0 - Self.finishingReserve(villages: loaded.network.villages.count) }
        let regionCount = noDecompose ? 1 : (regions ?? RegionalDecomposition.suggestedCount(for: loaded.network))
        var plan: SitingPlan
        var pickup: PickupPlan?
        var express: ExpressPlan?
        let planned: ContinuousClock.Instant
        do {
            let report: IntegratedPlanner.Progress = { round, cost, depots in
                ProgressPrinter.finish()
                Console.err("round \(round): day cost \(String(format: "%.2f", cost.value)) yuan with depots "
                    + depots.map(\.rawValue).joined(separator: " "))
            }
            let budget = Duration.milliseconds(Int64(saturating: routeTime * 1000))
            if regionCount > 1 {
                let decomposition = RegionalDecomposition(network: loaded.network, travel: travel, count: regionCount)
                if !quiet { Console.err("planning in \(decomposition.regions.count) regions (docs/decomposition.md)") }
                let result = try RegionalPlanner.plan(
                    network: loaded.network, travel: travel, decomposition: decomposition, options: options,
                    routes: !noRoutes, rounds: rounds, routeTime: budget, seed: seed, routeIterations: routeIterations,
                    deadline: deadline, progress: quiet ? nil : Self.regionReport, stop: stop)
                (plan, pickup, express) = (result.siting, result.pickup, result.express)
            } else if noRoutes {
                var sitingOptions = options
                sitingOptions.timeLimit = deadline.map { max(.zero, $0 - ContinuousClock.now) }
                plan = try SitingPlanner.plan(
                    network: loaded.network, travel: travel, options: sitingOptions,
                    progress: quiet ? nil : ProgressPrinter.forMIP(), stop: stop)
                if !quiet { ProgressPrinter.finish() }
            } else {
                let outcome = try IntegratedPlanner.plan(
                    network: loaded.network, travel: travel, options: options, rounds: rounds, routeTime: budget,
                    seed: seed, routeIterations: routeIterations, deadline: deadline,
                    sitingProgress: quiet ? nil : ProgressPrinter.forMIP(), progress: quiet ? nil : report, stop: stop)
                if !quiet { ProgressPrinter.finish() }
                (plan, pickup, express) = (outcome.siting, outcome.routed?.pickup, outcome.routed?.express)
            }
            planned = .now
        } catch let error as SitingError {
            Console.err("error: \(error)")
            throw ExitCodes.badInput
        }
        var problems = SitingPlanChecker.check(plan, network: loaded.network, travel: travel, options: options)
            .map { "siting: \($0)" }
        if let pickup {
            problems += PickupPlanChecker.check(pickup, network: loaded.network, travel: travel, siting: plan).map { "routes: \($0)" }
        }
        if let pickup, let express {
            problems += ExpressPlanChecker.check(express, network: loaded.network, travel: travel, pickup: pickup).map { "dispatch: \($0)" }
        }
        guard problems.isEmpty else {
            Console.err("internal error: the plan failed the independent feasibility check:")
            for p in problems.prefix(20) { Console.err("  \(p)") }
            throw ExitCodes.checkFailed
        }
        let interrupted = plan.interrupted || pickup?.interrupted == true
        let timings = TimingsReport.Entry(name: loaded.network.name, stages: [
            ("planning", (planned - started).seconds), ("checks", (ContinuousClock.now - planned).seconds),
            ("total", (ContinuousClock.now - started).seconds),
        ])
        if !quiet {
            Console.err("timings: " + timings.stages.map { "\($0.stage) \(String(format: "%.2f", $0.seconds)) s" }.joined(separator: ", "))
        }
        if let out {
            if interrupted && plan.objective == nil {
                Console.err("interrupted before any plan was found: nothing written to \(out) (its files are unchanged)")
            } else {
                do {
                    // One set, timings included: the folder holds the old set or the new one (OutputSet).
                    let written = try PlanExport.export(network: loaded.network, siting: plan, pickup: pickup, to: out, travel: travel,
                                                        extraFiles: [(Self.timingsFile, Data(TimingsReport.json([timings]).utf8))])
                    for file in written.files { Console.err("wrote \(file)") }
                    for note in written.notes { Console.err("note: \(note)") }
                } catch {
                    Console.err("error: \(error)")
                    throw ExitCodes.badInput
                }
            }
        }
        if json {
            Console.out(String(decoding: try SitingReport.json(plan, pickup: pickup, express: express), as: UTF8.self) + "\n")
        } else {
            Console.out(SitingReport.text(plan, network: loaded.network))
            if let pickup { Console.out("\n" + PickupReport.text(pickup)) }
            if let express { Console.out("\n" + PickupReport.text(express)) }
            Console.out("\nIndependent check: passed (capacity, windows, shelf life, cut-off, coverage, costs"
                + (pickup == nil ? ").\n" : "; routes: capacity, windows, shifts, shelf life, fleet; dispatch: cut-offs, agency capacity).\n"))
        }
        if plan.status == .infeasible || plan.status == .noSolution { throw ExitCodes.noPlan }
        if interrupted { throw ExitCodes.interrupted }
    }

    /// The one output file whose content changes from run to run (wall-clock seconds).
    static let timingsFile = "timings.json"

    static let regionReport: RegionalPlanner.Progress = { region, done, total in
        let gap = region.gap.map { String(format: ", gap %.2f%%", $0 * 100) } ?? ""
        let seconds = String(format: "%.1f", region.seconds)
        Console.err("region \(done)/\(total): \(region.villages) villages, \(region.depots) depots, "
            + "\(region.status.rawValue)\(gap), \(seconds) s")
    }

    /// Time kept after the planning stages for the independent checks and the output: half a
    /// second plus about 0.15 ms per village (measured: 0.3 s at 2,000 villages, 2.5 s at 20,000).
    static func finishingReserve(villages: Int) -> Duration {
        .milliseconds(500 + Int64(villages) * 15 / 100)
    }
}
