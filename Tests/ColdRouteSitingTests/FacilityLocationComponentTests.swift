import Testing
@testable import ColdRouteSiting

@Suite("Facility-location components")
struct FacilityLocationComponentTests {
    /// A deterministic 8 × 30 instance (linear congruential numbers), capacities tight enough that
    /// about half the facilities must open.
    static func generated() throws -> FacilityLocationInstance {
        var state: UInt64 = 12345
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 33) / Double(1 << 31)
        }
        let m = 8, n = 30
        let fx = (0..<m).map { _ in 50 + 100 * next() }, fy = (0..<m).map { _ in next() }
        let demands = (0..<n).map { _ in Double(Int(5 + 20 * next())) }
        let costs = (0..<n).map { i -> [Double] in
            let x = next(), y = next()
            return (0..<m).map { j in demands[i] * 10 * ((x - fx[j] / 150).magnitude + (y - fy[j]).magnitude) }
        }
        let capacity = demands.reduce(0, +) / 4
        return try FacilityLocationInstance(fixedCosts: fx, capacities: Array(repeating: capacity, count: m),
                                            demands: demands, allocationCosts: costs)
    }

    @Test("Lagrangian bound ≤ optimum ≤ heuristic value")
    func boundsSandwich() throws {
        let solution = FacilityLocationSolver().solve(try Self.generated())
        #expect(solution.status == .optimal)
        let s = solution.statistics
        #expect(s.lagrangianBound <= solution.objective + 1e-6)
        #expect(solution.objective <= s.heuristicObjective + 1e-6)
        #expect(solution.bound <= solution.objective)
    }

    @Test("the transportation solver serves every customer within capacity")
    func transportation() throws {
        let instance = try Self.generated()
        let open = (0..<instance.facilityCount).map { $0 % 2 == 0 }
        let result = try #require(TransportationSolver(instance: instance).solve(open: open))
        var load = [Double](repeating: 0, count: instance.facilityCount)
        for i in 0..<instance.customerCount {
            let served = instance.pairs(ofCustomer: i).reduce(0.0) { $0 + result.fractions[$1] }
            #expect(abs(served - 1) <= 1e-9)
            for p in instance.pairs(ofCustomer: i) { load[instance.pairFacility[p]] += result.fractions[p] * instance.demands[i] }
        }
        for j in 0..<instance.facilityCount {
            #expect(load[j] <= instance.capacities[j] * (1 + 1e-9) && (open[j] || load[j] == 0))
        }
    }

    /// A stop request (issue 11, "No hangs") makes the solve serve the customers not yet added
    /// greedily: still every customer, within capacity, and never cheaper than the optimum.
    @Test("a stopped transportation solve still serves every customer within capacity", arguments: [0, 1, 2])
    func stoppedTransportation(pollsAllowed: Int) throws {
        let instance = try Self.generated()
        let open = [Bool](repeating: true, count: instance.facilityCount)
        let solver = TransportationSolver(instance: instance)
        let optimum = try #require(solver.solve(open: open))
        var polls = 0
        let result = try #require(solver.solve(open: open) {
            polls += 1
            return polls <= pollsAllowed
        })
        #expect(polls == pollsAllowed + 1)
        var load = [Double](repeating: 0, count: instance.facilityCount)
        for i in 0..<instance.customerCount {
            let served = instance.pairs(ofCustomer: i).reduce(0.0) { $0 + result.fractions[$1] }
            #expect(abs(served - 1) <= 1e-9)
            for p in instance.pairs(ofCustomer: i) { load[instance.pairFacility[p]] += result.fractions[p] * instance.demands[i] }
        }
        for j in 0..<instance.facilityCount { #expect(load[j] <= instance.capacities[j] * (1 + 1e-9)) }
        #expect(result.cost >= optimum.cost - 1e-6 * max(1, optimum.cost))
    }

    @Test("the covering knapsack is exact on a small case")
    func knapsack() {
        // Cover 10 with weights 6, 5, 4, 3 and values 7, 4, 4, 2. Covers: {6,4} → 11, {6,5} → 11,
        // {5,4,3} → 10, {6,4,3} → 13, …; the optimum is 10 (items 1, 2, 3).
        let result = CoverKnapsack().solve(values: [7, 4, 4, 2], weights: [6, 5, 4, 3], demand: 10,
                                           forced: [nil, nil, nil, nil])
        #expect(result.exact)
        #expect(result.value == 10)
        #expect(result.selected == [false, true, true, true])
        let forcedOut = CoverKnapsack().solve(values: [7, 4, 4, 2], weights: [6, 5, 4, 3], demand: 10,
                                              forced: [false, false, nil, nil])
        #expect(forcedOut.value == .infinity)
    }
}
