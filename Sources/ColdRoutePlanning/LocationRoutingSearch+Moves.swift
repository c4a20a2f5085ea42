import ColdRouteModel
import ColdRouteSiting

extension LocationRoutingSearch {
    /// Which open sets the user's options allow, and the depot moves between them.
    ///
    /// A depot may close unless it is forced open or an existing site that may not close; it may
    /// open unless it is forced closed. An open set is allowed when at least one depot is open, at
    /// most `maxNewDepots` candidates are open and their opening costs fit `budgetPerDay` (the same
    /// rules ``SitingPlanChecker`` checks).
    struct OpenSetRules {
        let network: CountyNetwork
        let options: SitingOptions
        let mayClose: [Bool]
        let mayOpen: [Bool]

        init(network: CountyNetwork, options: SitingOptions) {
            self.network = network
            self.options = options
            mayClose = network.depots.map { depot in
                !options.forceOpen.contains(depot.id) && (depot.status == .candidate || options.existingMayClose)
            }
            mayOpen = network.depots.map { !options.forceClosed.contains($0.id) }
        }

        func openSet(of siting: SitingPlan) -> [Bool] {
            let open = Set(siting.openDepots.map(\.id))
            return network.depots.map { open.contains($0.id) }
        }

        func allows(_ open: [Bool]) -> Bool {
            guard open.contains(true) else { return false }
            var new = 0, cost = 0.0
            for (j, depot) in network.depots.enumerated() {
                if open[j], !mayOpen[j] { return false }
                if !open[j], !mayClose[j] { return false }
                if open[j], depot.status == .candidate {
                    new += 1
                    cost += depot.openingCostPerDay.value
                }
            }
            if let limit = options.maxNewDepots, new > limit { return false }
            if let limit = options.budgetPerDay, cost > limit.value + 1e-9 { return false }
            return true
        }

        /// Close one, open one, swap one (close `a`, open `b`), in that order, allowed sets only.
        ///
        /// Complexity: O(m²) sets of m depots each.
        func neighbours(of open: [Bool]) -> [[Bool]] {
            var out: [[Bool]] = []
            let opened = open.indices.filter { open[$0] && mayClose[$0] }
            let closed = open.indices.filter { !open[$0] && mayOpen[$0] }
            for a in opened { var s = open; s[a] = false; out.append(s) }
            for b in closed { var s = open; s[b] = true; out.append(s) }
            for a in opened { for b in closed { var s = open; s[a] = false; s[b] = true; out.append(s) } }
            return out.filter(allows)
        }
    }
}
