/// The classes of road the network generator lays, from the trunk road down to mountain tracks.
///
/// Each class has a speed range and a *winding* range: road length ÷ straight-line distance. The
/// figures follow the demo county (`networks/tools/make_demo_county.py`).
enum RoadClass: CaseIterable {
    /// The main-valley highway through the county seat and the market towns.
    case trunk
    /// Township roads up the tributary valleys, and town streets.
    case township
    /// Village roads along the easy side valleys.
    case village
    /// Slow, winding mountain roads up the remote side valleys.
    case mountain
    /// Lanes and tracks from a valley road up to an off-road hamlet in the mountains.
    case track

    /// Average speed range, km/h.
    var speedKmh: ClosedRange<Int> {
        switch self {
        case .trunk: 45...50
        case .township: 30...30
        case .village: 20...25
        case .mountain: 12...15
        case .track: 12...12
        }
    }

    /// Road length ÷ straight-line distance, range.
    var winding: (lo: Double, hi: Double) {
        switch self {
        case .trunk: (1.06, 1.15)
        case .township: (1.15, 1.35)
        case .village: (1.2, 1.4)
        case .mountain: (1.5, 1.8)
        case .track: (1.6, 1.8)
        }
    }
}
