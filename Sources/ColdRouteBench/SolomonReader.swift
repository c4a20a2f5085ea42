import Foundation
import ColdRouteRouting

/// A Solomon VRPTW instance: the compiled ``RoutingInstance`` plus what is needed to report in
/// the file's own terms.
public struct SolomonInstance: Sendable {
    public var name: String
    /// Customer numbers as in the file, by node index (node 0 = the depot, number 0).
    public var customerNumbers: [Int]
    public var coordinates: [RoutingPoint]
    public var instance: RoutingInstance
    /// Integer units per distance (and time) unit of the file.
    public static let scale = 1000.0

    /// Real (double-precision) Euclidean distance between two nodes. O(1).
    public func realDistance(_ i: Int, _ j: Int) -> Double {
        let dx = coordinates[i].x - coordinates[j].x, dy = coordinates[i].y - coordinates[j].y
        return (dx * dx + dy * dy).squareRoot()
    }

    /// Real length of a route given as node indices (depot omitted). O(length).
    public func realDistance(ofRoute visits: [Int]) -> Double {
        guard !visits.isEmpty else { return 0 }
        var d = realDistance(0, visits[0]) + realDistance(visits[visits.count - 1], 0)
        for k in 1..<visits.count { d += realDistance(visits[k - 1], visits[k]) }
        return d
    }
}

/// Bad Solomon input: which file, which line, what is wrong.
public struct SolomonFormatError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int
    public let message: String
    public var description: String { "\(file):\(line): \(message)" }
}

/// Reads the classic Solomon (1987) VRPTW text format.
///
/// Layout: instance name; a `VEHICLE` block with a `NUMBER CAPACITY` header and one row;
/// a `CUSTOMER` block with a header and rows `id x y demand ready due service`, customer 0
/// being the depot. Distances are real Euclidean, scaled by ``SolomonInstance/scale`` (1000)
/// and rounded to the nearest integer; travel times are the same distances rounded *up*, and
/// windows and service times are scaled exactly, so an integer-feasible plan is feasible in
/// real time. The fleet size in the file is the vehicle limit (one route each, `maxTrips` 1); the objective is distance
/// only (no fixed cost). O(n²) for n customers.
public enum SolomonReader {
    /// The largest size of any number in the customer table (published instances stay below 1,000):
    /// scaled by ``SolomonInstance/scale`` and squared in distances, it stays far inside `Int`.
    static let maxValue = 1e7
    /// The largest fleet (published instances have 25).
    static let maxVehicles = 10_000

    /// Parses `text`; `file` names the source in errors.
    public static func parse(_ text: String, file: String) throws -> SolomonInstance {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { String($0) }
        func fail(_ line: Int, _ message: String) -> SolomonFormatError { SolomonFormatError(file: file, line: line, message: message) }
        func fields(_ s: String) -> [Substring] { s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }) }
        guard let nameLine = lines.firstIndex(where: { !fields($0).isEmpty }) else { throw fail(1, "empty file") }
        let name = fields(lines[nameLine]).joined(separator: " ")
        guard let vehicleLine = lines.firstIndex(where: { fields($0).first?.uppercased() == "VEHICLE" }) else {
            throw fail(nameLine + 1, "missing VEHICLE section")
        }
        guard let fleetLine = lines[(vehicleLine + 1)...].firstIndex(where: { f in let x = fields(f); return !x.isEmpty && Int(x[0]) != nil }) else {
            throw fail(vehicleLine + 1, "missing NUMBER CAPACITY row after VEHICLE")
        }
        let fleet = fields(lines[fleetLine])
        guard fleet.count >= 2, let number = Int(fleet[0]), let capacity = Int(fleet[1]), number > 0, capacity >= 0 else {
            throw fail(fleetLine + 1, "expected 'NUMBER CAPACITY' as two non-negative integers, got '\(lines[fleetLine])'")
        }
        guard number <= maxVehicles, capacity <= Int(maxValue) else {
            throw fail(fleetLine + 1, "at most \(maxVehicles) vehicles of capacity at most \(Int(maxValue)), got '\(lines[fleetLine])'")
        }
        guard let customerLine = lines.firstIndex(where: { fields($0).first?.uppercased() == "CUSTOMER" }) else {
            throw fail(fleetLine + 1, "missing CUSTOMER section")
        }
        var numbers: [Int] = [], points: [RoutingPoint] = [], rows: [[Double]] = []
        for index in (customerLine + 1)..<lines.count {
            let f = fields(lines[index])
            guard !f.isEmpty, Double(f[0]) != nil else {
                if !f.isEmpty && !rows.isEmpty { throw fail(index + 1, "unexpected text '\(lines[index])' in customer table") }
                continue
            }
            guard f.count == 7 else { throw fail(index + 1, "expected 7 fields 'id x y demand ready due service', got \(f.count)") }
            let values = f.map { Double($0) }
            guard values.allSatisfy({ $0 != nil && $0!.isFinite }) else { throw fail(index + 1, "non-numeric field in '\(lines[index])'") }
            guard values.allSatisfy({ abs($0!) <= maxValue }) else {
                throw fail(index + 1, "every number must be at most \(Int(maxValue)) in size, got '\(lines[index])'")
            }
            let v = values.map { $0! }
            guard v[3] >= 0, v[6] >= 0 else { throw fail(index + 1, "negative demand or service time") }
            guard v[4] <= v[5] else { throw fail(index + 1, "ready time \(v[4]) after due date \(v[5])") }
            guard let id = Int(f[0]) else { throw fail(index + 1, "customer number '\(f[0])' is not an integer") }
            if rows.isEmpty && id != 0 { throw fail(index + 1, "the first customer row must be the depot, number 0") }
            if numbers.contains(id) { throw fail(index + 1, "customer number \(id) appears twice") }
            guard v[3] == v[3].rounded() else { throw fail(index + 1, "demand must be an integer") }
            numbers.append(id); points.append(RoutingPoint(x: v[1], y: v[2])); rows.append(v)
        }
        guard rows.count >= 2 else { throw fail(lines.count, "customer table needs the depot and at least one customer") }
        let s = SolomonInstance.scale
        func scaled(_ x: Double) -> Int { Int((x * s).rounded()) }
        let n = rows.count
        var distance = [[Int]](repeating: [Int](repeating: 0, count: n), count: n), duration = distance
        for i in 0..<n {
            for j in 0..<n where i != j {
                let dx = points[i].x - points[j].x, dy = points[i].y - points[j].y
                let d = (dx * dx + dy * dy).squareRoot() * s
                distance[i][j] = Int(d.rounded())
                duration[i][j] = Int((d - 1e-9).rounded(.up))
            }
        }
        let depot = RoutingDepot(readyTime: scaled(rows[0][4]), dueTime: scaled(rows[0][5]), location: points[0])
        let clients = rows.dropFirst().enumerated().map { k, v in
            RoutingClient(demand: Int(v[3]), readyTime: scaled(v[4]), dueTime: scaled(v[5]), serviceTime: scaled(v[6]),
                          location: points[k + 1])
        }
        let instance = try RoutingInstance(
            depots: [depot], clients: Array(clients),
            vehicleTypes: [RoutingVehicleType(capacity: capacity, count: number, maxTrips: 1)],
            distances: distance, durations: duration,
            scale: RoutingScale(distance: s, time: s))
        return SolomonInstance(name: name, customerNumbers: numbers, coordinates: points, instance: instance)
    }

    /// Reads and parses a file.
    public static func read(path: String) throws -> SolomonInstance {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw SolomonFormatError(file: path, line: 0, message: "cannot read the file")
        }
        return try parse(text, file: path)
    }
}
