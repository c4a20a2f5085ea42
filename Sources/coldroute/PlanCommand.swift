import ArgumentParser
import ColdRouteModel
import ColdRouteReport
import ColdRouteSiting
import Foundation

/// `coldroute plan NETWORK`: decide which cold stores to open and which villages they serve.
struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Decide which cold-storage depots to open and which villages they cover within shelf life.",
        discussion: """
            Solves the depot-siting MIP (docs/siting-model.md) with GLPK and prints the depots opened,
            the daily cost by component, coverage (villages, kg, low-income households) and each
            uncovered village with the reason. Every plan is re-checked by an independent checker
            before it is printed. Solver progress goes to standard error.

            Examples:
              coldroute plan networks/demo-county.json
              coldroute plan networks/demo-county.json --max-new-depots 2 --low-income-target 80%
              coldroute plan networks/demo-county.json --json > plan.json

            Exit codes: 0 plan printed; 1 bad input; 3 no plan (limits cannot be met together, or
            no plan found in time); 64 bad arguments; 70 a plan failed the independent check (a bug).
            """
    )

    @Argument(help: "A network JSON file, or a folder of CSV tables.")
    var network: String

    @OptionGroup var siting: SitingArguments

    @Option(help: "Random seed. The siting MIP is deterministic; the seed is recorded for reproducibility.")
    var seed: UInt64 = 1

    @Flag(help: "Print the plan as JSON instead of the text summary.")
    var json = false

    @Flag(name: .shortAndLong, help: "Do not show solver progress.")
    var quiet = false

    func run() throws {
        let loaded = try NetworkLoader.load(network)
        let options = try siting.options()
        let travel = TravelModel(network: loaded.network)
        let progress = quiet ? nil : ProgressPrinter.forMIP()
        let plan: SitingPlan
        do {
            plan = try SitingPlanner.plan(network: loaded.network, travel: travel, options: options, progress: progress)
        } catch let error as SitingError {
            Console.err("error: \(error)")
            throw ExitCodes.badInput
        }
        if !quiet { ProgressPrinter.finish() }
        let violations = SitingPlanChecker.check(plan, network: loaded.network, travel: travel, options: options)
        guard violations.isEmpty else {
            Console.err("internal error: the plan failed the independent feasibility check:")
            for v in violations.prefix(20) { Console.err("  \(v)") }
            throw ExitCodes.checkFailed
        }
        if json {
            Console.out(String(decoding: try SitingReport.json(plan), as: UTF8.self) + "\n")
        } else {
            Console.out(SitingReport.text(plan, network: loaded.network))
            Console.out("\nIndependent check: passed (capacity, windows, shelf life, cut-off, coverage, costs).\n")
        }
        if plan.status == .infeasible || plan.status == .noSolution { throw ExitCodes.noPlan }
    }
}
