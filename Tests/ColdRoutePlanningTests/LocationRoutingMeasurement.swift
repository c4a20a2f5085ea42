import ColdRouteIO
import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Foundation
import Testing

/// A measuring harness, not a unit test: runs only when `COLDROUTE_LRP_MEASURE` names a CSV file to
/// append to. For each network in `COLDROUTE_LRP_NETWORKS` (paths separated by `:`) it runs the
/// location-routing search and, with `COLDROUTE_LRP_BASELINE=1`, the siting ↔ routing rounds loop
/// (2 rounds, as `plan` runs it today), each under a deadline of `COLDROUTE_LRP_SECONDS` (default 60)
/// from the start, with `--single-source` when `COLDROUTE_LRP_SINGLE_SOURCE=1`, and appends
/// `network,method,seconds,day_cost,moves,improvements`. See docs/location-routing.md.
@Suite struct LocationRoutingMeasurement {
    static let environment = ProcessInfo.processInfo.environment

    @Test(.enabled(if: environment["COLDROUTE_LRP_MEASURE"] != nil))
    func measure() throws {
        let out = try #require(Self.environment["COLDROUTE_LRP_MEASURE"])
        let seconds = Double(Self.environment["COLDROUTE_LRP_SECONDS"] ?? "60") ?? 60
        let seed = UInt64(Self.environment["COLDROUTE_LRP_SEED"] ?? "1") ?? 1
        var options = SitingOptions()
        options.singleSource = Self.environment["COLDROUTE_LRP_SINGLE_SOURCE"] == "1"
        let paths = (Self.environment["COLDROUTE_LRP_NETWORKS"] ?? "").split(separator: ":").map(String.init)
        for path in paths {
            let network = try NetworkReader.read(path: path)
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            if Self.environment["COLDROUTE_LRP_BASELINE"] == "1" {
                let started = ContinuousClock.now
                let travel = TravelModel(network: network)
                let outcome = try IntegratedPlanner.plan(
                    network: network, travel: travel, options: options, rounds: 2, routeTime: .seconds(10), seed: seed,
                    deadline: started + .seconds(seconds))
                let routed = try #require(outcome.routed)
                try append(out, "\(name),rounds,\((ContinuousClock.now - started).seconds),\(routed.express.cost.total.value),\(routed.dayCosts.count),")
            }
            let started = ContinuousClock.now
            let travel = TravelModel(network: network)
            let outcome = try LocationRoutingSearch.plan(
                network: network, travel: travel, options: options, seed: seed, deadline: started + .seconds(seconds))
            let result = try #require(outcome.routed)
            let day = result.best
            let checks = SitingPlanChecker.check(day.siting, network: network, travel: travel, options: options).count
                + PickupPlanChecker.check(day.pickup, network: network, travel: travel, siting: day.siting).count
                + ExpressPlanChecker.check(day.express, network: network, travel: travel, pickup: day.pickup).count
            #expect(checks == 0)
            try append(out, "\(name),search,\((ContinuousClock.now - started).seconds),\(day.cost.value),\(result.movesEvaluated),"
                + "first \(result.firstDayCost.value); violations \(checks); depots \(day.siting.openDepots.map { "\($0.id)" }.joined(separator: " ")); "
                + result.improvements.joined(separator: "; "))
        }
    }

    func append(_ path: String, _ line: String) throws {
        let data = Data((line + "\n").utf8)
        if let handle = FileHandle(forWritingAtPath: path) {
            defer { try? handle.close() }
            try handle.seekToEnd()
            try handle.write(contentsOf: data)
        } else {
            try data.write(to: URL(fileURLWithPath: path))
        }
    }
}
