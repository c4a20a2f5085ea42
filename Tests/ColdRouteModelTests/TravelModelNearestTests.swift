import ColdRouteModel
import Testing

/// The multi-source search agrees with one search per source.
@Suite struct TravelModelNearestTests {
    @Test func nearestSourceMatchesSeparateSearches() {
        let network = try! NetworkGenerator(villages: 150, depots: 6, agencies: 2).generate(seed: 3)
        let travel = TravelModel(network: network)
        let depots = network.depots.indices.map { Place.depot($0) }
        let nearest = travel.nearestSource(among: depots)
        let villages = network.villages.indices.map { Place.village($0) }
        let legs = depots.map { travel.legs(from: $0, to: villages) }
        for i in network.villages.indices {
            let best = legs.indices.min { (legs[$0][i]?.time.value ?? .infinity) < (legs[$1][i]?.time.value ?? .infinity) }!
            let hit = nearest[i]!
            #expect(abs(hit.time.value - legs[best][i]!.time.value) < 1e-9)
            #expect(abs(legs[hit.source][i]!.time.value - hit.time.value) < 1e-9)
        }
    }
}
