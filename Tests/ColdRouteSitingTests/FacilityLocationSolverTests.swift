import Testing
@testable import ColdRouteSiting

/// Two facilities (fixed cost 10, capacity 10 each) and three customers (demands 6, 5, 4); costs
/// serve ALL of a customer's demand:
///
///     customer   demand   from A   from B
///        1          6        1       10
///        2          5        2        8
///        3          4        3        4
///
/// Total demand 15 > 10, so both facilities open (fixed cost 20).
/// - Multi-source: A saves per unit 9/6 = 1.5 on customer 1, 6/5 = 1.2 on 2, 1/4 = 0.25 on 3, so A
///   takes customer 1 and 4/5 of customer 2: A costs 1 + 0.8·2 = 2.6, B costs 0.2·8 + 4 = 5.6;
///   optimum 20 + 8.2 = 28.2.
/// - Single-source: A's feasible sets (≤ 10) whose complement fits B (≤ 10): {1} → 1+8+4 = 13,
///   {2} → 2+10+4 = 16, {1,3} → 1+3+8 = 12, {2,3} → 2+3+10 = 15; optimum 20 + 12 = 32 with
///   A serving customers 1 and 3, B serving 2.
/// - Single-source with customer 3 forbidden at A: {1} → 13 or {2} → 16; optimum 33.
enum TinyInstance {
    static let fixed = [10.0, 10.0], capacities = [10.0, 10.0], demands = [6.0, 5.0, 4.0]
    static let costs = [[1.0, 10.0], [2.0, 8.0], [3.0, 4.0]]

    static func dense() throws -> FacilityLocationInstance {
        try FacilityLocationInstance(fixedCosts: fixed, capacities: capacities, demands: demands, allocationCosts: costs)
    }
}

@Suite("FacilityLocationSolver")
struct FacilityLocationSolverTests {
    @Test("multi-source optimum of the tiny instance is 28.2")
    func multiSource() throws {
        let solution = FacilityLocationSolver().solve(try TinyInstance.dense())
        #expect(solution.status == .optimal)
        #expect(abs(solution.objective - 28.2) <= 1e-6)
        #expect(solution.open == [0, 1])
        let share = solution.allocations[1].first { $0.facility == 0 }?.fraction ?? 0
        #expect(abs(share - 0.8) <= 1e-9)
    }

    @Test("single-source optimum of the tiny instance is 32: A serves 1 and 3, B serves 2")
    func singleSource() throws {
        let solution = FacilityLocationSolver().solve(try TinyInstance.dense(), options: .init(singleSource: true))
        #expect(solution.status == .optimal)
        #expect(abs(solution.objective - 32) <= 1e-6)
        #expect(solution.allocations.map { $0.map(\.facility) } == [[0], [1], [0]])
        #expect(solution.allocations.allSatisfy { $0.count == 1 && $0[0].fraction == 1 })
    }

    @Test("sparse pairs: forbidding customer 3 at A raises the single-source optimum to 33")
    func sparsePairs() throws {
        let pairs: [[(facility: Int, cost: Double)]] = [[(0, 1), (1, 10)], [(0, 2), (1, 8)], [(1, 4)]]
        let instance = try FacilityLocationInstance(
            fixedCosts: TinyInstance.fixed, capacities: TinyInstance.capacities, demands: TinyInstance.demands,
            allowedPairs: pairs)
        #expect(instance.cost(customer: 2, facility: 0) == nil)
        let solution = FacilityLocationSolver().solve(instance, options: .init(singleSource: true))
        #expect(solution.status == .optimal)
        #expect(abs(solution.objective - 33) <= 1e-6)
    }

    @Test("too little capacity is reported as infeasible, not thrown")
    func infeasible() throws {
        let instance = try FacilityLocationInstance(
            fixedCosts: [1, 1], capacities: [5, 5], demands: [6, 5], allocationCosts: [[1, 1], [1, 1]])
        let solution = FacilityLocationSolver().solve(instance)
        #expect(solution.status == .infeasible)
        #expect(solution.open.isEmpty)
    }

    @Test("invalid data throws")
    func invalid() {
        #expect(throws: FacilityLocationError.self) {
            try FacilityLocationInstance(fixedCosts: [1], capacities: [1, 2], demands: [1], allocationCosts: [[1]])
        }
        #expect(throws: FacilityLocationError.self) {
            try FacilityLocationInstance(fixedCosts: [1], capacities: [1], demands: [-1], allocationCosts: [[1]])
        }
        #expect(throws: FacilityLocationError.self) {
            try FacilityLocationInstance(fixedCosts: [1], capacities: [1], demands: [1], allowedPairs: [[]])
        }
    }
}
