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

            --time-limit bounds the whole run from start to output (reading, siting, routes, dispatch, checks): one deadline, shared out between the stages; each siting ↔ routing round gets an equal share and routes at most --route-time in all. Without --route-iterations the defaults are --time-limit 60 and --route-time 10. With --route-iterations and neither limit given, no clock is set: every search stops on its work budget, and the same --seed gives byte-identical output on any machine under any load. When a limit does cut a stage short, the output says so ("route search: stopped by the time limit after N of M iterations"; "work" in plan.json).

            Coverage comes as three quantities: reachable (some open depot can receive the produce within shelf life), assigned (the siting sends it to a depot) and collected (a route loads it and brings it in within shelf life); the headline is collected. plan.json carries all three in "coverage" (supplyCollected etc.) and the whole day's cost in "dayCost" (components and total).

            Networks of more than 3,000 villages are planned in regions of about 2,000 villages (clusters of depots with the villages nearest to them), each within its share of the time, and merged into one plan with one dispatch over all depots (docs/decomposition.md). Shared vehicles, --max-new-depots and --budget are split between regions in proportion to supply. A decomposed plan reports the regional gaps but no bound or gap for the whole network. --regions N chooses the number of regions; --no-decompose plans whole.

            Examples:
              coldroute plan networks/demo-county.json
              coldroute plan networks/demo-county.json --max-new-depots 2 --low-income-target 80%
              coldroute plan networks/demo-county.json --json > plan.json
              coldroute plan networks/demo-county.json --out plan/

            --out DIR writes, after the independent checks passed: plan.json, summary.md, the route sheet routes.csv, a VROOM solution routes-vroom.json, for lon/lat networks the map layer routes.geojson (docs/exchange-formats.md), and printable driver sheets drivers/<vehicle>.html (one A4 page per vehicle; drivers/index.html holds them all) with drivers.csv (docs/driver-sheets.md), as one set: staged beside DIR and swapped in, so DIR always holds the previous set or the new one, and files of an earlier plan that this one does not write are removed. The files are listed on standard error. `coldroute evaluate` reads routes.csv and routes-vroom.json back. Wall-clock timings go to standard error and DIR/timings.json only: with --route-iterations, the same network, options and --seed give byte-identical output and files (unless a --route-time or --time-limit given runs out first).

            --lang zh-CN (or COLDROUTE_LANG=zh-CN) writes the text, summary.md and the driver sheets in Chinese; files for programs stay as they are (docs/languages.md).

            Ctrl-C (or SIGTERM) stops early: the best plan found so far is checked as usual, printed and written, marked "INTERRUPTED" (text, summary.md) or "interrupted": true (JSON), and the exit code is 5. A second Ctrl-C exits at once with code 130; files already in DIR keep their previous content.

            Exit codes: 0 plan printed; 1 bad input, or the --out files cannot be written; 3 no plan (limits cannot be met together, or no plan found in time or before Ctrl-C); 5 interrupted: the best plan so far was printed and written; 64 bad arguments; 70 a plan failed the independent check (a bug); 130 aborted by a second Ctrl-C.
            """
    )

    @Argument(help: "A network JSON file, or a folder of CSV tables.")
    var network: String

    @OptionGroup var siting: SitingArguments
    @OptionGroup var travelSource: TravelArguments

    @Option(help: "Random seed for the route search (the siting MIP is deterministic).")
    var seed: UInt64 = 1

    @Option(name: .customLong("route-time"),
            help: ArgumentHelp("Seconds for the route search, within --time-limit (per region when decomposed). Default: 10, or no separate limit with --route-iterations.", valueName: "seconds"))
    var routeTime: Double?

    @Option(name: .customLong("route-iterations"), help: ArgumentHelp(
        "Stop each depot's route search after this many iterations. Without --time-limit and --route-time no clock is then set at all: the same --seed gives the same plan on every run.",
        valueName: "n"))
    var routeIterations: Int?

    @Flag(name: .customLong("no-routes"), help: "Plan depot siting only, without pickup routes.")
    var noRoutes = false

    @Option(help: ArgumentHelp(
        "Siting ↔ routing rounds. 2 or more (default): round 1, then the location-routing search (depot moves evaluated by routing, route-pool set partitioning that also chooses the depots) until --time-limit (docs/planner.md). 1: round 1 only.",
        valueName: "n"))
    var rounds = 2

    @Option(name: .customLong("search-moves"), help: ArgumentHelp(
        "Days the location-routing search evaluates after round 1 (default: until --time-limit; none with --route-iterations or without a time limit, where the rounds loop runs as before). 0: no search.",
        valueName: "n"))
    var searchMoves: Int?

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

    @Flag(help: "Write routes.csv with a UTF-8 byte order mark, so Excel opens it as UTF-8 (with --out).")
    var bom = false

    @Flag(name: .shortAndLong, help: "Do not show solver progress.")
    var quiet = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        if let routeTime, !(routeTime > 0 && routeTime <= FieldLimits.seconds.upperBound) {
            throw ValidationError("--route-time must be a positive number of seconds, at most \(Int(FieldLimits.seconds.upperBound))")
        }
        if rounds < 1 { throw ValidationError("--rounds must be 1 or more") }
        if let searchMoves, searchMoves < 0 { throw ValidationError("--search-moves must be 0 or more") }
        if let routeIterations, routeIterations < 1 { throw ValidationError("--route-iterations must be 1 or more") }
        if let regions, regions < 1 { throw ValidationError("--regions must be 1 or more") }
        if noDecompose, let regions, regions > 1 { throw ValidationError("--no-decompose contradicts --regions \(regions)") }
    }

    /// The request these flags ask for. The user's --time-limit and --route-time are the only
    /// clocks; without them the defaults (60 s in all, 10 s of route search) apply only when no
    /// --route-iterations bounds the work.
    func request(options: SitingOptions) -> PlanRequest {
        let bounded = routeIterations != nil
        var request = PlanRequest(
            options: options, routes: !noRoutes, rounds: rounds, regions: noDecompose ? 1 : regions, seed: seed,
            routeIterations: routeIterations,
            timeLimit: siting.timeLimit.map { .milliseconds(Int64($0 * 1000)) } ?? (bounded ? nil : PlanRequest.defaultTimeLimit),
            routeTime: routeTime.map { .milliseconds(Int64($0 * 1000)) } ?? (bounded ? nil : PlanRequest.defaultRouteTime))
        request.searchMoves = searchMoves
        return request
    }

    func run() throws {
        let started = ContinuousClock.now
        let stop = InterruptHandler.install()
        let loaded = try NetworkLoader.load(network)
        let travel = try travelSource.travel(network: loaded.network, networkPath: network, quiet: quiet)
        var request = request(options: try siting.options())
        // One deadline for the whole run, from the start: reading the network counts against it.
        request.timeLimit = request.timeLimit.map { max(.zero, $0 - (ContinuousClock.now - started)) }
        let quiet = quiet
        var progress = Planner.Progress()
        if !quiet {
            progress.siting = ProgressPrinter.forMIP()
            progress.round = Self.roundReport
            progress.search = Self.searchReport
            progress.regionsStarted = { Console.err("planning in \($0) regions (docs/decomposition.md)") }
            progress.region = Self.regionReport
        }
        let result: PlanResult
        do {
            result = try Planner.plan(network: loaded.network, request: request, progress: progress, stop: stop, travel: travel)
            if !quiet { ProgressPrinter.finish() }
        } catch let error as SitingError {
            Console.err("error: \(error)")
            throw ExitCodes.badInput
        }
        guard result.checks.passed else {
            Console.err("internal error: the plan failed the independent feasibility check:")
            for p in result.checks.all.prefix(20) { Console.err("  \(p)") }
            throw ExitCodes.checkFailed
        }
        let total = (ContinuousClock.now - started).seconds
        let timings = TimingsReport.Entry(name: loaded.network.name, stages: [
            ("reading", total - result.timings.total), ("planning", result.timings.planning),
            ("checks", result.timings.checks), ("total", total),
        ])
        if !quiet {
            Console.err("timings: " + timings.stages.map { "\($0.stage) \(String(format: "%.2f", $0.seconds)) s" }.joined(separator: ", "))
            for line in SitingReport.workLines(result.work, catalog: language.catalog) { Console.err("note: \(line)") }
            if let search = result.work.search {
                Console.err("note: location-routing search: \(search.movesEvaluated) days evaluated, "
                    + "round 1 \(String(format: "%.2f", search.firstDayCost.value)) → best \(String(format: "%.2f", search.bestDayCost.value)) yuan"
                    + (search.stoppedBy == .timeLimit ? ", stopped by the time limit" : ""))
            }
        }
        if let out { try write(result, network: loaded.network, travel: travel, timings: timings, to: out) }
        if json {
            for warning in loaded.warnings { Console.err("warning: \(warning)") }
            Console.out(String(decoding: try SitingReport.json(result), as: UTF8.self) + "\n")
        } else {
            // The network's validation warnings head the plan (e.g. no agency reachable in time).
            Console.out(SitingReport.text(result, network: loaded.network, warnings: loaded.warnings.map(\.description),
                                          catalog: language.catalog))
        }
        if result.siting.status == .infeasible || result.siting.status == .noSolution { throw ExitCodes.noPlan }
        if result.interrupted { throw ExitCodes.interrupted }
    }

    /// Writes the --out folder: the plan files, then timings.json. The one place `plan` writes files.
    func write(_ result: PlanResult, network: CountyNetwork, travel: TravelModel, timings: TimingsReport.Entry, to out: String) throws {
        if result.interrupted && result.siting.objective == nil {
            Console.err("interrupted before any plan was found: nothing written to \(out) (its files are unchanged)")
            return
        }
        do {
            // One set, timings included: the folder holds the old set or the new one (OutputSet).
            let written = try PlanExport.export(
                network: network, siting: result.siting, pickup: result.pickup, to: out, travel: travel,
                planJSON: try SitingReport.json(result), coverage: result.coverage, express: result.express, byteOrderMark: bom,
                extraFiles: [(Self.timingsFile, Data(TimingsReport.json([timings]).utf8))], catalog: language.catalog)
            for file in written.files where !file.contains("/\(DriverSheetWriter.folder)/") { Console.err("wrote \(file)") }
            let sheets = written.files.filter { $0.contains("/\(DriverSheetWriter.folder)/") && !$0.hasSuffix("/\(DriverSheetWriter.indexFile)") }
            if !sheets.isEmpty {
                Console.err("wrote \(sheets.count) driver sheets and \(DriverSheetWriter.indexFile) (all of them) in "
                    + (out as NSString).appendingPathComponent(DriverSheetWriter.folder))
            }
            for note in written.notes { Console.err("note: \(note)") }
        } catch {
            Console.err("error: \(error)")
            throw ExitCodes.badInput
        }
    }

    /// The one output file whose content changes from run to run (wall-clock seconds).
    static let timingsFile = "timings.json"

    static let roundReport: IntegratedPlanner.Progress = { round, cost, depots in
        ProgressPrinter.finish()
        Console.err("round \(round): day cost \(String(format: "%.2f", cost.value)) yuan with depots "
            + depots.map(\.rawValue).joined(separator: " "))
    }

    /// Only new best days of the location-routing search (every day would flood the terminal).
    static let searchReport: LocationRoutingSearch.Progress = { evaluation, cost, depots, best in
        guard best else { return }
        ProgressPrinter.finish()
        Console.err("search day \(evaluation): new best \(String(format: "%.2f", cost.value)) yuan with depots "
            + depots.map(\.rawValue).joined(separator: " "))
    }

    static let regionReport: RegionalPlanner.Progress = { region, done, total in
        let gap = region.gap.map { String(format: ", gap %.2f%%", $0 * 100) } ?? ""
        let outcome = region.unplanned == true
            ? "not planned: interrupted before it started"
            : "\(region.status.rawValue)\(gap), " + String(format: "%.1f", region.seconds) + " s"
        Console.err("region \(done)/\(total): \(region.villages) villages, \(region.depots) depots, \(outcome)")
    }
}
