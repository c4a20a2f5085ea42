/// Township roads and the valley clusters of villages along them.
extension CountyBuilder {
    /// Township road `r`: north (even `r`) or south of the trunk, a junction every 4–7 km, with
    /// two side valleys (one each side) leaving from each junction.
    mutating func layTownshipRoad(_ r: Int, using rng: inout some RandomNumberGenerator) {
        let clusters = layout.townshipRoads[r]
        let side: Double = r % 2 == 0 ? 1 : -1
        let heading = side * Double.pi / 2 + rng.uniform(-0.3, 0.3)
        let valley = PlaceNames.town(using: &rng)
        let roadName = "\(valley) valley road"
        var nodes: [DraftNode] = []
        var previous = mouths[r]
        for k in 0..<((clusters.count + 1) / 2) {
            let step = KmPoint.heading(heading + rng.uniform(-0.2, 0.2)) * rng.uniform(4, 7)
            let node = draft.junction("\(valley) \(Self.roadJunctionNames[k % Self.roadJunctionNames.count])"
                + (k >= Self.roadJunctionNames.count ? " \(k / Self.roadJunctionNames.count + 1)" : ""),
                at: previous.point + step)
            draft.road(previous, node, .township, name: roadName, using: &rng)
            nodes.append(node)
            previous = node
        }
        roadNodes.append(nodes)
        headings.append(heading)
        for (q, c) in clusters.enumerated() {
            let position = nodes.count == 1 ? 0.5 : Double(q / 2) / Double(nodes.count - 1)
            let remote = rng.chance(0.1 + 0.65 * position)
            layCluster(c, from: nodes[q / 2], heading: heading + (q % 2 == 0 ? 1 : -1) * rng.uniform(0.6, 1.1),
                       remote: remote, using: &rng)
        }
    }

    static let roadJunctionNames = ["lower bridge", "ford", "middle bridge", "fork", "upper bridge", "old mill", "gorge", "head"]
    static let easyWaypointNames = ["upper bridge", "old mill", "head", "orchard", "well"]
    static let remoteWaypointNames = ["lower bridge", "temple", "middle bridge", "narrows", "pass foot"]

    /// One valley cluster: an entry road from the township road (a short village road, or for a
    /// remote valley 3–6 km of mountain road) to the valley mouth, a valley road with a junction
    /// every few kilometres, villages along it (about half on the valley road, the others up to
    /// 1.1 km off it — 1.65 km when remote — on their own lanes or tracks).
    mutating func layCluster(
        _ c: Int, from anchor: DraftNode, heading: Double, remote: Bool, using rng: inout some RandomNumberGenerator
    ) {
        let size = layout.clusterSizes[c]
        let name = PlaceNames.town(using: &rng)
        let spineClass: RoadClass = remote ? .mountain : .village
        let entryLength = remote ? rng.uniform(3, 6) : rng.uniform(0.8, 2.5)
        let entry = draft.junction("\(name) mouth", at: anchor.point + KmPoint.heading(heading) * entryLength)
        draft.road(anchor, entry, spineClass, name: "\(name) road", using: &rng)

        // The valley road's bends, equally spaced; `s` in [0, 1] runs from the mouth to the head.
        let length = max(1, Double(size) * rng.uniform(0.45, 0.8)) * (remote ? 1.3 : 1)
        let segments = 1 + size / 6
        var bends = [entry.point]
        for _ in 0..<segments {
            bends.append(bends[bends.count - 1] + KmPoint.heading(heading + rng.uniform(-0.35, 0.35)) * (length / Double(segments)))
        }
        func along(_ s: Double) -> (point: KmPoint, normal: KmPoint) {
            let k = min(segments - 1, Int(s * Double(segments)))
            let f = s * Double(segments) - Double(k)
            let a = bends[k], b = bends[k + 1]
            let dx = b.x - a.x, dy = b.y - a.y, norm = max(1e-9, (dx * dx + dy * dy).squareRoot())
            return (KmPoint(x: a.x + f * dx, y: a.y + f * dy), KmPoint(x: -dy / norm, y: dx / norm))
        }

        var spine: [(s: Double, node: DraftNode)] = [(0, entry)]
        let names = remote ? Self.remoteWaypointNames : Self.easyWaypointNames
        for k in 1...segments {
            let label = k == segments ? "head" : names[(k - 1) % names.count]
            spine.append((Double(k) / Double(segments), draft.junction("\(name) \(label)", at: bends[k])))
        }
        var spurs: [(s: Double, node: DraftNode)] = []
        let mix = ProduceCatalog.mix(remote: remote, season: products, using: &rng)
        for i in 0..<size {
            let s = (Double(i) + rng.uniform(0.15, 0.85)) / Double(size)
            let offRoad = size > 1 && rng.chance(0.45)
            let lateral = offRoad
                ? (rng.chance(0.5) ? 1 : -1) * rng.uniform(0.4, 1.1) * (remote ? 1.5 : 1)
                : rng.uniform(-0.2, 0.2)
            let (p, normal) = along(s)
            let village = draft.village(ProduceCatalog.village(remote: remote, mix: mix, using: &rng), at: p + normal * lateral)
            if offRoad { spurs.append((s, village)) } else { spine.append((s, village)) }
        }
        spine.sort { $0.s < $1.s }
        for (a, b) in zip(spine, spine.dropFirst()) {
            draft.road(a.node, b.node, spineClass, name: "\(name) valley road", using: &rng)
        }
        func nearest(_ s: Double) -> DraftNode {
            spine.min { abs($0.s - s) < abs($1.s - s) }!.node
        }
        for spur in spurs {
            draft.road(nearest(spur.s), spur.node, remote ? .track : .village,
                       name: "\(draft.villages[spur.node.index].name) lane", using: &rng)
        }
        clusterEnds.append(spine.last { $0.node.kind == .junction }?.node ?? entry)

        for site in 0..<layout.clusterSites[c] {
            let s = rng.uniform(0.15, 0.6)
            let (p, normal) = along(s)
            let suffix = site == 0 ? "" : " \(site + 1)"
            clusterSites.append(DepotSite(
                kind: remote ? .mountainRoom : .preCooling, name: name + suffix,
                point: p + normal * rng.uniform(0.1, 0.3), link: nearest(s), linkClass: spineClass))
        }
    }
}
