/// A complete solution in the search's internal form: open facilities, per-pair fractions, value.
struct Candidate {
    var open: [Bool]
    var fractions: [Double]
    var objective: Double
}

/// Local search over sets of open facilities (the "drop/add/swap" neighbourhoods of Kuehn & Hamburger
/// 1963, as used for the CFLP by Jacobsen 1983 and inside Beasley's 1988 Lagrangean heuristic).
///
/// A set is evaluated exactly by the ``TransportationSolver`` (multi-source) or heuristically by the
/// ``SingleSourceAssigner``; values are cached per set. Moves, first improvement:
/// - *drop* an open facility, if the others still cover the total demand;
/// - *add* one of the `breadth` closed facilities with the lowest Lagrangian value `v_j`;
/// - *swap* an open facility for one of those, if capacity still covers the demand.
/// Facilities fixed by the caller (``forced``) never change.
final class OpenSetSearch {
    let instance: FacilityLocationInstance
    let singleSource: Bool
    var forced: [Bool?]
    private let transport: TransportationSolver
    private let assigner: SingleSourceAssigner
    private var cache: [[Bool]: Candidate?] = [:]
    private(set) var evaluations = 0
    /// Drop the cache beyond this many sets (memory guard for long runs).
    var cacheLimit = 20_000

    init(instance: FacilityLocationInstance, singleSource: Bool) {
        self.instance = instance
        self.singleSource = singleSource
        forced = Array(repeating: nil, count: instance.facilityCount)
        transport = TransportationSolver(instance: instance)
        assigner = SingleSourceAssigner(instance: instance)
    }

    /// The best assignment for `open` (exact when multi-source), or `nil` if none is found.
    ///
    /// - Parameter cutoff: a multi-source evaluation stops (and returns `nil`) once the cost reaches it;
    ///   such a result is not cached.
    func evaluate(_ open: [Bool], cutoff: Double = .infinity) -> Candidate? {
        if let hit = cache[open] { return hit }
        evaluations += 1
        var fixed = 0.0
        for j in open.indices where open[j] { fixed += instance.fixedCosts[j] }
        if fixed >= cutoff { return nil }
        let assignment = singleSource ? assigner.solve(open: open) : transport.solve(open: open, cutoff: cutoff - fixed)
        if assignment == nil, cutoff < .infinity, !singleSource { return nil }
        var result: Candidate?
        if let assignment {
            result = Candidate(open: open, fractions: assignment.fractions, objective: fixed + assignment.cost)
        }
        if cache.count >= cacheLimit { cache.removeAll(keepingCapacity: true) }
        cache[open] = result
        return result
    }

    /// Improves `start` until no move helps or `deadline()` says stop.
    ///
    /// - Parameters:
    ///   - ranking: a score per facility, lower = more promising to open (Lagrangian `v_j`).
    ///   - breadth: how many closed facilities are tried in add and swap moves.
    func improve(_ start: Candidate, ranking: [Double], breadth: Int = 8, deadline: () -> Bool) -> Candidate {
        var best = start
        let capacities = instance.capacities, demand = instance.totalDemand
        let tolerance = 1e-9 * max(1, demand)
        var improved = true
        while improved, !deadline() {
            improved = false
            let openSet = best.open.indices.filter { best.open[$0] }
            let closed = best.open.indices.filter { !best.open[$0] && forced[$0] != false }
                .sorted { ranking[$0] < ranking[$1] }.prefix(breadth)
            let capacity = openSet.reduce(0.0) { $0 + capacities[$1] }
            var moves: [(out: Int?, into: Int?)] = []
            for j in openSet where forced[j] != true && capacity - capacities[j] >= demand - tolerance {
                moves.append((j, nil))
            }
            for k in closed { moves.append((nil, k)) }
            for j in openSet where forced[j] != true {
                for k in closed where capacity - capacities[j] + capacities[k] >= demand - tolerance {
                    moves.append((j, k))
                }
            }
            for move in moves {
                if deadline() { break }
                var open = best.open
                if let j = move.out { open[j] = false }
                if let k = move.into { open[k] = true }
                if let c = evaluate(open, cutoff: best.objective), c.objective < best.objective - 1e-9 * max(1, abs(best.objective)) {
                    best = c
                    improved = true
                    break
                }
            }
        }
        return best
    }
}
