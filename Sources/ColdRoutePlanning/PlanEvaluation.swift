import ColdRouteModel
import ColdRouteSiting

/// What ``PickupPlanChecker/evaluate(_:network:travel:timeTolerance:)`` finds in a plan: every
/// violation with its route and stop, what the routes cost, and what they collect.
public struct PlanEvaluation: Hashable, Sendable {
    /// Coverage by the routes: a stop counts when its produce reaches the depot within shelf
    /// life; a village counts when such stops collect all its daily supply. Villages without
    /// supply count in none of these.
    public struct Coverage: Hashable, Sendable {
        public var villagesCovered: Int
        public var villagesTotal: Int
        /// Kilograms collected at stops without a shelf-life violation, and all kilograms collected.
        public var supplyCovered: Kilograms
        public var supplyCollected: Kilograms
        public var supplyTotal: Kilograms
        public var lowIncomeCovered: Int
        public var lowIncomeTotal: Int

        public var villageShare: Double { villagesTotal == 0 ? 1 : Double(villagesCovered) / Double(villagesTotal) }
        public var supplyShare: Double { supplyTotal.value == 0 ? 1 : supplyCovered / supplyTotal }
        public var lowIncomeShare: Double { lowIncomeTotal == 0 ? 1 : Double(lowIncomeCovered) / Double(lowIncomeTotal) }
    }

    public var violations: [PlanViolation]
    public var routes: Int
    public var distance: Kilometres
    /// Vehicle fixed, distance, driver time and refrigeration (no depot, handling or express cost).
    public var cost: CostBreakdown
    public var coverage: Coverage
}
