import ColdRouteModel

/// The answer to a siting run: which depots open, who they serve, what is left out and why,
/// what it costs and what coverage it buys. A plain value, ready to print or encode as JSON.
public struct SitingPlan: Hashable, Sendable, Codable {
    /// How far the solver got.
    public enum Status: String, Hashable, Sendable, Codable {
        /// Proven optimal (within the requested relative gap).
        case optimal
        /// A plan, stopped by the time limit before optimality was proven (see `gap`).
        case feasible
        /// The options cannot be met (e.g. a coverage target beyond reach); `message` says why.
        case infeasible
        /// Stopped by the time limit before any plan was found.
        case noSolution
    }

    /// An open depot and how much it receives.
    public struct OpenDepot: Hashable, Sendable, Codable {
        public var id: Depot.ID
        public var name: String
        public var status: Depot.Status
        public var load: Kilograms
        public var capacity: Kilograms
        public var openingCostPerDay: Yuan
    }

    /// Some of one village's supply of one product, sent to one depot.
    public struct Assignment: Hashable, Sendable, Codable {
        public var village: Village.ID
        public var product: Product.ID
        public var depot: Depot.ID
        public var kilograms: Kilograms
        /// Fastest direct travel from the village to the depot.
        public var travelTime: Minutes
        public var distance: Kilometres
        /// The vehicle type the estimate assumes (the cheapest one within shelf life).
        public var vehicleType: VehicleType.ID
        /// The express agency the cooled produce goes on to.
        public var agency: Agency.ID
        /// Earliest arrival at the depot (time of day).
        public var arrival: Minutes

        public init(
            village: Village.ID, product: Product.ID, depot: Depot.ID, kilograms: Kilograms, travelTime: Minutes,
            distance: Kilometres, vehicleType: VehicleType.ID, agency: Agency.ID, arrival: Minutes
        ) {
            self.village = village
            self.product = product
            self.depot = depot
            self.kilograms = kilograms
            self.travelTime = travelTime
            self.distance = distance
            self.vehicleType = vehicleType
            self.agency = agency
            self.arrival = arrival
        }
    }

    /// How much of one vehicle type's daily fleet time the plan's (full-load, direct) trips take.
    public struct FleetUse: Hashable, Sendable, Codable {
        public var vehicleType: VehicleType.ID
        public var name: String
        public var refrigerated: Bool
        public var kilograms: Kilograms
        public var minutesUsed: Minutes
        /// Vehicles × shift length.
        public var minutesAvailable: Minutes
    }

    /// Supply that cannot reach cold storage in time, with the reason (data; worded by the report).
    public struct Uncovered: Hashable, Sendable, Codable {
        public var village: Village.ID
        public var product: Product.ID
        public var kilograms: Kilograms
        public var reason: UncoveredReason

        public init(village: Village.ID, product: Product.ID, kilograms: Kilograms, reason: UncoveredReason) {
            self.village = village
            self.product = product
            self.kilograms = kilograms
            self.reason = reason
        }
    }

    /// Coverage: villages (all of whose supply is served), kilograms, low-income households.
    /// Villages without supply count in none of these.
    public struct Coverage: Hashable, Sendable, Codable {
        public var villagesCovered: Int
        public var villagesTotal: Int
        public var supplyCovered: Kilograms
        public var supplyTotal: Kilograms
        public var lowIncomeCovered: Int
        public var lowIncomeTotal: Int

        public var villageShare: Double { villagesTotal == 0 ? 1 : Double(villagesCovered) / Double(villagesTotal) }
        public var supplyShare: Double { supplyTotal.value == 0 ? 1 : supplyCovered / supplyTotal }
        public var lowIncomeShare: Double { lowIncomeTotal == 0 ? 1 : Double(lowIncomeCovered) / Double(lowIncomeTotal) }
    }

    public var network: String
    public var status: Status
    /// Total daily cost of the plan (the model's objective), when there is a plan.
    public var objective: Yuan?
    /// Best proven lower bound on the cost.
    public var bound: Yuan?
    /// Relative gap between `objective` and `bound`.
    public var gap: Double?
    /// Wall-clock seconds of the solve. Not encoded: the JSON of a plan is the same on every run
    /// (the CLI reports timings on standard error and in `timings.json`).
    public var solveSeconds: Double = 0
    /// Whether a ``StopSignal`` cut the run short: the plan is the best found so far, not a
    /// finished one (`status` `feasible` with its `gap`, or `noSolution` when nothing was found).
    public var interrupted = false
    /// Why there is no plan, or other notes for the reader.
    public var message: String?
    public var openDepots: [OpenDepot]
    public var assignments: [Assignment]
    public var fleet: [FleetUse]
    public var uncovered: [Uncovered]
    public var cost: CostBreakdown
    public var coverage: Coverage
    /// The work the engine did against its budget, and which stage a clock cut short, if any
    /// (`nil` for plans not made by a search: empty, merged or read back from older files).
    public var work: SitingWork?

    private enum CodingKeys: String, CodingKey {
        case network, status, objective, bound, gap, interrupted, message, openDepots, assignments, fleet, uncovered, cost,
             coverage, work
    }

    /// Cost per kilogram of covered supply (`nil` when nothing is covered).
    public var costPerKg: Yuan? {
        guard let objective, coverage.supplyCovered.value > 0 else { return nil }
        return objective / coverage.supplyCovered.value
    }
}
