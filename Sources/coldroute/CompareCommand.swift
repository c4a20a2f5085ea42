import ArgumentParser
import ColdRouteIO
import ColdRouteReport
import ColdRouteScenario
import Foundation

/// `coldroute compare SCENARIO...`: run scenarios side by side and compare cost, coverage and spoilage.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Run scenario files in parallel and compare cost, coverage and spoilage side by side.",
        discussion: """
            Each scenario file (TOML, see docs/scenarios.md) names a base network and the changes to compare: depots opened or closed, new sites, supply multipliers, shelf lives, fleet, roads, costs, a low-income coverage target, solver settings. Every scenario is planned exactly as `coldroute plan` plans a network (siting ↔ routing rounds, regions for large networks, dispatch, one deadline: the scenario's timeLimit), the plans are re-checked by the independent checkers, and one row per scenario is printed; a scenario named status-quo (or baseline) comes first and the others are measured against it. Progress goes to standard error.

            With --out DIR, also writes DIR/comparison.csv, DIR/comparison.json, DIR/brief.md (a Markdown policy brief), DIR/report.html (one self-contained page with a map per scenario and charts) and each scenario's plan files in DIR/<scenario-name>/. Wall-clock timings go to standard error and DIR/timings.json only: with --route-iterations (or routeIterations in each file) and a seed, the same scenarios give byte-identical output and files, whatever --jobs (unless a time limit runs out first).

            Ctrl-C (or SIGTERM) stops early: running scenarios finish with their best plan so far (checked as usual), scenarios not started are reported as "not run", every output is marked INTERRUPTED ("interrupted": true in JSON), and the exit code is 5; the plan folders of scenarios not run are left as they were. A second Ctrl-C exits at once with code 130.

            Examples:
              coldroute compare scenarios/*.toml
              coldroute compare scenarios/*.toml --out out/compare --jobs 2

            Exit codes: 0 compared; 1 bad input (a scenario or its base network); 5 interrupted: the comparison so far was printed and written; 64 bad arguments; 70 a plan failed an independent check (a bug); 130 aborted by a second Ctrl-C.
            """
    )

    @Argument(help: "Scenario files (.toml).")
    var scenarios: [String]

    @Option(help: ArgumentHelp("Write CSV, JSON, a Markdown brief, an HTML report and plan files here.", valueName: "dir"))
    var out: String?

    @Flag(help: "Write routes.csv with a UTF-8 byte order mark, so Excel opens it as UTF-8 (with --out).")
    var bom = false

    @Option(help: "Scenarios solved at the same time (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Random seed for the route search, replacing each scenario's own.")
    var seed: UInt64?

    @Option(name: .customLong("route-iterations"), help: ArgumentHelp(
        "Stop each depot's route search after this many iterations, replacing each scenario's routeIterations: with a seed the comparison is then the same on every run.",
        valueName: "n"))
    var routeIterations: Int?

    @OptionGroup var travelSource: TravelArguments

    @Flag(name: .shortAndLong, help: "Do not show progress.")
    var quiet = false

    @OptionGroup var language: LanguageOption

    func validate() throws {
        guard !scenarios.isEmpty else { throw ValidationError("give at least one scenario file") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be 1 or more") }
        if let routeIterations, routeIterations < 1 { throw ValidationError("--route-iterations must be 1 or more") }
    }

    func run() throws {
        let stop = InterruptHandler.install()
        // Read everything first: bad input stops the run before any solving.
        var prepared: [ScenarioRunner.Prepared] = []
        var failed = false
        for path in scenarios {
            do {
                prepared.append(try ScenarioRunner.prepare(path: path))
            } catch {
                Console.err("error: \(error)")
                failed = true
            }
        }
        if failed { throw ExitCodes.badInput }
        // An imported matrix (option, or the base network's field) is read once per file and
        // matched to each scenario's network by place id (`TravelCache`).
        let travelCache = TravelCache()
        for i in prepared.indices where travelSource.matrixPath(network: prepared[i].network, networkPath: prepared[i].scenario.basePath) != nil {
            prepared[i].travel = try travelSource.travel(network: prepared[i].network, networkPath: prepared[i].scenario.basePath,
                                                         quiet: quiet, cache: travelCache)
        }
        var seen = [String: String]()
        for p in prepared {
            if let other = seen[p.scenario.name] {
                Console.err("error: \(p.scenario.file): scenario name '\(p.scenario.name)' is also used by \(other); give one a different name")
                throw ExitCodes.badInput
            }
            seen[p.scenario.name] = p.scenario.file
        }

        let total = prepared.count, quiet = quiet
        if !quiet { Console.err("comparing \(total) scenario\(total == 1 ? "" : "s") on \(min(jobs, total)) thread\(min(jobs, total) == 1 ? "" : "s")") }
        var outcomes: [ScenarioOutcome]
        do {
            outcomes = try ScenarioRunner.run(prepared, jobs: jobs, seed: seed, routeIterations: routeIterations, stop: stop) {
                _, finished, o in
                guard !quiet else { return }
                let day = o.result?.dayCost.map { String(format: ", day cost %.2f yuan", $0.total.value) } ?? ""
                Console.err("[\(finished)/\(total)] \(o.scenario.name): siting \(o.siting.status.rawValue)\(day), "
                    + String(format: "planned in %.1f s", o.planningSeconds) + (o.interrupted ? " (interrupted)" : ""))
                for line in o.work.map({ SitingReport.workLines($0) }) ?? [] { Console.err("  note: \(line)") }
            }
        } catch {
            Console.err("error: \(error)")
            throw ExitCodes.badInput
        }

        var checkFailed = false
        for o in outcomes where !o.passedChecks {
            checkFailed = true
            Console.err("internal error: scenario \(o.scenario.name): the plan failed the independent feasibility check:")
            for v in (o.sitingViolations + o.routeProblems).prefix(20) { Console.err("  \(v)") }
        }

        // The baseline (a scenario named status-quo or baseline) first, the rest in the order given.
        if let base = ComparisonReport.baseline(outcomes.map(ComparisonRow.init)),
           let k = outcomes.firstIndex(where: { $0.scenario.name == base.scenario }) {
            outcomes.insert(outcomes.remove(at: k), at: 0)
        }
        let rows = outcomes.map(ComparisonRow.init)
        Console.out(ComparisonReport.text(rows, catalog: language.catalog))
        Console.out("\n" + ComparisonReport.findings(rows, catalog: language.catalog).map { "- " + $0.replacingOccurrences(of: "**", with: "") }.joined(separator: "\n") + "\n")

        if let out {
            do {
                try write(outcomes: outcomes, rows: rows, to: out)
            } catch {
                Console.err("error: \(error)")
                throw ExitCodes.badInput
            }
        }
        if checkFailed { throw ExitCodes.checkFailed }
        if outcomes.contains(where: \.interrupted) {
            let notRun = outcomes.filter(\.notRun).map(\.scenario.name)
            if !notRun.isEmpty { Console.err("not run: " + notRun.joined(separator: ", ")) }
            throw ExitCodes.interrupted
        }
    }

    /// Writes the comparison and every scenario's plan folder as one ``OutputSet``: the folder holds
    /// the previous comparison or the new one, never a mix, and plan folders of scenarios no longer
    /// compared are removed.
    func write(outcomes: [ScenarioOutcome], rows: [ComparisonRow], to directory: String) throws {
        var set = OutputSet(directory: directory, knownNames: ["comparison.csv", "comparison.json", "brief.md", "report.html", PlanCommand.timingsFile],
                            folderMarker: PlanExport.planFile)
        set.add("comparison.csv", ComparisonReport.csv(rows))
        set.add("comparison.json", try ComparisonReport.json(rows) + Data("\n".utf8))
        set.add("brief.md", ComparisonReport.brief(rows, catalog: language.catalog))
        set.add("report.html", HTMLReport.render(outcomes, catalog: language.catalog))
        set.add(PlanCommand.timingsFile, TimingsReport.json(outcomes.map {
            TimingsReport.Entry(name: $0.scenario.name, stages: [("planning", $0.planningSeconds), ("checks", $0.checkSeconds)])
        }))
        for o in outcomes {
            // A scenario with no plan because of a stop request keeps the files of an earlier run.
            if o.interrupted && o.siting.objective == nil { set.keep(o.scenario.name); continue }
            let planJSON = try o.result.map { try SitingReport.json($0) }
            let rendered = try PlanExport.render(network: o.network, siting: o.siting, pickup: o.pickup, planJSON: planJSON,
                                                 coverage: o.result?.coverage, express: o.result?.express, byteOrderMark: bom,
                                                 catalog: language.catalog)
            for (name, data) in rendered.contents { set.add(o.scenario.name + "/" + name, data) }
            for note in rendered.notes where !quiet { Console.err("note: \(o.scenario.name): \(note)") }
        }
        try set.commit()
        if !quiet {
            let folders = outcomes.count { !($0.interrupted && $0.siting.objective == nil) }
            let first = (directory as NSString).appendingPathComponent("comparison.csv")
            Console.err("wrote \(first), comparison.json, brief.md, report.html, timings.json and \(folders) plan folder\(folders == 1 ? "" : "s")")
        }
    }
}
