/// Why a client is not on any route of a solution.
public enum UnassignedReason: Sendable, Hashable, CustomStringConvertible {
    /// Its demand exceeds the capacity of every vehicle type that has vehicles.
    case demandExceedsCapacity
    /// No vehicle can reach it within its time window from its depot and return in its shift.
    case timeWindowUnreachable
    /// The shift limit is shorter than the round trip.
    case shiftTooShort
    /// The direct ride back to the depot already exceeds the shelf life of every vehicle class.
    case shelfLifeTooShort
    /// No vehicle type has any vehicle.
    case noVehicle
    /// Optional client whose prize does not pay for the detour.
    case notProfitable
    /// The search found no feasible place for it (fleet too small or constraints too tight).
    case noFeasibleInsertion
    /// The search was stopped (Ctrl-C, SIGTERM) before it tried to place it.
    case interrupted

    public var description: String {
        switch self {
        case .demandExceedsCapacity: "demand exceeds every vehicle capacity"
        case .timeWindowUnreachable: "time window cannot be reached from the depot and back in the shift"
        case .shiftTooShort: "shift limit shorter than the round trip"
        case .shelfLifeTooShort: "shelf life shorter than the direct ride to the depot"
        case .noVehicle: "no vehicle available"
        case .notProfitable: "prize does not pay for the detour"
        case .noFeasibleInsertion: "no feasible insertion found"
        case .interrupted: "not placed: the search was interrupted"
        }
    }
}

extension RoutingInstance {
    /// Clients that no vehicle type can serve even on a route of their own.
    ///
    /// For each client, checks every vehicle type with vehicles in the order capacity, time
    /// window, shift, shelf life, and keeps the reason from the type that got furthest.
    /// O(n·t).
    static func findUncoverable(_ inst: RoutingInstance) -> [Int: UnassignedReason] {
        var result: [Int: UnassignedReason] = [:]
        for node in inst.clientNodes {
            var bestStage = -1
            var reason = UnassignedReason.noVehicle
            for (t, v) in inst.vehicleTypes.enumerated() where v.count > 0 {
                let d = v.depot
                let start = inst.shiftStart(t), end = min(inst.returnWindow(t).latest, max(inst.returnBy[node], inst.depots[d].readyTime))
                let arrive = max(start + inst.duration(d, node, profile: v.durationProfile), inst.ready[node])
                let back = arrive + inst.service[node] + inst.duration(node, d, profile: v.durationProfile)
                let round = inst.duration(d, node, profile: v.durationProfile) + inst.service[node] + inst.duration(node, d, profile: v.durationProfile)
                let stage: Int
                let why: UnassignedReason
                if inst.demand[node] > v.capacity { stage = 0; why = .demandExceedsCapacity }
                else if arrive > inst.due[node] || back > end { stage = 1; why = .timeWindowUnreachable }
                else if let m = v.maxDuration, round > m { stage = 2; why = .shiftTooShort }
                else if let r = inst.maxRideTime(node: node, rideClass: v.rideClass), inst.duration(node, d, profile: v.durationProfile) > r {
                    stage = 3; why = .shelfLifeTooShort
                } else { stage = 4; why = .noVehicle }
                if stage == 4 { bestStage = 4; break }
                if stage > bestStage { bestStage = stage; reason = why }
            }
            if bestStage < 4 { result[node] = reason }
        }
        return result
    }
}
