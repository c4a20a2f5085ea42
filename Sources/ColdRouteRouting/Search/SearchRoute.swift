/// A route in the local search: node list with cached prefix and suffix segment data.
///
/// `nodes[0]` and `nodes.last` are the depot; depot nodes in between are reloads (trip
/// delimiters, never two in a row); `prefix[i]` summarises `nodes[0...i]` and
/// `suffix[i]` summarises `nodes[i...]`, both for this route's ride class, so any move that
/// keeps a prefix and a suffix is evaluated in O(1) (Vidal et al. 2013). Rebuilding is O(n).
struct SearchRoute: Sendable {
    let type: Int
    let rideClass: Int
    /// Index of the single-node data this route's segments are built from: its ride class and
    /// duration profile (`LocalSearch.singles`).
    let segmentClass: Int
    /// Routes with equal profile share end-depot data, so suffixes can be swapped as they are.
    let profile: Int
    var nodes: [Int]
    var prefix: [SegmentData] = []
    var suffix: [SegmentData] = []
    var cost: Double = 0
    var lastModified: Int = 0

    /// Number of inner nodes (clients and reloads): the last valid position.
    var clientCount: Int { nodes.count - 2 }
    /// Whole-route data.
    var total: SegmentData { prefix[prefix.count - 1] }
}
