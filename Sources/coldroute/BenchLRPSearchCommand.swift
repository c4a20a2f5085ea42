import ArgumentParser
import ColdRouteIO
import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Foundation

/// `coldroute bench lrp-search` (hidden, experimental): runs ``LocationRoutingSearch`` on networks
/// (e.g. location-routing instances converted by `Benchmarks/lrp/convert.py`) and, with
/// `--baseline`, the siting ↔ routing rounds loop `plan` runs today, under the same deadline, and
/// prints one JSON object per run. A measuring tool until the search is wired into `plan`.
struct BenchLRPSearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lrp-search",
        abstract: "Run the location-routing search on networks; print one JSON object per run.",
        shouldDisplay: false
    )

    @Argument(help: "Network files.")
    var files: [String]

    @Option(name: .customLong("time-limit"), help: "Wall-clock seconds per run, counted from reading the network.")
    var timeLimit: Double = 60

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(name: .customLong("route-iterations"), help: "Routing iterations per depot for the first and final days.")
    var routeIterations: Int?

    @Option(name: .customLong("probe-iterations"), help: "Routing iterations per depot for each depot move.")
    var probeIterations: Int?

    @Option(help: "Depot moves evaluated at most (default: until the time limit).")
    var moves: Int?

    @Flag(name: .customLong("single-source"), help: "Serve each village from one depot only.")
    var singleSource = false

    @Flag(help: "Also run the rounds loop (2 rounds, --route-time 10) under the same time limit.")
    var baseline = false

    func run() throws {
        for path in files {
            let started = ContinuousClock.now
            let network: CountyNetwork
            do { network = try NetworkReader.read(path: path) } catch {
                Console.err("error: \(error)")
                throw ExitCodes.badInput
            }
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            var options = SitingOptions()
            options.singleSource = singleSource
            let travel = TravelModel(network: network)
            if baseline {
                let outcome = try IntegratedPlanner.plan(
                    network: network, travel: travel, options: options, rounds: 2, routeTime: .seconds(10), seed: seed,
                    routeIterations: routeIterations, deadline: started + .seconds(timeLimit))
                if let routed = outcome.routed {
                    let violations = Self.violations(routed.siting, routed.pickup, routed.express, network, travel, options)
                    Console.out(#"{"network":"\#(name)","method":"rounds","seconds":\#((ContinuousClock.now - started).seconds),"dayCost":\#(routed.express.cost.total.value),"rounds":\#(routed.dayCosts.count),"violations":\#(violations)}"# + "\n")
                }
            }
            let begun = ContinuousClock.now
            let budget = LocationRoutingSearch.Budget(moves: moves, routeIterations: routeIterations, probeIterations: probeIterations)
            let outcome = try LocationRoutingSearch.plan(
                network: network, travel: travel, options: options, budget: budget, seed: seed,
                deadline: (baseline ? begun : started) + .seconds(timeLimit))
            guard let result = outcome.routed else {
                Console.err("\(name): no siting plan (\(outcome.siting.message ?? outcome.siting.status.rawValue))")
                continue
            }
            let day = result.best
            let violations = Self.violations(day.siting, day.pickup, day.express, network, travel, options)
            let depots = day.siting.openDepots.map { "\"\($0.id)\"" }.joined(separator: ",")
            let improvements = result.improvements.map { "\"\($0)\"" }.joined(separator: ",")
            Console.out(#"{"network":"\#(name)","method":"search","seconds":\#((ContinuousClock.now - begun).seconds),"dayCost":\#(day.cost.value),"firstDayCost":\#(result.firstDayCost.value),"moves":\#(result.movesEvaluated),"pooledRoutes":\#(result.pooledRoutes),"stoppedByClock":\#(result.stoppedByClock),"violations":\#(violations),"depots":[\#(depots)],"improvements":[\#(improvements)]}"# + "\n")
        }
    }

    static func violations(_ siting: SitingPlan, _ pickup: PickupPlan, _ express: ExpressPlan, _ network: CountyNetwork,
                           _ travel: TravelModel, _ options: SitingOptions) -> Int
    {
        SitingPlanChecker.check(siting, network: network, travel: travel, options: options).count
            + PickupPlanChecker.check(pickup, network: network, travel: travel, siting: siting).count
            + ExpressPlanChecker.check(express, network: network, travel: travel, pickup: pickup).count
    }
}
