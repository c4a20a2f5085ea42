import ColdRouteModel
import ColdRouteSiting

/// Everything one run of ``Planner`` produced: the siting, the pickup routes, the dispatch, the
/// whole day's cost, coverage, what the independent checkers said, what work each stage did and
/// what stopped it, and the wall-clock timings.
///
/// A plain `Codable` value. Renderers (text, `plan.json`, comparison tables, maps) read it and
/// never solve. Everything but ``timings`` is the same on every run of a clock-free request
/// (``PlanRequest/isClockFree``), so renderers that leave timings out give the same bytes.
public struct PlanResult: Sendable, Codable {
    /// The verdicts of the three independent checkers (empty lists: passed).
    public struct Checks: Hashable, Sendable, Codable {
        public var siting: [String] = []
        public var routes: [String] = []
        public var dispatch: [String] = []
        public var passed: Bool { siting.isEmpty && routes.isEmpty && dispatch.isEmpty }
        /// Every problem, prefixed with its checker's name.
        public var all: [String] {
            siting.map { "siting: \($0)" } + routes.map { "routes: \($0)" } + dispatch.map { "dispatch: \($0)" }
        }
    }

    /// What each stage did and what stopped it.
    public struct Work: Hashable, Sendable, Codable {
        /// Rounds asked for, rounds planned, and the round kept (1-based; `nil` without routes).
        public var roundsAsked: Int
        public var roundsPlanned: Int
        public var roundKept: Int?
        /// Why fewer rounds than asked were planned (``StageStop/completed`` when all were).
        public var roundsStoppedBy: StageStop
        /// What stopped the kept siting solve: ``StageStop/completed`` when proven optimal
        /// within its gap, else the time limit or a stop request.
        public var sitingStoppedBy: StageStop
        /// The route searches of the kept round (every region's).
        public var routes: RouteSearchWork?
        /// The regions planned (1: the whole network at once).
        public var regions: Int
        /// What the location-routing search after round 1 did (`nil`: it did not run).
        public var search: LocationRoutingSearch.Summary? = nil

        /// Whether a clock or a stop request cut any stage short.
        public var cutShort: Bool {
            roundsStoppedBy.isCutShort || sitingStoppedBy.isCutShort || routes?.stoppedBy.isCutShort == true
        }
    }

    /// Wall-clock seconds (the only part of a result that changes from run to run).
    public struct Timings: Hashable, Sendable, Codable {
        public var planning: Double = 0
        public var checks: Double = 0
        public var total: Double = 0
    }

    public var network: String
    public var siting: SitingPlan
    public var pickup: PickupPlan?
    public var express: ExpressPlan?
    /// The whole day's cost from depot opening to dispatch (``ExpressPlan/cost``) when routes were
    /// planned, else the siting model's estimate (``SitingPlan/cost``); `nil` when there is no plan.
    public var dayCost: CostBreakdown?
    public var coverage: PlanCoverage
    public var checks: Checks
    public var work: Work
    /// How each region went, when planned in more than one (their `seconds` are wall-clock).
    public var regions: [RegionalPlanner.RegionSummary]
    /// The day cost of every round planned.
    public var roundCosts: [Yuan]
    /// Whether a stop request cut the run short: the plans are the best found so far.
    public var interrupted: Bool
    public var timings: Timings

    /// Whether the siting found a plan (routes and dispatch follow from it).
    public var hasPlan: Bool { siting.objective != nil }
}
