/// Summary of a route segment that lets two segments be concatenated in O(1), across reloads.
///
/// **Time data** (``TimeSegment``) follow Vidal, Crainic, Gendreau & Prins, "A hybrid genetic
/// algorithm with adaptive diversity management for a large class of vehicle routing problems
/// with time-windows", Computers & OR 40 (2013) 475–489.
///
/// **Trips.** A search route is `depot, clients…, depot, clients…, depot`: every depot node
/// *closes* the trip before it (PyVRP's reload depots). A depot node is priced as a node whose
/// window is the depot's receiving hours (intersected with the shift) and whose service is the
/// unloading time; the start depot is a node with the shift window and no service. A segment is
/// split into an *open head* (clients before its first depot), the first depot, the *closed*
/// part (from after the first depot up to and including its last depot) and an *open tail*
/// (clients after its last depot). A segment without depot is one open part. When a segment
/// with a depot is appended to one with a depot, the trip formed by the left tail and the right
/// head is closed at the right's first depot: its load excess is fixed (capacity per trip, as in
/// PyVRP's `LoadSegment::finalise`), its ride times (shelf life per trip) are fixed, and its
/// clients' `returnBy` deadlines become the latest arrival at that depot (a deadline before the
/// depot opens counts as the opening time). So a complete route
/// (start depot … end depot) has empty head and tail and every trip closed.
///
/// **Shelf life per trip** (see ``OpenPart``): the ride time of client `j` is the arrival at the
/// depot that ends its trip minus the departure from `j`; the schedule that reaches that depot
/// as early as possible with services as late as possible minimises every ride time and the
/// duration at once, so the least ride time is `D(suffix of the trip from j) − s_j`.
struct SegmentData: Sendable {
    var first: Int
    var last: Int
    var clients: Int
    var distance: Int
    /// Sum of demands over all trips of the segment.
    var load: Int
    /// Number of depot visits in the segment (depot nodes in a row count once).
    var depots: Int
    /// Clients before the first depot (all of them when `depots == 0`).
    var head: OpenPart
    /// The first depot as a node (window, unloading as service); undefined when `depots == 0`.
    var firstDepot: TimeSegment
    /// Capacity of the trip the first depot closes.
    var firstDepotCapacity: Int
    /// From after the first depot through the last depot, closed trips' deadlines applied.
    var closed: TimeSegment
    /// Clients after the last depot.
    var tail: OpenPart
    /// Load excess summed over the trips closed inside the segment.
    var closedExcessLoad: Int
    /// Largest ride-time excess term over clients whose trip is closed inside the segment.
    var closedRide: Int
    /// Start of the segment's duration profile in ``RoutingInstance/durationMatrix`` (profile ×
    /// nodeCount²): a segment is timed in the profile of the route it is priced for.
    var timeOffset: Int

    /// "Minus infinity" for ride terms of nodes without a limit.
    static let noRide = -(1 << 42)

    /// Data of a single client `node` for ride class `rideClass` and duration profile `profile`. O(1).
    init(client node: Int, rideClass: Int, profile: Int = 0, in inst: RoutingInstance) {
        timeOffset = profile * inst.nodeCount * inst.nodeCount
        first = node; last = node; clients = 1; distance = 0
        load = inst.demand[node]; depots = 0
        head = OpenPart(client: node, rideClass: rideClass, in: inst)
        firstDepot = .empty; firstDepotCapacity = 0; closed = .empty; tail = .empty
        closedExcessLoad = 0; closedRide = Self.noRide
    }

    /// Data of a depot node with window `[start, end]`, `service` (unloading) and the capacity
    /// of the trip it closes, in duration profile `profile`. O(1).
    init(depot node: Int, start: Int, end: Int, service: Int = 0, capacity: Int = Int(Int32.max), profile: Int = 0,
         in inst: RoutingInstance) {
        timeOffset = profile * inst.nodeCount * inst.nodeCount
        first = node; last = node; clients = 0; distance = 0; load = 0; depots = 1
        head = .empty
        firstDepot = TimeSegment(first: node, last: node, duration: service, timeWarp: 0, earliest: start, latest: end)
        firstDepotCapacity = capacity
        closed = .empty; tail = .empty
        closedExcessLoad = 0; closedRide = Self.noRide
    }

    /// Concatenation `a ⊕ b`, timed in `a`'s duration profile (both are built for one route). O(1).
    @inline(__always)
    static func merge(_ a: SegmentData, _ b: SegmentData, _ inst: RoutingInstance) -> SegmentData {
        let o = a.timeOffset
        var r = a
        r.last = b.last
        r.clients = a.clients + b.clients
        r.distance = a.distance + b.distance + inst.distanceMatrix[a.last * inst.nodeCount + b.first]
        r.load = a.load + b.load
        r.depots = a.depots + b.depots
        if b.depots == 0 {
            if a.depots == 0 { r.head = OpenPart.merge(a.head, b.head, inst, o) } else { r.tail = OpenPart.merge(a.tail, b.head, inst, o) }
            return r
        }
        if a.depots == 0 {
            r.head = OpenPart.merge(a.head, b.head, inst, o)
            r.firstDepot = b.firstDepot; r.firstDepotCapacity = b.firstDepotCapacity
            r.closed = b.closed; r.tail = b.tail
            r.closedExcessLoad = b.closedExcessLoad; r.closedRide = b.closedRide
            return r
        }
        // Close the trip a.tail ⊕ b.head at b's first depot.
        let trip = OpenPart.merge(a.tail, b.head, inst, o)
        var end = b.firstDepot
        r.closedExcessLoad = a.closedExcessLoad + b.closedExcessLoad
        r.closedRide = max(a.closedRide, b.closedRide)
        if trip.time.first >= 0 {
            end.latest = max(end.earliest, min(end.latest, trip.returnBy))
            r.closedExcessLoad += max(0, trip.load - b.firstDepotCapacity)
            r.closedRide = max(r.closedRide, trip.rideExcess(closingAt: end, inst, o))
        }
        if trip.time.first >= 0 {
            r.closed = TimeSegment.merge(TimeSegment.merge(TimeSegment.merge(a.closed, trip.time, inst, o), end, inst, o), b.closed, inst, o)
        } else {
            // An empty trip: two depot nodes in a row are one visit (as the routes are normalised).
            r.closed = TimeSegment.merge(a.closed, b.closed, inst, o)
            r.depots -= 1
        }
        r.tail = b.tail
        return r
    }

    /// Time data from the first to the last depot (a whole route's schedule). O(1).
    @inline(__always) func span(_ inst: RoutingInstance) -> TimeSegment { TimeSegment.merge(firstDepot, closed, inst, timeOffset) }

    /// Largest ride-time excess of a complete route. O(1).
    @inline(__always) var rideExcess: Int { max(0, closedRide) }
}
