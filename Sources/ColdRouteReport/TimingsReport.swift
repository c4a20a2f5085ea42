import Foundation

/// Renders `timings.json`, the one output file that differs from run to run: the wall-clock
/// seconds each stage took. Every other output of `plan` and `compare` leaves timings out, so the
/// same input, seed and iteration-bounded search give byte-identical files.
public enum TimingsReport {
    /// One timed item (`plan`: the plan; `compare`: a scenario) and its stages in order.
    public struct Entry: Sendable {
        public var name: String
        public var stages: [(stage: String, seconds: Double)]
        public init(name: String, stages: [(stage: String, seconds: Double)]) {
            self.name = name
            self.stages = stages
        }
    }

    /// `{"note": …, "timings": [{"name": …, "<stage>_seconds": …}, …]}`, seconds to the millisecond.
    public static func json(_ entries: [Entry]) -> String {
        JSONText.object([
            ("note", .string("wall-clock seconds; the only coldroute output that changes from run to run")),
            ("timings", .array(entries.map { entry in
                .object([("name", .string(entry.name))]
                    + entry.stages.map { ("\($0.stage)_seconds", JSONText.rounded($0.seconds, 3)) })
            })),
        ]).rendered() + "\n"
    }
}
