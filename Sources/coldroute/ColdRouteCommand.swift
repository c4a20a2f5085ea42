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

            Exit codes: 0 success; 1 bad input; 3 no plan (limits cannot be met together, or no plan found in time or before Ctrl-C); 4 evaluate found violations; 5 interrupted by Ctrl-C or SIGTERM: the best plan found so far was checked, printed and written, marked as interrupted; 64 bad arguments; 70 a plan failed the independent check (a bug); 130 aborted by a second Ctrl-C.
            """,
        version: "0.1.0",
        subcommands: [ValidateCommand.self, PlanCommand.self, EvaluateCommand.self, CompareCommand.self, ExportModelCommand.self, GenerateCommand.self, MatrixRequestCommand.self, ImportOSMCommand.self, BenchCommand.self,
                      SweepCommand.self]
    )
}

/// `coldroute bench`: literature benchmarks.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Solve literature benchmark instances and print one JSON object per line.",
        subcommands: [BenchCFLPCommand.self, BenchVRPTWCommand.self, BenchMTVRPTWCommand.self, BenchLRPSearchCommand.self]
    )
}
