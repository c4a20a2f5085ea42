import ColdRouteModel

/// What a planner asks of a siting run: limits on new depots, forced decisions, coverage targets,
/// and how long the solver may work.
public struct SitingOptions: Sendable, Hashable {
    /// At most this many candidate depots may be opened (`nil`: no limit).
    public var maxNewDepots: Int?
    /// Opening cost per day of the candidate depots opened may not exceed this (`nil`: no budget).
    public var budgetPerDay: Yuan?
    /// Depots that must be open (candidates or existing).
    public var forceOpen: Set<Depot.ID>
    /// Depots that must stay closed (existing sites closed, or candidates ruled out).
    public var forceClosed: Set<Depot.ID>
    /// Whether existing depots may be closed when that is cheaper. By default they stay open.
    public var existingMayClose: Bool
    /// Minimum share (0…1) of low-income households whose village is fully covered (`nil`: no target).
    public var minLowIncomeCoverage: Double?
    /// Serve each village from one depot only, and each of its products whole or not at all.
    public var singleSource: Bool
    /// Wall-clock limit for the whole solve (`nil`: none): the only clock. It may cut a search short
    /// (the plan's ``SitingPlan/work`` says where); it never decides what is computed before it binds.
    public var timeLimit: Duration?
    /// Stop when the relative MIP gap is at most this.
    public var relativeGap: Double
    /// How much the searches may do (iterations, priced sets, tree nodes): what decides the plan when
    /// the time limit does not bind.
    public var work: SitingWorkBudget

    public init(
        maxNewDepots: Int? = nil, budgetPerDay: Yuan? = nil, forceOpen: Set<Depot.ID> = [],
        forceClosed: Set<Depot.ID> = [], existingMayClose: Bool = false, minLowIncomeCoverage: Double? = nil,
        singleSource: Bool = false, timeLimit: Duration? = nil, relativeGap: Double = 1e-6,
        work: SitingWorkBudget = .init()
    ) {
        self.maxNewDepots = maxNewDepots
        self.budgetPerDay = budgetPerDay
        self.forceOpen = forceOpen
        self.forceClosed = forceClosed
        self.existingMayClose = existingMayClose
        self.minLowIncomeCoverage = minLowIncomeCoverage
        self.singleSource = singleSource
        self.timeLimit = timeLimit
        self.relativeGap = relativeGap
        self.work = work
    }
}
