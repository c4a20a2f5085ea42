import ColdRouteScenario

/// One task of a sweep: one county planned under one scenario with one seed.
///
/// A task is known by its ``index`` alone: `SweepManifest`'s documented order (counties, then
/// scenarios, then seeds) turns an index into a task in every process, so a Slurm array task or a
/// Kubernetes pod needs nothing but the manifest and its index. Indices are 0-based.
public struct SweepTask: Hashable, Sendable, Codable {
    public var index: Int
    public var county: String
    /// The county's network file or CSV folder.
    public var countyPath: String
    public var scenario: String
    /// The scenario file (`nil`: the baseline, the county unchanged).
    public var scenarioPath: String?
    public var seed: UInt64

    public init(index: Int, county: String, countyPath: String, scenario: String, scenarioPath: String?, seed: UInt64) {
        self.index = index
        self.county = county
        self.countyPath = countyPath
        self.scenario = scenario
        self.scenarioPath = scenarioPath
        self.seed = seed
    }

    /// Task `index` of `manifest`, or `nil` outside `0..<taskCount`.
    public init?(manifest: SweepManifest, index: Int) {
        guard let p = manifest.position(of: index) else { return nil }
        let county = manifest.counties[p.county], scenario = manifest.scenarios[p.scenario]
        self.init(index: index, county: county.name, countyPath: county.path, scenario: scenario.name,
                  scenarioPath: scenario.path, seed: manifest.seeds[p.seed])
    }

    /// Every task of `manifest`, in index order.
    public static func all(of manifest: SweepManifest) -> [SweepTask] {
        (0..<manifest.taskCount).map { SweepTask(manifest: manifest, index: $0)! }
    }

    /// A short label: `county / scenario / seed`.
    public var label: String { "\(county) / \(scenario) / seed \(seed)" }
}
