/// Generates realistic synthetic county networks of any size, reproducibly from a random stream.
///
/// ## The county it draws
///
/// Places are laid out in a local kilometre plane around a county seat somewhere in the
/// Qinling–Daba mountains (lon ≈ 108.65, lat ≈ 33.45) and written in lon/lat, like
/// `networks/demo-county.json` (whose Python generator gave the flavour; this is not a port):
///
/// - a **trunk road** (45–50 km/h) runs west–east along the main valley, through the county seat
///   (Chengguan) and the market towns;
/// - **township roads** (30 km/h) leave the trunk north and south up tributary valleys;
/// - **valley clusters** of about ten villages branch off the township roads into side valleys:
///   easy ones on village roads (20–25 km/h), **remote** ones — mostly far up a tributary — on slow,
///   winding mountain roads (12–15 km/h) and tracks. Remote clusters hold most low-income
///   households and grow short-lived mulberries and shiitake;
/// - a few extra roads close loops between valleys (mountain passes), and some are **closed**
///   (landslides, flood damage) — only ever redundant ones, so every place stays connected;
/// - **depots**: one or two existing cold stores (the county store at the seat, a market-town store),
///   and candidates: pre-cooling centres and mountain cold rooms spread evenly over the clusters,
///   and logistics parks on the trunk; capacities are sized from the county's total supply;
/// - **agencies** (SF, EMS, ZTO, …) at the county seat and the market towns, cut-offs 16:30–18:00;
/// - **products** of one season: three or four of mulberry (120/360 min ambient/refrigerated),
///   shiitake (180/480), peach (240/600) and kiwifruit (600/1440);
/// - a **fleet** of refrigerated vans based at the county store, ambient trucks and motor tricycles.
///
/// Every road is at least as long as the great-circle distance between its ends (the length is the
/// straight line times a winding factor ≥ 1, rounded up to 0.1 km). The road graph is a tree plus
/// extra links, so every village is joined by open roads to every depot and every depot to every
/// agency: the result passes ``CountyNetwork/validate()`` with no errors for any sizes ≥ 1.
///
/// The county grows with the number of villages at a roughly constant density (a cluster per ten
/// villages, √clusters township roads of √clusters clusters each), so at 20,000 villages it is a
/// region of about 280 × 250 km rather than one county.
///
/// ## Reproducibility
///
/// The network is a function of the sizes, the name and the random stream alone: the same
/// ``SplitMix64`` seed gives the same network, and ``NetworkWriter``'s output byte for byte (on the
/// same platform: coordinates go through `sin`/`cos` and are then rounded to 5 decimals).
///
/// Complexity: O(villages + depots + agencies) time and memory.
public struct NetworkGenerator: Sendable, Hashable {
    /// Village start-up stations to generate (≥ 1).
    public let villages: Int
    /// Depots, existing and candidates (≥ 1): one existing when fewer than 4, otherwise two.
    public let depots: Int
    /// Express agencies (≥ 1).
    public let agencies: Int
    /// The network's name; `nil` draws a county name (`Qingshui County`).
    public let name: String?

    /// The largest count of any kind the generator accepts.
    public static let maximumCount = 1_000_000

    /// Describes the county to generate; throws when a count is below 1 or above ``maximumCount``.
    public init(villages: Int, depots: Int, agencies: Int, name: String? = nil) throws(NetworkGeneratorError) {
        for (count, noun) in [(villages, "villages"), (depots, "depots"), (agencies, "agencies")] {
            guard (1...Self.maximumCount).contains(count) else {
                throw NetworkGeneratorError("the number of \(noun) must be between 1 and \(Self.maximumCount) (got \(count))")
            }
        }
        self.villages = villages
        self.depots = depots
        self.agencies = agencies
        self.name = name
    }

    /// Generates a network with numbers drawn from `rng`.
    public func generate(using rng: inout some RandomNumberGenerator) -> CountyNetwork {
        var builder = CountyBuilder(spec: self, using: &rng)
        return builder.build(using: &rng)
    }

    /// Generates the network of one ``SplitMix64`` seed.
    public func generate(seed: UInt64) -> CountyNetwork {
        var rng = SplitMix64(seed: seed)
        return generate(using: &rng)
    }
}
