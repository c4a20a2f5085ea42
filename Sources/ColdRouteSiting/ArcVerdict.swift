import ColdRouteModel

/// Whether one village's produce can be served by one depot, and if not, why.
///
/// Computed for every (village, product, depot) triple by ``SitingInstance``; the verdicts of the
/// open depots explain each uncovered village in the plan report.
public enum ArcVerdict: Hashable, Sendable {
    /// Servable: the cheapest arc (vehicle type) that keeps the produce within its shelf life.
    case feasible(ServiceArc)
    /// No vehicle can be based at the depot (every vehicle type has another home depot or count 0).
    case noVehicle
    /// No open road joins the village and the depot.
    case unreachable
    /// Even a direct trip takes longer than the shelf life on the best vehicle class available there.
    case shelfLifeExceeded(travel: Minutes, shelfLife: Minutes, refrigerated: Bool)
    /// Within shelf life, but the pickup window and the depot's receiving hours cannot both be met.
    case windowMissed(travel: Minutes, pickupEnd: Minutes, receivingOpen: Minutes, receivingClose: Minutes)
    /// Cooled produce cannot reach any express agency before its cut-off.
    case cutoffMissed(arrival: Minutes)

    /// The servable arc, if any.
    public var arc: ServiceArc? {
        if case .feasible(let arc) = self { return arc }
        return nil
    }
}

/// A feasible way to bring one village's supply of one product to one depot on one vehicle type,
/// with its estimated cost per kg and the fleet time it takes.
public struct ServiceArc: Hashable, Sendable {
    /// Index into ``SitingInstance/items``.
    public var item: Int
    /// Index into the network's `depots`.
    public var depot: Int
    /// Index into the network's `vehicleTypes`: a type that keeps the produce within its shelf life.
    public var vehicleType: Int
    /// Index into the network's `agencies`: the cheapest agency reachable before its cut-off.
    public var agency: Int
    /// Direct travel from the village to the depot (fastest path).
    public var travel: Leg
    /// Earliest arrival at the depot (time of day) with loading started as early as allowed.
    public var arrival: Minutes
    /// Estimated cost per kg, by component (see ``SitingInstance`` for the estimate).
    public var costPerKg: CostBreakdown
    /// Vehicle-minutes of the type's fleet per kg carried (full-load return trips, loading included).
    public var vehicleMinutesPerKg: Double
}
