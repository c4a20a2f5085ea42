import ArgumentParser

/// The `coldroute` command: plans first-mile cold-chain logistics for a rural county.
@main
struct ColdRouteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coldroute",
        abstract: "Plan rural fresh-produce logistics: cold-store siting, pickup routes within shelf life, scenarios.",
        discussion: """
            A county network (JSON file or folder of CSV tables, see docs/network-format.md) lists village start-up stations, cold-storage depots, express agencies, roads, products and the fleet.

            Start with:
              coldroute validate networks/demo-county.json
              coldroute plan networks/demo-county.json
            """,
        version: "0.1.0",
        subcommands: [ValidateCommand.self, PlanCommand.self, EvaluateCommand.self, CompareCommand.self, ExportModelCommand.self, GenerateCommand.self, BenchCommand.self]
    )
}

/// `coldroute bench`: literature benchmarks.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Solve literature benchmark instances and print one JSON object per line.",
        subcommands: [BenchCFLPCommand.self, BenchVRPTWCommand.self]
    )
}
