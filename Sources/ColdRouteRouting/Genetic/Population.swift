/// Feasible and infeasible subpopulations with diversity management (Vidal et al. 2012,
/// "A hybrid genetic algorithm for multidepot and periodic vehicle routing problems",
/// Operations Research 60(3) 611–624; parameters as in PyVRP).
///
/// Each subpopulation grows to `minimumSize + generationSize`, then survivors are selected:
/// clones first, then the worst *biased fitness* = cost rank + (1 − elite/size) × diversity
/// rank, where diversity is the mean broken-pairs distance to the `closeCount` closest
/// members. Adding is O(s·n) for subpopulation size s and n clients; a purge is O(s²·log s).
struct Population {
    struct Parameters: Sendable {
        var minimumSize = 25
        var generationSize = 40
        var eliteCount = 4
        var closeCount = 5
        var lowerDiversity = 0.1
        var upperDiversity = 0.5
    }

    struct SubPopulation {
        var members: [Individual] = []
        /// Pairwise broken-pairs distances, symmetric.
        var distances: [[Double]] = []
    }

    let parameters: Parameters
    let clients: Range<Int>
    var feasible = SubPopulation()
    var infeasible = SubPopulation()

    init(parameters: Parameters, clients: Range<Int>) {
        self.parameters = parameters
        self.clients = clients
    }

    var count: Int { feasible.members.count + infeasible.members.count }

    mutating func add(_ ind: Individual, _ ev: CostEvaluator) {
        if ind.isFeasible { Self.insert(ind, into: &feasible, self, ev) } else { Self.insert(ind, into: &infeasible, self, ev) }
    }

    mutating func clear() {
        feasible = SubPopulation(); infeasible = SubPopulation()
    }

    private static func insert(_ ind: Individual, into sub: inout SubPopulation, _ pop: Population, _ ev: CostEvaluator) {
        let d = sub.members.map { ind.brokenPairsDistance(to: $0, clients: pop.clients) }
        for i in sub.distances.indices { sub.distances[i].append(d[i]) }
        sub.distances.append(d + [0])
        sub.members.append(ind)
        if sub.members.count > pop.parameters.minimumSize + pop.parameters.generationSize {
            while sub.members.count > pop.parameters.minimumSize {
                let victim = duplicateIndex(sub) ?? worstIndex(sub, pop.parameters, ev)
                sub.members.remove(at: victim)
                sub.distances.remove(at: victim)
                for i in sub.distances.indices { sub.distances[i].remove(at: victim) }
            }
        }
    }

    private static func duplicateIndex(_ sub: SubPopulation) -> Int? {
        for i in sub.members.indices {
            for j in 0..<i where sub.distances[i][j] == 0 && sub.members[i].objective == sub.members[j].objective { return i }
        }
        return nil
    }

    private static func worstIndex(_ sub: SubPopulation, _ p: Parameters, _ ev: CostEvaluator) -> Int {
        let f = fitness(sub, p, ev)
        return f.indices.max { f[$0] < f[$1] }!
    }

    /// Biased fitness of each member (lower is better). O(s² log s).
    static func fitness(_ sub: SubPopulation, _ p: Parameters, _ ev: CostEvaluator) -> [Double] {
        let s = sub.members.count
        guard s > 1 else { return [Double](repeating: 0, count: s) }
        let costs = sub.members.map { $0.penalisedCost(ev) }
        let byCost = (0..<s).sorted { costs[$0] < costs[$1] }
        let diversity: [Double] = (0..<s).map { i in
            let closest = sub.distances[i].enumerated().filter { $0.offset != i }.map(\.element).sorted().prefix(p.closeCount)
            return closest.reduce(0, +) / Double(max(1, closest.count))
        }
        let byDiversity = (0..<s).sorted { diversity[$0] > diversity[$1] }
        var costRank = [Double](repeating: 0, count: s), divRank = costRank
        for (r, i) in byCost.enumerated() { costRank[i] = Double(r) / Double(s - 1) }
        for (r, i) in byDiversity.enumerated() { divRank[i] = Double(r) / Double(s - 1) }
        let w = 1 - Double(p.eliteCount) / Double(s)
        return (0..<s).map { costRank[$0] + max(0, w) * divRank[$0] }
    }

    /// Binary tournament over both subpopulations on precomputed biased fitness. O(1).
    private func tournament(_ ff: [Double], _ fi: [Double], using rng: inout some RandomNumberGenerator) -> Individual {
        func pick() -> (Individual, Double) {
            let k = Int.random(in: 0..<count, using: &rng)
            return k < feasible.members.count ? (feasible.members[k], ff[k])
                : (infeasible.members[k - feasible.members.count], fi[k - feasible.members.count])
        }
        let a = pick(), b = pick()
        return a.1 <= b.1 ? a.0 : b.0
    }

    /// Two parents by binary tournament whose broken-pairs distance is in the diversity band,
    /// if found in 10 tries. O(s² log s + n).
    func selectParents(_ ev: CostEvaluator, using rng: inout some RandomNumberGenerator) -> (Individual, Individual) {
        let ff = Self.fitness(feasible, parameters, ev), fi = Self.fitness(infeasible, parameters, ev)
        let first = tournament(ff, fi, using: &rng)
        var second = tournament(ff, fi, using: &rng)
        for _ in 0..<10 {
            let d = first.brokenPairsDistance(to: second, clients: clients)
            if d >= parameters.lowerDiversity && d <= parameters.upperDiversity { break }
            second = tournament(ff, fi, using: &rng)
        }
        return (first, second)
    }
}
