import ColdRouteModel
import ColdRouteSiting
import Foundation

/// A split of a large network into regions that are planned separately (``RegionalPlanner``):
/// each region is a group of depots with the villages whose nearest depot is among them.
///
/// **Method.** (1) One multi-source shortest-path search from all depots gives every village its
/// nearest depot by road travel time (``TravelModel/nearestSource(among:)``); a village no road
/// joins to any depot goes with the depot nearest in a straight line. (2) The depots are split by
/// recursive coordinate bisection (Berger & Bokhari 1987, "A partitioning strategy for nonuniform
/// problems on multiprocessors", IEEE Trans. Computers 36): the depots of a part are sorted along
/// the longer side of their bounding box and cut where the villages they are nearest to divide in
/// proportion to the regions wanted on each side, until there are `count` parts. Every village
/// thus belongs to exactly one region, the one of its nearest depot, and regions are compact and
/// hold about the same number of villages.
///
/// **Sub-networks.** ``network(of:in:fleet:)`` makes a region a network of its own: its villages and
/// depots; every other village and depot becomes a junction (same id and place), so roads through
/// them still carry traffic and travel times equal those of the whole network; all agencies and
/// products; the fleet as given (see ``fleetShares(network:)``). The sub-network passes
/// ``CountyNetwork/validate()`` when the whole network does.
///
/// **What it gives up.** A village may be served only by its own region's depots, though a depot
/// across the border may be cheaper or the only one in shelf life; shared vehicles and agencies
/// are split or shared as ``RegionalPlanner`` describes. See docs/decomposition.md.
///
/// Complexity: O((V + E) log V) for the search, O(D log² D) for the bisection.
public struct RegionalDecomposition: Sendable, Hashable {
    /// One region: indices into the network's `depots` and `villages`, in ascending order.
    public struct Region: Sendable, Hashable {
        public var depots: [Int]
        public var villages: [Int]
    }

    public let regions: [Region]

    /// Up to this many villages per region when the count is chosen automatically.
    public static let villagesPerRegion = 2_000
    /// Networks with more villages than this are decomposed by default (`coldroute plan`).
    public static let threshold = 3_000

    /// The region count for a network planned whole up to ``threshold`` villages, else about
    /// ``villagesPerRegion`` villages per region (never more regions than depots).
    public static func suggestedCount(for network: CountyNetwork) -> Int {
        let n = network.villages.count
        guard n > threshold else { return 1 }
        return max(1, min(network.depots.count, (n + villagesPerRegion - 1) / villagesPerRegion))
    }

    /// Splits `network` into `count` regions (at most one per depot; at least one).
    public init(network: CountyNetwork, travel: TravelModel, count: Int) {
        let depotCount = network.depots.count
        guard depotCount > 0 else {
            regions = [Region(depots: [], villages: Array(network.villages.indices))]
            return
        }
        let parts = max(1, min(count, depotCount))
        var nearest = travel.nearestSource(among: network.depots.indices.map { Place.depot($0) }).map { $0?.source }
        let system = network.coordinateSystem
        for i in nearest.indices where nearest[i] == nil {
            let here = network.villages[i].location
            nearest[i] = network.depots.indices.min {
                here.distance(to: network.depots[$0].location, in: system) < here.distance(to: network.depots[$1].location, in: system)
            }
        }
        var weight = [Double](repeating: 0, count: depotCount)
        for case let j? in nearest { weight[j] += 1 }
        // Planar positions (longitude shrunk by the cosine of the latitude for lon/lat networks).
        let meanY = network.depots.reduce(0) { $0 + $1.location.y } / Double(depotCount)
        let xScale = system == .lonLat ? cos(meanY * .pi / 180) : 1
        let point = network.depots.map { ($0.location.x * xScale, $0.location.y) }

        var groups: [[Int]] = []
        func bisect(_ depots: [Int], _ parts: Int) {
            guard parts > 1, depots.count > 1 else { groups.append(depots.sorted()); return }
            let xs = depots.map { point[$0].0 }, ys = depots.map { point[$0].1 }
            let alongX = xs.max()! - xs.min()! >= ys.max()! - ys.min()!
            let sorted = depots.sorted {
                let a = alongX ? point[$0].0 : point[$0].1, b = alongX ? point[$1].0 : point[$1].1
                return a != b ? a < b : $0 < $1
            }
            let left = parts / 2
            // Each depot counts a little, so depots near no village still spread over the parts.
            let w = sorted.map { weight[$0] + 1e-3 }
            let target = w.reduce(0, +) * Double(left) / Double(parts)
            var cut = 0, sum = 0.0
            while cut < sorted.count, sum + w[cut] / 2 < target { sum += w[cut]; cut += 1 }
            cut = min(max(cut, left), sorted.count - (parts - left))
            bisect(Array(sorted[..<cut]), left)
            bisect(Array(sorted[cut...]), parts - left)
        }
        bisect(Array(0..<depotCount), parts)

        var regionOf = [Int](repeating: 0, count: depotCount)
        for (r, group) in groups.enumerated() { for j in group { regionOf[j] = r } }
        var villages = [[Int]](repeating: [], count: groups.count)
        for (i, j) in nearest.enumerated() { villages[regionOf[j ?? 0]].append(i) }
        regions = zip(groups, villages).map { Region(depots: $0, villages: $1) }
    }

    /// Each region's share of every vehicle type, indexed `[region][type]`: a type based at a depot
    /// goes whole to that depot's region; a shared type (no home depot) is split in proportion to the
    /// regions' daily supply (largest remainder), so the shares add up to the type's count.
    public func fleetShares(network: CountyNetwork) -> [[Int]] {
        let supply = regions.map { region in region.villages.reduce(0.0) { $0 + network.villages[$1].totalSupply.value } }
        let total = supply.reduce(0, +)
        let depotRegion = Dictionary(uniqueKeysWithValues: regions.enumerated().flatMap { r, region in
            region.depots.map { (network.depots[$0].id, r) }
        })
        var shares = [[Int]](repeating: [Int](repeating: 0, count: network.vehicleTypes.count), count: regions.count)
        for (t, type) in network.vehicleTypes.enumerated() where type.count > 0 {
            if let home = type.homeDepot {
                if let r = depotRegion[home] { shares[r][t] = type.count }
                continue
            }
            let split = Self.largestRemainder(type.count, weights: total > 0 ? supply : regions.map { _ in 1 })
            for r in regions.indices { shares[r][t] = split[r] }
        }
        return shares
    }

    /// `total` split in proportion to `weights` (non-negative, not all zero), rounding by largest
    /// remainder (ties to the earlier index); the parts add up to `total`.
    public static func largestRemainder(_ total: Int, weights: [Double]) -> [Int] {
        let sum = weights.reduce(0, +)
        guard sum > 0, total > 0 else { return weights.map { _ in 0 } }
        let exact = weights.map { $0 / sum * Double(total) }
        var parts = exact.map { Int($0.rounded(.down)) }
        let order = exact.indices.sorted { (exact[$0] - Double(parts[$0]), -$0) > (exact[$1] - Double(parts[$1]), -$1) }
        for n in order.prefix(max(0, total - parts.reduce(0, +))) { parts[n] += 1 }
        return parts
    }

    /// Region `r` as a network of its own, with `fleet[t]` vehicles of type `t` (a row of
    /// ``fleetShares(network:)``). Ids are those of `network`, so regional plans merge by id.
    public func network(of r: Int, in network: CountyNetwork, fleet: [Int]) -> CountyNetwork {
        let region = regions[r]
        var sub = network
        sub.name = "\(network.name), region \(r + 1) of \(regions.count)"
        let inVillages = Set(region.villages), inDepots = Set(region.depots)
        sub.villages = region.villages.map { network.villages[$0] }
        sub.depots = region.depots.map { network.depots[$0] }
        sub.junctions = network.junctions
            + network.villages.indices.filter { !inVillages.contains($0) }.map {
                Junction(id: Junction.ID(network.villages[$0].id.rawValue), name: network.villages[$0].name,
                         location: network.villages[$0].location)
            }
            + network.depots.indices.filter { !inDepots.contains($0) }.map {
                Junction(id: Junction.ID(network.depots[$0].id.rawValue), name: network.depots[$0].name,
                         location: network.depots[$0].location)
            }
        for t in sub.vehicleTypes.indices {
            sub.vehicleTypes[t].count = fleet[t]
            // A type based in another region has no vehicle here (and no home depot to name).
            if let home = sub.vehicleTypes[t].homeDepot, !sub.depots.contains(where: { $0.id == home }) {
                sub.vehicleTypes[t].homeDepot = nil
            }
        }
        return sub
    }
}
