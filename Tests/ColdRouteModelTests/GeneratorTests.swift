import ColdRouteModel
import Foundation
import Testing

/// The synthetic county generator: valid for every size, reproducible from a seed, and shaped like
/// a mountainous county (roads never shorter than the straight line, slow roads to the poor valleys).
@Suite struct GeneratorTests {
    static func generate(_ n: Int, _ m: Int, _ k: Int, seed: UInt64) throws -> CountyNetwork {
        try NetworkGenerator(villages: n, depots: m, agencies: k).generate(seed: seed)
    }

    @Test func splitMix64MatchesTheReferenceStream() {
        // First outputs for seed 0 of the reference implementation (Steele, Lea & Flood 2014;
        // the same values as Vigna's splitmix64.c).
        var rng = SplitMix64(seed: 0)
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(rng.next() == 0x06C4_5D18_8009_454F)
    }

    @Test func everySmallSizeIsValid() throws {
        var seed: UInt64 = 1
        for n in [1, 2, 3, 5, 9, 10, 11, 19, 37] {
            for m in [1, 2, 3, 4, 5, 9, 40] {
                for k in [1, 2, 3, 7, 12] {
                    seed += 1
                    let network = try Self.generate(n, m, k, seed: seed)
                    let errors = network.validate().filter(\.isError)
                    #expect(errors.isEmpty, "n=\(n) m=\(m) k=\(k) seed=\(seed): \(errors.prefix(3))")
                    #expect(network.villages.count == n && network.depots.count == m && network.agencies.count == k)
                }
            }
        }
    }

    @Test(arguments: 1...40) func randomSizesAreValid(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed &* 7919)
        let n = Int(rng.next() % 400) + 1, m = Int(rng.next() % 30) + 1, k = Int(rng.next() % 8) + 1
        let network = try Self.generate(n, m, k, seed: seed)
        let errors = network.validate().filter(\.isError)
        #expect(errors.isEmpty, "n=\(n) m=\(m) k=\(k) seed=\(seed): \(errors.prefix(3))")
        let warnings = network.validate().filter { !$0.isError }
        #expect(warnings.isEmpty, "\(warnings.prefix(3))")
    }

    @Test func sameSeedSameNetworkOtherSeedAnother() throws {
        let a = try Self.generate(120, 9, 3, seed: 42), b = try Self.generate(120, 9, 3, seed: 42)
        #expect(a == b)
        let c = try Self.generate(120, 9, 3, seed: 43)
        #expect(a != c)
        // The stream is the whole story: a generator passed in behaves like the seed.
        var rng = SplitMix64(seed: 42)
        #expect(try NetworkGenerator(villages: 120, depots: 9, agencies: 3).generate(using: &rng) == a)
    }

    @Test func roadsAreNeverShorterThanTheStraightLine() throws {
        for seed in UInt64(1)...5 {
            let network = try Self.generate(300, 12, 4, seed: seed)
            var location: [String: Coordinate] = [:]
            for place in network.allPlaces { location[network.id(of: place)] = network.location(of: place) }
            for road in network.roads {
                let a = try #require(location[road.from]), b = try #require(location[road.to])
                let straight = a.distance(to: b, in: .lonLat).value
                #expect(road.length.value >= straight, "\(road.from)-\(road.to): \(road.length.value) < \(straight)")
                #expect(road.length.value <= straight * 1.8 + 0.1 + 1e-9)
                #expect(road.travelTime.value >= 1)
                let speed = road.length.value / road.travelTime.value * 60
                #expect(speed < 60, "\(road.name): \(speed) km/h")
            }
        }
    }

    @Test func countyHasItsShape() throws {
        let network = try Self.generate(600, 20, 5, seed: 7)
        #expect(network.coordinateSystem == .lonLat)
        #expect((3...4).contains(network.products.count))
        let shelfLives = ["mulberry": (120.0, 360.0), "shiitake": (180, 480), "peach": (240, 600), "kiwi": (600, 1440)]
        for p in network.products {
            let life = try #require(shelfLives[p.id.rawValue])
            #expect(p.shelfLifeAmbient.value == life.0 && p.shelfLifeRefrigerated.value == life.1)
        }
        #expect(network.depots.filter { $0.status == .existing }.count == 2)
        #expect(try Self.generate(50, 3, 1, seed: 7).depots.filter { $0.status == .existing }.count == 1)
        #expect(network.roads.contains { $0.closed })
        #expect(network.junctions.count > network.villages.count / 10)
        #expect(network.vehicleTypes.contains { $0.refrigerated && $0.homeDepot == network.depots[0].id })

        // Low-income households live mostly in villages reached only by slow roads (≤ 15 km/h).
        var slow = Set<String>()
        for road in network.roads where road.length.value / road.travelTime.value * 60 <= 15.5 {
            slow.insert(road.from)
            slow.insert(road.to)
        }
        let remote = network.villages.filter { slow.contains($0.id.rawValue) }
        let easy = network.villages.filter { !slow.contains($0.id.rawValue) }
        #expect(!remote.isEmpty && !easy.isEmpty)
        func mean(_ vs: [Village]) -> Double { Double(vs.reduce(0) { $0 + $1.lowIncomeHouseholds }) / Double(vs.count) }
        #expect(mean(remote) > 2 * mean(easy), "remote \(mean(remote)), easy \(mean(easy))")
    }

    @Test func everyPlaceIsConnectedByOpenRoads() throws {
        let network = try Self.generate(250, 10, 3, seed: 11)
        let travel = TravelModel(network: network)
        let all = network.allPlaces
        let legs = travel.legs(from: .depot(0), to: all)
        #expect(legs.allSatisfy { $0 != nil })
    }

    @Test func badSizesThrow() {
        #expect(throws: NetworkGeneratorError.self) { try NetworkGenerator(villages: 0, depots: 1, agencies: 1) }
        #expect(throws: NetworkGeneratorError.self) { try NetworkGenerator(villages: 1, depots: 0, agencies: 1) }
        #expect(throws: NetworkGeneratorError.self) { try NetworkGenerator(villages: 1, depots: 1, agencies: -3) }
    }

    @Test func twentyThousandVillagesInSeconds() throws {
        let start = ContinuousClock.now
        let network = try Self.generate(20_000, 600, 80, seed: 3)
        let generated = ContinuousClock.now - start
        #expect(network.villages.count == 20_000)
        #expect(network.validate().filter(\.isError).isEmpty)
        // Generous for debug builds; a release build takes well under a second.
        #expect(generated < .seconds(30), "\(generated)")
    }
}
