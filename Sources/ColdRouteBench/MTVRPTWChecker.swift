/// Independent checker for multi-trip VRPTW solutions with release dates, in the instance's own
/// orientation (deliveries); shares no code with the search or the time reversal.
///
/// A solution is one node list per vehicle: client numbers `1…n`, `0` for a reload at the
/// depot (the `.sol` convention). Per vehicle, trips are simulated in order from time 0 (the
/// depot's opening): a trip leaves at the later of the previous trip's return and the latest
/// release date of its clients; service starts at the later of arrival and the client's ready
/// time and must not be after its due time; the trip returns by the depot's closing time; a
/// trip carries at most the capacity. Leaving as early as possible is optimal (waiting is
/// allowed and every limit is an upper bound), so a violation here is one of every schedule.
/// At most `vehicles` non-empty vehicles; every client exactly once. The cost is the sum of
/// DIMACS edge lengths (×10 integers). O(total visits + n).
public enum MTVRPTWChecker {
    public struct Verdict: Sendable {
        public var cost: Int
        public var vehicles: Int
        public var trips: Int
        /// One line per broken rule; empty means feasible.
        public var violations: [String]
        public var isFeasible: Bool { violations.isEmpty }
    }

    public static func check(_ routes: [[Int]], in inst: MTVRPTWInstance) -> Verdict {
        var violations: [String] = []
        var seen = [Int](repeating: 0, count: inst.nodeCount)
        var cost = 0, vehicles = 0, tripCount = 0
        let close = inst.due[0]
        for (v, route) in routes.enumerated() {
            if let bad = route.first(where: { $0 < 0 || $0 >= inst.nodeCount }) {
                violations.append("vehicle \(v + 1): node \(bad) is not a client"); continue
            }
            var trips: [[Int]] = [[]]
            for node in route { if node == 0 { trips.append([]) } else { trips[trips.count - 1].append(node) } }
            trips = trips.filter { !$0.isEmpty }
            if trips.isEmpty { continue }
            vehicles += 1
            tripCount += trips.count
            var time = inst.ready[0]
            for (k, trip) in trips.enumerated() {
                let load = trip.reduce(0) { $0 + inst.demand[$1] }
                if load > inst.capacity { violations.append("vehicle \(v + 1) trip \(k + 1): load \(load) > capacity \(inst.capacity)") }
                time = max(time, trip.map { inst.release[$0] }.max()!)
                var at = 0
                for node in trip {
                    seen[node] += 1
                    cost += inst.distance(at, node)
                    time = max(time + inst.service[at] + inst.distance(at, node), inst.ready[node])
                    if time > inst.due[node] { violations.append("vehicle \(v + 1) trip \(k + 1): client \(node) served at \(time) > due \(inst.due[node])") }
                    at = node
                }
                cost += inst.distance(at, 0)
                time += inst.service[at] + inst.distance(at, 0)
                if time > close { violations.append("vehicle \(v + 1) trip \(k + 1): back at \(time) > depot close \(close)") }
            }
        }
        if vehicles > inst.vehicles { violations.append("\(vehicles) vehicles used, \(inst.vehicles) available") }
        for node in 1..<inst.nodeCount where seen[node] != 1 {
            violations.append(seen[node] == 0 ? "client \(node) not served" : "client \(node) served \(seen[node]) times")
        }
        return Verdict(cost: cost, vehicles: vehicles, trips: tripCount, violations: violations)
    }

    /// Reads a `.sol` file: `Route #k: …` lines and `Cost: c`. Errors name file and line. O(size).
    public static func readSolution(_ text: String, file: String) throws -> (routes: [[Int]], cost: Int?) {
        var routes: [[Int]] = [], cost: Int? = nil
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("Route") {
                guard let colon = line.firstIndex(of: ":") else { throw VRPLIBFormatError(file: file, line: index + 1, message: "expected 'Route #k: clients'") }
                let nodes = line[line.index(after: colon)...].split(separator: " ").map { Int($0) }
                guard nodes.allSatisfy({ $0 != nil }) else { throw VRPLIBFormatError(file: file, line: index + 1, message: "non-integer client in '\(line)'") }
                routes.append(nodes.map { $0! })
            } else if line.hasPrefix("Cost") {
                guard let v = Int(line.split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "") else {
                    throw VRPLIBFormatError(file: file, line: index + 1, message: "expected 'Cost: integer'")
                }
                cost = v
            }
        }
        return (routes, cost)
    }
}
