import ColdRouteModel

/// A province-wide sweep: every county × every scenario × every seed, each one task.
///
/// Read from a TOML manifest by ``SweepManifestReader`` (see `docs/sweeps.md`):
///
///     counties  = ["counties/*.json", "csv/east"]   # network files or CSV folders, globs allowed
///     scenarios = ["scenarios/*.toml"]              # scenario files, globs allowed; `base` optional
///     baseline  = true                              # also plan each county unchanged ("baseline")
///     seeds     = [1, 2]
///     [solver]                                      # as in scenario files; overrides theirs
///     routeIterations = 200
///
/// **Task order (the index).** Counties in the order their patterns are written, each pattern's
/// matches sorted by path (duplicates kept once); within a county the scenarios in the same way
/// (the baseline first when asked for); within a scenario the seeds as listed. Task
/// `index = (county × scenarioCount + scenario) × seedCount + seed`, 0-based. The order depends
/// only on the manifest and the file names, so every process (a Slurm array task, a Kubernetes
/// pod, `sweep run`) computes the same task for the same index.
public struct SweepManifest: Hashable, Sendable {
    /// One county: its network file or CSV folder, and its name (file name without extension).
    public struct County: Hashable, Sendable, Codable {
        public var name: String
        public var path: String
        public init(name: String, path: String) {
            self.name = name
            self.path = path
        }
    }

    /// One scenario of the sweep: its file, or `nil` for the unchanged county (``baselineName``).
    public struct ScenarioEntry: Hashable, Sendable, Codable {
        public var name: String
        public var path: String?
        public init(name: String, path: String?) {
            self.name = name
            self.path = path
        }
    }

    /// Solver settings the manifest's `[solver]` table sets; `nil` fields keep each scenario's own.
    public struct SolverOverrides: Hashable, Sendable, Codable {
        public var timeLimit: Double?
        public var routeTime: Double?
        public var routeIterations: Int?
        public var singleSource: Bool?
        public var gap: Double?
        public var routes: Bool?
        public init() {}

        /// `settings` with every override given applied.
        public func applied(to settings: RunSettings) -> RunSettings {
            var s = settings
            if let timeLimit { s.timeLimit = timeLimit }
            if let routeTime { s.routeTime = routeTime }
            if let routeIterations { s.routeIterations = routeIterations }
            if let singleSource { s.singleSource = singleSource }
            if let gap { s.gap = gap }
            if let routes { s.routes = routes }
            return s
        }
    }

    /// The name of the scenario that leaves each county unchanged.
    public static let baselineName = "baseline"

    /// The manifest file, as the caller named it.
    public var file: String
    /// The sweep's name (default: the manifest's file name without `.toml`).
    public var name: String
    public var counties: [County]
    public var scenarios: [ScenarioEntry]
    public var seeds: [UInt64]
    public var solver: SolverOverrides

    public init(file: String, name: String, counties: [County], scenarios: [ScenarioEntry], seeds: [UInt64],
                solver: SolverOverrides = SolverOverrides()) {
        self.file = file
        self.name = name
        self.counties = counties
        self.scenarios = scenarios
        self.seeds = seeds
        self.solver = solver
    }

    /// The number of tasks: counties × scenarios × seeds.
    public var taskCount: Int { counties.count * scenarios.count * seeds.count }

    /// The (county, scenario, seed) positions of task `index` (see the type's documentation).
    public func position(of index: Int) -> (county: Int, scenario: Int, seed: Int)? {
        guard index >= 0, index < taskCount else { return nil }
        let seed = index % seeds.count, rest = index / seeds.count
        return (rest / scenarios.count, rest % scenarios.count, seed)
    }

    /// The index of a (county, scenario, seed) position.
    public func index(county: Int, scenario: Int, seed: Int) -> Int {
        (county * scenarios.count + scenario) * seeds.count + seed
    }
}
