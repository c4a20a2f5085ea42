import GLPK
import Testing

/// GLPK branch-and-cut switches in ``SolveOptions``: each is accepted, reaches GLPK (its log says
/// so), and leaves the optimum unchanged.
@Suite("Branch-and-cut settings")
struct BranchAndCutSettingsTests {
    /// A small capacitated facility-location MIP (binary y, continuous x, VUB and knapsack rows):
    /// it exercises cover, MIR and clique separators. 4 facilities, 6 customers.
    static func facilityLocation() -> LinearModel {
        let fixed = [40.0, 55, 35, 60], capacity = [9.0, 12, 7, 14]
        let demand = [3.0, 4, 2, 5, 3, 4]
        let cost: [[Double]] = [[4, 9, 7, 12], [8, 3, 9, 6], [6, 7, 2, 9], [11, 5, 8, 3], [5, 8, 4, 7], [9, 4, 10, 5]]
        var model = LinearModel(name: "cflp-small")
        let y = fixed.indices.map { model.addVariable("y\($0)", cost: fixed[$0], kind: .binary) }
        var load = Array(repeating: [(LinearModel.Variable, Double)](), count: fixed.count)
        for i in demand.indices {
            var row: [(LinearModel.Variable, Double)] = []
            for j in fixed.indices {
                let x = model.addVariable("x\(i)_\(j)", bounds: .range(0, 1), cost: cost[i][j] * demand[i])
                row.append((x, 1))
                load[j].append((x, demand[i]))
                model.addConstraint("vub\(i)_\(j)", [(x, 1), (y[j], -1)], .upper(0))
            }
            model.addConstraint("demand\(i)", row, .fixed(1))
        }
        for j in fixed.indices {
            model.addConstraint("capacity\(j)", load[j] + [(y[j], -capacity[j])], .upper(0))
        }
        return model
    }

    static let models: [(String, LinearModel)] = [
        ("knapsack", Fixtures.knapsack()),
        ("cflp", facilityLocation()),
        ("cover", Fixtures.setCover(rows: 30, columns: 60, density: 0.08, seed: 7)),
    ]

    static func optimum(_ model: LinearModel) throws -> Double {
        let solution = try Solver.solve(model)
        #expect(solution.status == .optimal)
        return try #require(solution.objective)
    }

    static func check(_ options: SolveOptions, _ label: String) throws -> [String] {
        var logs: [String] = []
        for (name, model) in models {
            let reference = try optimum(model)
            for presolve in [true, false] {
                var o = options
                o.presolve = presolve
                let solution = try Solver.solve(model, options: o)
                #expect(solution.status == .optimal, "\(label) on \(name), presolve \(presolve)")
                #expect(close(solution.objective, reference), "\(label) on \(name), presolve \(presolve)")
                #expect(model.isFeasible(solution.values), "\(label) on \(name)")
                logs.append(solution.log)
            }
        }
        return logs
    }

    @Test("each cut family is accepted, enabled in GLPK and keeps the optimum")
    func cutFamilies() throws {
        let families: [(CutFamilies, String)] = [
            (.gomory, "Gomory's cuts enabled"), (.mixedIntegerRounding, "MIR cuts enabled"),
            (.cover, "Cover cuts enabled"), (.clique, "Clique cuts enabled"),
        ]
        for (family, line) in families {
            var options = SolveOptions()
            options.cuts = family
            let logs = try Self.check(options, "\(family)")
            #expect(logs.allSatisfy { $0.contains(line) }, "\(line)")
            for (_, other) in families where other != line {
                #expect(!logs.contains { $0.contains(other) }, "\(other) with only \(line)")
            }
        }
        var all = SolveOptions()
        all.cuts = .all
        _ = try Self.check(all, "all cuts")
    }

    @Test("no cuts by default, as in GLPK")
    func defaults() throws {
        let options = SolveOptions()
        #expect(options.cuts.isEmpty)
        #expect(options.branching == .driebeckTomlin)
        #expect(options.backtracking == .bestBound)
        #expect(options.nodePreprocessing == .allNodes)
        #expect(options.heuristics.isEmpty)
        let solution = try Solver.solve(Self.facilityLocation())
        #expect(!solution.log.contains("cuts enabled"))
    }

    @Test("every branching rule keeps the optimum", arguments: BranchingRule.allCases)
    func branching(rule: BranchingRule) throws {
        var options = SolveOptions()
        options.branching = rule
        _ = try Self.check(options, "\(rule)")
    }

    @Test("every backtracking rule keeps the optimum", arguments: BacktrackingRule.allCases)
    func backtracking(rule: BacktrackingRule) throws {
        var options = SolveOptions()
        options.backtracking = rule
        _ = try Self.check(options, "\(rule)")
    }

    @Test("every preprocessing level keeps the optimum", arguments: NodePreprocessing.allCases)
    func preprocessing(level: NodePreprocessing) throws {
        var options = SolveOptions()
        options.nodePreprocessing = level
        _ = try Self.check(options, "\(level)")
    }

    @Test("feasibility pump and proximity search keep the optimum")
    func heuristics() throws {
        var pump = SolveOptions()
        pump.heuristics = .feasibilityPump
        _ = try Self.check(pump, "feasibility pump")
        var proximity = SolveOptions()
        proximity.heuristics = [.feasibilityPump, .proximitySearch]
        proximity.proximitySearchTimeLimit = .milliseconds(500)
        _ = try Self.check(proximity, "proximity search")
    }

    @Test("all switches together, with a starting solution and a time limit")
    func combined() throws {
        var options = SolveOptions(timeLimit: .seconds(30))
        options.cuts = .all
        options.branching = .pseudoCost
        options.backtracking = .bestProjection
        options.heuristics = .feasibilityPump
        _ = try Self.check(options, "combined")
        let model = Self.facilityLocation()
        // Every facility open, customer i at facility i mod 4 (loads 6, 8, 2, 5): feasible.
        var start = [Double](repeating: 0, count: model.variableCount)
        for j in 0..<4 { start[j] = 1 }
        for i in 0..<6 { start[4 + i * 4 + i % 4] = 1 }
        options.startingSolution = start
        let solution = try Solver.solve(model, options: options)
        #expect(solution.status == .optimal)
        #expect(close(solution.objective, try Self.optimum(model)))
    }

    @Test("a non-positive proximity-search limit is rejected")
    func invalidProximityLimit() {
        var options = SolveOptions()
        options.proximitySearchTimeLimit = .zero
        #expect(throws: GLPKError.self) { try Solver.solve(Fixtures.knapsack(), options: options) }
    }
}
