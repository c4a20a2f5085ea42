import ColdRouteModel
@testable import ColdRoutePlanning
import ColdRouteSiting
import Testing

/// The set-partitioning model with depot choice, on `tiny` (networks/tiny.md) with hand-made columns.
@Suite struct DepotRouteRecombinerTests {
    /// Columns: D0 collects V1 and V2 (46.1 yuan), D0 collects V3 alone (82.5), D1 collects V3 (20),
    /// D2 collects V4 (130). Incumbent: D0 alone with its two routes, V4 left (50 kg × 10 = 500):
    /// 100 + 46.1 + 82.5 + 500 = 728.6. With D1 at 10 yuan/day, opening it for V3 costs
    /// 100 + 10 + 46.1 + 20 + 500 = 676.1; D2 (2,000/day) for V4 is dearer than letting it spoil.
    @Test func opensTheDepotWhoseRoutesPayForIt() throws {
        var network = try LocationRoutingSearchTests.network("networks/tiny.json")
        network.depots[1].openingCostPerDay = Yuan(10)
        let v = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let columns = [
            DepotRouteRecombiner.Column(depot: 0, vehicleType: 0, stops: [(v["V2"]!, 200), (v["V1"]!, 200)], load: 400, cost: 46.1),
            DepotRouteRecombiner.Column(depot: 0, vehicleType: 0, stops: [(v["V3"]!, 400)], load: 400, cost: 82.5),
            DepotRouteRecombiner.Column(depot: 1, vehicleType: 0, stops: [(v["V3"]!, 400)], load: 400, cost: 20),
            DepotRouteRecombiner.Column(depot: 2, vehicleType: 0, stops: [(v["V4"]!, 50)], load: 50, cost: 130),
        ]
        let rules = LocationRoutingSearch.OpenSetRules(network: network, options: SitingOptions())
        let choice = try #require(try DepotRouteRecombiner.choose(
            columns: columns, network: network, rules: rules, incumbentOpen: [true, false, false],
            incumbentColumns: [0, 1], timeLimit: .seconds(10), stop: nil))
        #expect(abs(choice.incumbentObjective - 728.6) < 1e-6)
        #expect(abs(choice.objective - 676.1) < 1e-6)
        #expect(choice.open == [true, true, false])
        #expect(choice.depotOf == [v["V1"]!: 0, v["V2"]!: 0, v["V3"]!: 1])
    }

    /// With D1 forced closed the incumbent is optimal: nothing better to report.
    @Test func keepsTheIncumbentWhenNothingBeatsIt() throws {
        var network = try LocationRoutingSearchTests.network("networks/tiny.json")
        network.depots[1].openingCostPerDay = Yuan(10)
        let v = Dictionary(uniqueKeysWithValues: network.villages.enumerated().map { ($1.id, $0) })
        let columns = [
            DepotRouteRecombiner.Column(depot: 0, vehicleType: 0, stops: [(v["V2"]!, 200), (v["V1"]!, 200)], load: 400, cost: 46.1),
            DepotRouteRecombiner.Column(depot: 0, vehicleType: 0, stops: [(v["V3"]!, 400)], load: 400, cost: 82.5),
            DepotRouteRecombiner.Column(depot: 1, vehicleType: 0, stops: [(v["V3"]!, 400)], load: 400, cost: 20),
        ]
        let rules = LocationRoutingSearch.OpenSetRules(network: network, options: SitingOptions(forceClosed: ["D1"]))
        #expect(try DepotRouteRecombiner.choose(
            columns: columns, network: network, rules: rules, incumbentOpen: [true, false, false],
            incumbentColumns: [0, 1], timeLimit: .seconds(10), stop: nil) == nil)
    }

    /// Moves: close one, open one, swap one, within the new-depot limit and forced sites.
    @Test func neighboursRespectTheRules() throws {
        let network = try LocationRoutingSearchTests.network("networks/tiny.json")   // D0 existing, D1, D2 candidates
        let rules = LocationRoutingSearch.OpenSetRules(network: network, options: SitingOptions(maxNewDepots: 1))
        let moves = rules.neighbours(of: [true, true, false])
        // D0 may not close; D1 may close; D2 may open only by swapping with D1 (one new depot at most).
        #expect(moves == [[true, false, false], [true, false, true]])
    }
}
