/// A capacitated facility-location instance in dense, index-based form.
///
/// Facilities are numbered `0..<facilityCount`, customers `0..<customerCount`. Each facility `j` has
/// a fixed opening cost `f_j` and a capacity `s_j`; each customer `i` has a demand `d_i`. The
/// allocation cost `c_ij` is the cost of serving **all** of customer `i`'s demand from facility `j`,
/// so serving the fraction `x_ij` costs `c_ij · x_ij` (the OR-Library convention, Beasley 1988).
///
/// Pairs may be sparse: a customer lists only the facilities allowed to serve it (the county siting
/// model forbids pairs beyond a shelf-life radius). Pairs are stored customer-major in compressed
/// rows: customer `i` owns `pairStart[i]..<pairStart[i+1]` of ``pairFacility`` and ``pairCost``.
///
/// The problem solved by ``FacilityLocationSolver``:
///
///     minimise    Σ_j f_j y_j + Σ_(i,j) c_ij x_ij
///     subject to  Σ_j x_ij = 1                     for every customer i      (demand)
///                 Σ_i d_i x_ij ≤ s_j y_j            for every facility j      (capacity)
///                 0 ≤ x_ij ≤ 1, y_j ∈ {0, 1}        (x_ij ∈ {0, 1} when single-sourced)
///
/// Costs, capacities and demands are plain `Double`s: this type is the solver's internal form; the
/// county model converts its unit-typed quantities (yuan, kilograms) at its own edge.
public struct FacilityLocationInstance: Sendable, Equatable {
    /// Fixed cost `f_j` of opening facility `j`.
    public let fixedCosts: [Double]
    /// Capacity `s_j` of facility `j` (same unit as the demands).
    public let capacities: [Double]
    /// Demand `d_i` of customer `i`.
    public let demands: [Double]
    /// `pairStart[i]..<pairStart[i+1]` indexes customer `i`'s allowed pairs; `count == customerCount + 1`.
    public let pairStart: [Int]
    /// The facility of each allowed pair, ascending within a customer.
    public let pairFacility: [Int]
    /// The cost `c_ij` of serving all of the pair's customer demand from the pair's facility.
    public let pairCost: [Double]

    public var facilityCount: Int { fixedCosts.count }
    public var customerCount: Int { demands.count }
    public var pairCount: Int { pairFacility.count }
    /// Total demand `D = Σ_i d_i`.
    public var totalDemand: Double { demands.reduce(0, +) }

    /// The allowed pairs of customer `i`, as indices into ``pairFacility`` and ``pairCost``.
    @inlinable public func pairs(ofCustomer i: Int) -> Range<Int> { pairStart[i]..<pairStart[i + 1] }

    /// Creates a dense instance: every facility may serve every customer.
    ///
    /// - Parameter allocationCosts: `allocationCosts[i][j]` = cost of serving all of customer `i`'s
    ///   demand from facility `j`.
    /// - Throws: ``FacilityLocationError`` when sizes disagree or a number is negative or not finite.
    public init(fixedCosts: [Double], capacities: [Double], demands: [Double], allocationCosts: [[Double]]) throws {
        let m = fixedCosts.count
        guard allocationCosts.count == demands.count else {
            throw FacilityLocationError.invalidInstance(
                "\(allocationCosts.count) cost rows for \(demands.count) customers")
        }
        var pairs: [[(facility: Int, cost: Double)]] = []
        pairs.reserveCapacity(demands.count)
        for (i, row) in allocationCosts.enumerated() {
            guard row.count == m else {
                throw FacilityLocationError.invalidInstance("customer \(i) has \(row.count) costs for \(m) facilities")
            }
            pairs.append(row.enumerated().map { (facility: $0.offset, cost: $0.element) })
        }
        try self.init(fixedCosts: fixedCosts, capacities: capacities, demands: demands, allowedPairs: pairs)
    }

    /// Creates a sparse instance: customer `i` may be served only by the facilities in `allowedPairs[i]`.
    ///
    /// - Throws: ``FacilityLocationError`` for mismatched sizes, negative or non-finite numbers,
    ///   unknown or repeated facilities, or a customer with positive demand and no allowed facility.
    public init(
        fixedCosts: [Double], capacities: [Double], demands: [Double],
        allowedPairs: [[(facility: Int, cost: Double)]]
    ) throws {
        let m = fixedCosts.count
        guard capacities.count == m else {
            throw FacilityLocationError.invalidInstance("\(capacities.count) capacities for \(m) facilities")
        }
        guard allowedPairs.count == demands.count else {
            throw FacilityLocationError.invalidInstance("\(allowedPairs.count) pair lists for \(demands.count) customers")
        }
        for (j, (f, s)) in zip(fixedCosts, capacities).enumerated() where !(f.isFinite && f >= 0 && s.isFinite && s >= 0) {
            throw FacilityLocationError.invalidInstance("facility \(j): fixed cost \(f), capacity \(s)")
        }
        var start = [0]
        var facility: [Int] = []
        var cost: [Double] = []
        for (i, list) in allowedPairs.enumerated() {
            let d = demands[i]
            guard d.isFinite, d >= 0 else { throw FacilityLocationError.invalidInstance("customer \(i): demand \(d)") }
            let sorted = list.sorted { $0.facility < $1.facility }
            for (k, p) in sorted.enumerated() {
                guard (0..<m).contains(p.facility) else {
                    throw FacilityLocationError.invalidInstance("customer \(i): unknown facility \(p.facility)")
                }
                guard k == 0 || sorted[k - 1].facility != p.facility else {
                    throw FacilityLocationError.invalidInstance("customer \(i): facility \(p.facility) listed twice")
                }
                guard p.cost.isFinite else {
                    throw FacilityLocationError.invalidInstance("customer \(i), facility \(p.facility): cost \(p.cost)")
                }
                facility.append(p.facility)
                cost.append(p.cost)
            }
            guard d == 0 || !sorted.isEmpty else {
                throw FacilityLocationError.invalidInstance("customer \(i) has demand but no allowed facility")
            }
            start.append(facility.count)
        }
        self.fixedCosts = fixedCosts
        self.capacities = capacities
        self.demands = demands
        self.pairStart = start
        self.pairFacility = facility
        self.pairCost = cost
    }

    /// The allocation cost of customer `i` from facility `j`, or `nil` if the pair is not allowed.
    ///
    /// Complexity: O(log k) for a customer with k allowed facilities.
    public func cost(customer i: Int, facility j: Int) -> Double? {
        var lo = pairStart[i], hi = pairStart[i + 1]
        while lo < hi {
            let mid = (lo + hi) / 2
            if pairFacility[mid] < j { lo = mid + 1 } else { hi = mid }
        }
        return lo < pairStart[i + 1] && pairFacility[lo] == j ? pairCost[lo] : nil
    }
}
