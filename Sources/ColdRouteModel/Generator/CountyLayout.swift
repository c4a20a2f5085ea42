/// How many of each part a generated county has, decided before anything is placed.
///
/// Villages come in valley clusters of about ten (sizes varied ±40 % between neighbours), about
/// √clusters of them per township road, so trunk and township roads both grow as √villages.
/// Candidate depots are one logistics park on the trunk for every four candidates (when there are
/// at least three), the rest spread evenly over the clusters (several per cluster when there are
/// more candidates than clusters).
struct CountyLayout {
    /// Villages in each valley cluster; they sum to the village count, each at least 1.
    let clusterSizes: [Int]
    /// The clusters along each township road (consecutive ranges of cluster indices).
    let townshipRoads: [Range<Int>]
    /// Existing depots: 1 when there are fewer than 4 depots, otherwise 2.
    let existingDepots: Int
    /// Candidate depot sites inside each cluster.
    let clusterSites: [Int]
    /// Candidate logistics parks beside the trunk road.
    let parks: Int
    /// Market towns on the trunk besides the county seat (each township-road mouth can be one).
    let marketTowns: Int

    init(_ spec: NetworkGenerator, using rng: inout some RandomNumberGenerator) {
        let n = spec.villages
        let clusters = max(1, (n + 5) / 10)
        var sizes = Array(repeating: n / clusters, count: clusters)
        for c in 0..<(n % clusters) { sizes[c] += 1 }
        for c in 0..<(clusters - 1) {
            let forward = rng.chance(0.5)
            let donor = forward ? c : c + 1
            let moved = rng.integer(0...max(0, (sizes[donor] - 1) * 2 / 5))
            sizes[donor] -= moved
            sizes[forward ? c + 1 : c] += moved
        }
        clusterSizes = sizes

        let perRoad = max(1, Int(Double(clusters).squareRoot().rounded()))
        townshipRoads = stride(from: 0, to: clusters, by: perRoad).map { $0..<min(clusters, $0 + perRoad) }

        existingDepots = spec.depots >= 4 ? 2 : 1
        let candidates = spec.depots - existingDepots
        parks = candidates >= 3 ? candidates / 4 : 0
        let inClusters = candidates - parks
        var sites = Array(repeating: 0, count: clusters)
        for i in 0..<inClusters { sites[((2 * i + 1) * clusters) / (2 * inClusters)] += 1 }
        clusterSites = sites

        let roads = townshipRoads.count
        marketTowns = min(roads - 1, max(Int(Double(roads).squareRoot()), (spec.agencies - 1) / 2))
    }
}
