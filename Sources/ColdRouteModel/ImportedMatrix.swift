/// Travel times and distances computed by a road engine (OSRM, Valhalla, VROOM, or a table of
/// one's own), among places named by id.
///
/// Entry `(i, j)` is travel from `ids[i]` to `ids[j]`, row-major: `minutes[i * count + j]`.
/// `.infinity` marks a pair the engine found no route for (`null` in the file): that leg is
/// unusable. Kilometres may be missing (an engine asked only for durations); legs then carry the
/// straight-line distance times the network's circuity factor, see ``TravelModel/init(network:matrix:)``.
///
/// A final class so that a travel model restricted to a region (``TravelModel/restricted(to:)``)
/// shares the one copy: a 3,000-place matrix is 72 MB per table.
public final class ImportedMatrix: Sendable {
    /// Place ids in the order of rows and columns.
    public let ids: [String]
    /// Minutes, row-major, `.infinity` where there is no route.
    public let minutes: [Double]
    /// Kilometres, row-major, `.infinity` where there is no route; `nil` when the source gave none.
    public let kilometres: [Double]?
    /// Where the matrix came from, for messages: `OSRM table osrm.json`.
    public let source: String

    /// Traps unless both tables hold `ids.count²` entries.
    public init(ids: [String], minutes: [Double], kilometres: [Double]?, source: String) {
        precondition(minutes.count == ids.count * ids.count && (kilometres?.count ?? minutes.count) == minutes.count,
                     "a travel matrix among \(ids.count) places needs \(ids.count * ids.count) entries")
        self.ids = ids
        self.minutes = minutes
        self.kilometres = kilometres
        self.source = source
    }

    /// The number of places (rows, and columns).
    public var count: Int { ids.count }

    /// The number of ordered pairs of different places without a route.
    public var missingLegs: Int {
        var n = 0
        for i in 0..<count { for j in 0..<count where i != j && !minutes[i * count + j].isFinite { n += 1 } }
        return n
    }
}

/// A network place the imported matrix does not cover (thrown by ``TravelModel/init(network:matrix:)``).
public struct TravelMatrixMismatch: Error, Hashable, Sendable, CustomStringConvertible {
    /// The id of the first place of the network (villages, depots, agencies in order) not in the matrix.
    public let placeID: String
    public let source: String

    public init(placeID: String, source: String) {
        self.placeID = placeID
        self.source = source
    }

    public var description: String { "\(source): has no row for \(placeID), a place of the network" }
}
