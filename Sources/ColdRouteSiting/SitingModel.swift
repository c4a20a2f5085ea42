import ColdRouteModel
import GLPK

/// The depot-siting mixed-integer program for a compiled ``SitingInstance``.
///
/// **Sets.** Depots `j ∈ J` (existing `E`, candidates `N`); supply items `k ∈ K` (village `i(k)`,
/// product `p(k)`, `s_k` kg/day, value `v_k` yuan/kg); vehicle types `t ∈ T`; feasible arcs
/// `(k, j, t) ∈ A`: depot `j` can serve item `k` within shelf life on type `t` (``SitingInstance``).
///
/// **Variables.**
/// - `y_j ∈ {0,1}`: depot `j` is open (fixed to 1 for existing depots unless they may close, and by
///   `forceOpen` / `forceClosed`);
/// - `x_kjt ∈ [0,1]`, `(k,j,t) ∈ A`: share of item `k`'s supply served by depot `j` on type `t`;
/// - `u_k ∈ [0,1]`: share of item `k` not covered (it spoils);
/// - `w_i ∈ {0,1}`: village `i` is fully covered (only with a low-income coverage target).
///
/// **Objective** (yuan/day):
/// `min Σ_j f_j y_j + Σ_(k,j,t)∈A s_k c_kjt x_kjt + Σ_k s_k v_k u_k`,
/// opening cost `f_j`, estimated cost per kg `c_kjt` (transport, driver, refrigeration, handling, express)
/// and spoilage priced at the produce's value — so the model is always feasible, and leaving produce
/// behind is a priced choice the report explains.
///
/// **Constraints.**
/// 1. cover:     `Σ_(j,t) x_kjt + u_k = 1`               for every item `k`;
/// 2. link:      `Σ_t x_kjt ≤ y_j`                       for every servable pair `(k, j)` (the strong
///    formulation);
/// 3. capacity:  `Σ_(k,t) s_k x_kjt ≤ C_j y_j`           for every depot `j`;
/// 3b. fleet:    `Σ_(k,j) m_kjt s_k x_kjt ≤ n_t H_t`     for every vehicle type `t`, with `m_kjt` the
///    vehicle-minutes per kg of full-load return trips, `n_t` vehicles and shift `H_t` minutes;
/// 3c. single-sourcing (option): each village `i` picks at most one depot, `Σ_j a_ij ≤ 1` with
///    `a_ij ∈ {0,1}`, `a_ij ≤ y_j`, and link (2) becomes `Σ_t x_kjt ≤ a_ij`; `u_k` becomes binary, so
///    a village's product is served whole by its one depot or not at all;
/// 4. new depots: `Σ_(j∈N) y_j ≤ maxNewDepots`           (optional);
/// 5. budget:    `Σ_(j∈N) f_j y_j ≤ budgetPerDay`        (optional);
/// 6. low-income target (optional): `w_i ≤ 1 − u_k` for each item `k` of village `i`, and
///    `Σ_i h_i w_i ≥ α Σ_i h_i`, with `h_i` low-income households and `α` the target share
///    (over villages with supply; a village is covered when all of its supply is).
public struct SitingModel: Sendable {
    public let instance: SitingInstance
    public let options: SitingOptions
    /// The LP/MIP as handed to GLPK (also what `export-model` writes).
    public let model: LinearModel
    let open: [LinearModel.Variable]
    let share: [LinearModel.Variable]
    let uncovered: [LinearModel.Variable]

    /// Builds the model. Throws ``SitingError`` when options contradict the network
    /// (an unknown depot id, a depot both forced open and closed).
    public init(instance: SitingInstance, options: SitingOptions) throws {
        try self.init(instance: instance, options: options, reducedBy: nil)
    }

    /// The same model with depots fixed by a bound argument (`fixed[j]`: `true` open, `false`
    /// closed, `nil` free), for solving only: fixed depots get fixed `y_j`, the arcs of closed depots
    /// are fixed at 0, and the link rows of every depot whose `y_j` is fixed (here or by the options)
    /// are left out (they are implied by the cover rows, or by the zero bounds). Variables keep their
    /// order, so a value vector of the full model is one of this model too.
    ///
    /// `shouldContinue` is polled about every thousand variables or rows; once it says no, the
    /// build throws ``Stopped`` (see ``built(instance:options:shouldContinue:)``).
    init(
        instance: SitingInstance, options: SitingOptions, reducedBy fixed: [Bool?]?,
        shouldContinue: () -> Bool = { true }
    ) throws {
        var polled = 0
        /// Polls `shouldContinue` on every 1,024th call.
        func poll() throws {
            polled += 1
            if polled & 1023 == 0, !shouldContinue() { throw Stopped() }
        }
        self.instance = instance
        self.options = options
        let network = instance.network
        let ids = Set(network.depots.map(\.id))
        for id in options.forceOpen.union(options.forceClosed) where !ids.contains(id) {
            throw SitingError("unknown depot '\(id)' in forced open/closed depots")
        }
        if let both = options.forceOpen.intersection(options.forceClosed).sorted().first {
            throw SitingError("depot '\(both)' is both forced open and forced closed")
        }
        if let target = options.minLowIncomeCoverage, !(0...1).contains(target) {
            throw SitingError("low-income coverage target must be between 0 and 1 (got \(target))")
        }

        var m = LinearModel(name: "coldroute_siting", sense: .minimize)
        let state = Self.depotStates(network: network, options: options, fixed: fixed)
        let open = network.depots.indices.map { j in
            let bounds: LinearModel.Bounds = state[j].map { .fixed($0 ? 1 : 0) } ?? .range(0, 1)
            return m.addVariable("open_\(network.depots[j].id)", bounds: bounds,
                                 cost: network.depots[j].openingCostPerDay.value, kind: .binary)
        }
        let share = try instance.arcs.map { arc in
            try poll()
            let item = instance.items[arc.item]
            let closed = fixed != nil && state[arc.depot] == false
            return m.addVariable(
                "x_\(network.villages[item.village].id)_\(network.products[item.product].id)_\(network.depots[arc.depot].id)_\(network.vehicleTypes[arc.vehicleType].id)",
                bounds: closed ? .fixed(0) : .range(0, 1), cost: item.supply.value * arc.costPerKg.total.value)
        }
        let uncovered = try instance.items.map { item in
            try poll()
            return m.addVariable(
                "u_\(network.villages[item.village].id)_\(network.products[item.product].id)",
                bounds: .range(0, 1), cost: item.supply.value * item.valuePerKg.value,
                kind: options.singleSource ? .binary : .continuous)
        }

        var arcsOfItem = Array(repeating: [Int](), count: instance.items.count)
        var arcsOfDepot = Array(repeating: [Int](), count: network.depots.count)
        var arcsOfType = Array(repeating: [Int](), count: network.vehicleTypes.count)
        var arcsOfPair: [[Int]] = []   // arcs are item-major, so one (item, depot) pair is a run
        for (a, arc) in instance.arcs.enumerated() {
            try poll()
            arcsOfItem[arc.item].append(a)
            arcsOfDepot[arc.depot].append(a)
            arcsOfType[arc.vehicleType].append(a)
            if let last = arcsOfPair.last?.last, instance.arcs[last].item == arc.item, instance.arcs[last].depot == arc.depot {
                arcsOfPair[arcsOfPair.count - 1].append(a)
            } else {
                arcsOfPair.append([a])
            }
        }
        for (k, item) in instance.items.enumerated() {
            try poll()
            let terms = arcsOfItem[k].map { (share[$0], 1.0) } + [(uncovered[k], 1.0)]
            m.addConstraint(
                "cover_\(network.villages[item.village].id)_\(network.products[item.product].id)", terms, .fixed(1))
        }
        // Link each (item, depot) pair to the depot, or with single-sourcing to the village's one
        // depot choice a_ij, which is itself linked to the depot.
        var choice: [Int: [Int: LinearModel.Variable]] = [:]   // village → depot → a_ij
        for arcs in arcsOfPair {
            try poll()
            let first = instance.arcs[arcs[0]]
            let item = instance.items[first.item]
            let village = network.villages[item.village], depot = network.depots[first.depot]
            var target = open[first.depot]
            if options.singleSource {
                if let a = choice[item.village]?[first.depot] {
                    target = a
                } else {
                    let a = m.addVariable("serve_\(village.id)_\(depot.id)", bounds: .range(0, 1), kind: .binary)
                    m.addConstraint("choice_\(village.id)_\(depot.id)", [(a, 1), (open[first.depot], -1)], .upper(0))
                    choice[item.village, default: [:]][first.depot] = a
                    target = a
                }
            }
            if fixed != nil, !options.singleSource, state[first.depot] != nil { continue }
            m.addConstraint(
                "link_\(village.id)_\(network.products[item.product].id)_\(depot.id)",
                arcs.map { (share[$0], 1.0) } + [(target, -1.0)], .upper(0))
        }
        for (i, depots) in choice.sorted(by: { $0.key < $1.key }) {
            m.addConstraint("single_source_\(network.villages[i].id)",
                            depots.sorted { $0.key < $1.key }.map { ($0.value, 1.0) }, .upper(1))
        }
        for (t, type) in network.vehicleTypes.enumerated() where !arcsOfType[t].isEmpty {
            let minutes = arcsOfType[t].map { a in
                (share[a], instance.arcs[a].vehicleMinutesPerKg * instance.items[instance.arcs[a].item].supply.value)
            }
            m.addConstraint("fleet_\(type.id)", minutes, .upper(Double(type.count) * type.maxShift.value))
        }
        for (j, depot) in network.depots.enumerated() where !arcsOfDepot[j].isEmpty {
            if fixed != nil, state[j] == false { continue }
            let load = arcsOfDepot[j].map { (share[$0], instance.items[instance.arcs[$0].item].supply.value) }
            m.addConstraint("capacity_\(depot.id)", load + [(open[j], -depot.capacityPerDay.value)], .upper(0))
        }
        let candidates = network.depots.indices.filter { network.depots[$0].status == .candidate }
        if let limit = options.maxNewDepots {
            m.addConstraint("max_new_depots", candidates.map { (open[$0], 1.0) }, .upper(Double(limit)))
        }
        if let budget = options.budgetPerDay {
            let terms = candidates.map { (open[$0], network.depots[$0].openingCostPerDay.value) }
            m.addConstraint("budget", terms, .upper(budget.value))
        }
        if let target = options.minLowIncomeCoverage {
            Self.addLowIncomeTarget(target, to: &m, instance: instance, uncovered: uncovered)
        }
        self.model = m
        self.open = open
        self.share = share
        self.uncovered = uncovered
    }

    /// Each depot's `y_j` as fixed by the options (forced, existing) and by `fixed`; `nil` = free.
    static func depotStates(network: CountyNetwork, options: SitingOptions, fixed: [Bool?]?) -> [Bool?] {
        network.depots.enumerated().map { j, depot in
            if options.forceClosed.contains(depot.id) { return false }
            if options.forceOpen.contains(depot.id) || (depot.status == .existing && !options.existingMayClose) {
                return true
            }
            return fixed?[j]
        }
    }

    private static func addLowIncomeTarget(
        _ target: Double, to m: inout LinearModel, instance: SitingInstance, uncovered: [LinearModel.Variable]
    ) {
        let network = instance.network
        var itemsOfVillage: [Int: [Int]] = [:]
        for (k, item) in instance.items.enumerated() { itemsOfVillage[item.village, default: []].append(k) }
        // Villages without supply have nothing to cover and count in no coverage figure.
        let total = itemsOfVillage.keys.reduce(0) { $0 + network.villages[$1].lowIncomeHouseholds }
        var coverage: [(LinearModel.Variable, Double)] = []
        for (i, items) in itemsOfVillage.sorted(by: { $0.key < $1.key }) {
            let village = network.villages[i]
            guard village.lowIncomeHouseholds > 0 else { continue }
            let w = m.addVariable("covered_\(village.id)", bounds: .range(0, 1), kind: .binary)
            for k in items {
                m.addConstraint("covered_\(village.id)_\(k)", [(w, 1), (uncovered[k], 1)], .upper(1))
            }
            coverage.append((w, Double(village.lowIncomeHouseholds)))
        }
        m.addConstraint("low_income_target", coverage, .lower(target * Double(total)))
    }
}

/// A siting request that cannot be built (bad options for this network).
public struct SitingError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
