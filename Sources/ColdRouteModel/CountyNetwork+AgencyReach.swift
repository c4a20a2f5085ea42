extension CountyNetwork {
    /// A warning when no produce can reach any express agency before its cut-off, although
    /// agencies exist and are connected: every plan of such a network ships nothing (0 % coverage).
    ///
    /// Produce reaches depot `j` at the earliest when it opens, `receivingOpen_j`, and agency `a`
    /// at the earliest `receivingOpen_j + t_ja` (fastest travel depot → agency, which equals
    /// agency → depot since every open road is driven both ways). When
    /// `receivingOpen_j + t_ja > cutoff_a` for every depot `j` and agency `a` with a road between
    /// them, nothing can be shipped, whatever the villages, vehicles or shelf lives. The test is
    /// necessary, not sufficient (it ignores when the villages' produce can actually arrive), so it
    /// never warns about a network that can cover something; the siting's verdicts give the exact
    /// per-item reasons.
    ///
    /// Called by ``validate()`` only when there are no errors (the travel model needs a valid
    /// network). Complexity: one shortest-path search per agency, stopped once every depot is
    /// settled, O(A (V + E) log V).
    func agencyReachIssues() -> [ValidationIssue] {
        guard !agencies.isEmpty, !depots.isEmpty else { return [] }
        let travel = TravelModel(network: self)
        let depotPlaces = depots.indices.map { Place.depot($0) }
        // The smallest slack (earliest arrival at the agency minus its cut-off) over every pair.
        var closest: (depot: Int, agency: Int, arrival: Double)?
        for (a, agency) in agencies.enumerated() {
            let legs = travel.legs(from: .agency(a), to: depotPlaces)
            for (j, leg) in legs.enumerated() {
                guard let leg else { continue }
                let arrival = depots[j].receivingOpen.value + leg.time.value
                if arrival <= agency.cutoff.value { return [] }
                if closest == nil || arrival - agency.cutoff.value < closest!.arrival - agencies[closest!.agency].cutoff.value {
                    closest = (j, a, arrival)
                }
            }
        }
        guard let closest else { return [] }   // no road to any agency: an error of the connectivity check
        let depot = depots[closest.depot], agency = agencies[closest.agency]
        let drive = closest.arrival - depot.receivingOpen.value
        return [ValidationIssue(
            .warning, table: .agencies, row: closest.agency, field: "cutoff",
            message: "no produce can reach an express agency before its cut-off, so every plan ships nothing (0 % coverage): "
                + "the closest call is \(label(of: .depot(closest.depot))), open from \(depot.receivingOpen.clockString), "
                + "\(Minutes(drive).description) from \(label(of: .agency(closest.agency))), which cuts off at \(agency.cutoff.clockString)")]
    }
}
