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
            Solves the depot-siting MIP (docs/siting-model.md) with GLPK and prints the depots opened, the daily cost by component, coverage (villages, kg, low-income households) and each uncovered village with the reason. Then plans each open depot's pickup routes (docs/routing.md): vehicles, stops, times, loads and the age of the produce on arrival. Every plan and every route is re-checked by an independent checker before it is printed. Progress goes to standard error. --time-limit bounds the whole run (siting + routes).

            Examples:
              coldroute plan networks/demo-county.json
              coldroute plan networks/demo-county.json --max-new-depots 2 --low-income-target 80%
              coldroute plan networks/demo-county.json --json > plan.json
              coldroute plan networks/demo-county.json --out plan/

            --out DIR writes, after the independent checks passed: plan.json, summary.md, the route sheet routes.csv, a VROOM solution routes-vroom.json and, for lon/lat networks, the map layer routes.geojson (docs/exchange-formats.md); each file atomically. The files are listed on standard error. `coldroute evaluate` reads routes.csv and routes-vroom.json back. Wall-clock timings go to standard error and DIR/timings.json only: with --route-iterations, the same network, options and --seed give byte-identical output and files (unless --route-time or --time-limit runs out first).

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
            help: ArgumentHelp("Seconds for the route search, within --time-limit.", valueName: "seconds"))
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

    @Flag(help: "Print the plan as JSON instead of the text summary.")
    var json = false

    @Option(help: ArgumentHelp("Also write the plan as files into this directory (route sheet, VROOM, GeoJSON, summary).",
                               valueName: "dir"))
    var out: String?

    @Flag(name: .shortAndLong, help: "Do not show solver progress.")
    var quiet = false

    func validate() throws {
        if !(routeTime > 0) { throw ValidationError("--route-time must be a positive number of seconds") }
        if rounds < 1 { throw ValidationError("--rounds must be 1 or more") }
        if let routeIterations, routeIterations < 1 { throw ValidationError("--route-iterations must be 1 or more") }
    }

    func run() throws {
        let started = ContinuousClock.now
        let stop = InterruptHandler.install()
        let loaded = try NetworkLoader.load(network)
        let options = try siting.options()
        let travel = TravelModel(network: loaded.network)
        var plan: SitingPlan
        var pickup: PickupPlan?
        var express: ExpressPlan?
        let sitingDone: ContinuousClock.Instant
        do {
            plan = try SitingPlanner.plan(
                network: loaded.network, travel: travel, options: options, progress: quiet ? nil : ProgressPrinter.forMIP(),
                stop: stop)
            if !quiet { ProgressPrinter.finish() }
            sitingDone = .now
            if !noRoutes, plan.objective != nil {
                var remaining = options
                remaining.timeLimit = options.timeLimit.map { max(.zero, $0 - (ContinuousClock.now - started)) }
                let budget = min(.milliseconds(Int64(routeTime * 1000)), remaining.timeLimit ?? .seconds(routeTime))
                let report: IntegratedPlanner.Progress = { round, cost, depots in
                    Console.err("round \(round): day cost \(String(format: "%.2f", cost.value)) yuan with depots "
                        + depots.map(\.rawValue).joined(separator: " "))
                }
                if let best = try IntegratedPlanner.plan(
                    network: loaded.network, travel: travel, options: remaining, rounds: rounds, routeTime: budget,
                    seed: seed, routeIterations: routeIterations, firstSiting: plan, progress: quiet ? nil : report,
                    stop: stop)
                {
                    (plan, pickup, express) = (best.siting, best.pickup, best.express)
                }
            }
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
            ("siting", (sitingDone - started).seconds), ("routes", (ContinuousClock.now - sitingDone).seconds),
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
                    let written = try PlanExport.export(network: loaded.network, siting: plan, pickup: pickup, to: out, travel: travel)
                    let timingsFile = URL(fileURLWithPath: out).appendingPathComponent(Self.timingsFile).path
                    try AtomicFile.write(TimingsReport.json([timings]), to: timingsFile)
                    for file in written.files + [timingsFile] { Console.err("wrote \(file)") }
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
}
