/// Granular neighbourhoods: for each client, the `size` other clients closest by a proximity
/// that adds to the distance a share of forced waiting and of time warp, as in Vidal et al.
/// (2013) and PyVRP (`weightWaitTime` 0.2, `weightTimeWarp` 1, symmetric).
/// O(n² log n) for n clients.
enum Neighbourhood {
    static func granular(_ inst: RoutingInstance, size: Int, weightWait: Double = 0.2, weightTimeWarp: Double = 1) -> [[Int]] {
        let clients = Array(inst.clientNodes.filter { inst.uncoverable[$0] == nil })
        var result = [[Int]](repeating: [], count: inst.nodeCount)
        func proximity(_ i: Int, _ j: Int) -> Double {
            let t = inst.duration(i, j)
            let wait = max(0, inst.ready[j] - t - inst.service[i] - inst.due[i])
            let warp = max(0, inst.ready[i] + inst.service[i] + t - inst.due[j])
            return Double(inst.distance(i, j)) * (inst.vehicleTypes.map(\.unitDistanceCost).max() ?? 1)
                + weightWait * Double(wait) + weightTimeWarp * Double(warp) - inst.prize(j)
        }
        for i in clients {
            let others = clients.filter { $0 != i }.map { j in (min(proximity(i, j), proximity(j, i)), j) }
            result[i] = others.sorted { $0.0 < $1.0 }.prefix(size).map(\.1)
        }
        return result
    }
}
