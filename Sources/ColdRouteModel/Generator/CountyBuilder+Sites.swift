/// Depots, express agencies and the fleet, sized from the supply once the villages are placed.
extension CountyBuilder {
    /// Makes sure every product of the season is grown somewhere (validation requires it; tiny
    /// counties may miss one): a random village adds 200–600 kg/day of it.
    mutating func supplyEveryProduct(using rng: inout some RandomNumberGenerator) {
        var grown = Set<Product.ID>()
        for village in draft.villages {
            for (product, kg) in village.supply where kg.value > 0 { grown.insert(product) }
        }
        for product in products where !grown.contains(product.id) {
            let v = rng.integer(0...(draft.villages.count - 1))
            var supply = draft.villages[v].supply
            supply[product.id] = Kilograms(Double(rng.integer(200...600) / 10 * 10))
            draft.setSupply(village: v, supply)
        }
    }

    /// The existing county store beside the seat (and, with 4 or more depots, a market-town store),
    /// then the candidate sites in the clusters, then logistics parks beside trunk junctions.
    ///
    /// Capacities are the kind's multiple of the average supply per depot (±20 %), rounded to
    /// 1,000 kg; the daily cost is the kind's fixed part plus 0.03 yuan per kg of capacity (±10 %).
    mutating func placeDepots(using rng: inout some RandomNumberGenerator) {
        let supply = draft.villages.reduce(0.0) { $0 + $1.totalSupply.value }
        let average = supply / Double(spec.depots)

        var sites: [DepotSite] = []
        let seat = towns[0]
        sites.append(DepotSite(kind: .countyStore, name: seat.name, point: nearby(seat.node, 0.5, 1.2, using: &rng),
                               link: seat.node, linkClass: .township))
        if layout.existingDepots == 2 {
            let (node, name) = towns.count > 1 ? towns[1] : (roadNodes[0][0], seat.name + " north")
            sites.append(DepotSite(kind: .townStore, name: name, point: nearby(node, 0.5, 1.2, using: &rng),
                                   link: node, linkClass: .township))
        }
        sites += clusterSites
        let mouthsWestToEast = trunk.dropFirst().dropLast().map { $0 }
        for p in 0..<layout.parks {
            let node = mouthsWestToEast[((2 * p + 1) * mouthsWestToEast.count) / (2 * layout.parks)]
            let name = draft.junctions[node.index].name.split(separator: " ").first.map(String.init) ?? "Trunk"
            sites.append(DepotSite(kind: .logisticsPark, name: name, point: nearby(node, 0.6, 1.5, using: &rng),
                                   link: node, linkClass: .township))
        }

        for site in sites {
            let kind = site.kind
            let capacity = max(kind.minimumCapacity,
                               (average * kind.capacityFactor * rng.uniform(0.8, 1.2) / 1000).rounded() * 1000)
            let cost = ((kind.fixedCost + 0.03 * capacity) * rng.uniform(0.9, 1.1) / 10).rounded() * 10
            let hours = rng.pick(kind.hours)
            let depot = Depot(
                id: "", name: kind.name(site.name), location: Coordinate(x: 0, y: 0), status: kind.status,
                openingCostPerDay: Yuan(cost), capacityPerDay: Kilograms(capacity),
                handlingCostPerKg: Yuan(rng.pick(kind.handlingCostPerKg)),
                receivingOpen: Minutes(hours.open), receivingClose: Minutes(hours.close))
            let node = draft.depot(depot, at: site.point)
            draft.road(site.link, node, site.linkClass, name: kind == .preCooling || kind == .mountainRoom
                       ? "\(site.name) cold store lane" : "\(site.name) cold store road", using: &rng)
        }
    }

    /// Agencies of the express companies in turn (SF Express first, cut-off 18:00; others
    /// 16:30–18:00), at the county seat and the market towns in turn, each on a town street.
    /// Capacity: 1.2–2 times the supply per agency, at least 20,000 kg, rounded to 5,000 kg.
    mutating func placeAgencies(using rng: inout some RandomNumberGenerator) {
        let supply = draft.villages.reduce(0.0) { $0 + $1.totalSupply.value }
        var seen: [String: Int] = [:]
        for a in 0..<spec.agencies {
            let town = towns[a % towns.count]
            let (company, office) = PlaceNames.companies[a % PlaceNames.companies.count]
            var name = "\(company) \(town.name) \(office)"
            seen[name, default: 0] += 1
            if let n = seen[name], n > 1 { name += " \(n)" }
            let cutoff = company == "SF Express" ? 1080 : rng.pick([990.0, 1020, 1050, 1080])
            let capacity = max(20_000, (supply / Double(spec.agencies) * rng.uniform(1.2, 2) / 5000).rounded() * 5000)
            let agency = Agency(
                id: "", name: name, location: Coordinate(x: 0, y: 0), cutoff: Minutes(cutoff),
                handlingCostPerKg: Yuan((rng.uniform(0.25, 0.45) * 100).rounded() / 100),
                capacityPerDay: Kilograms(capacity))
            let node = draft.agency(agency, at: nearby(town.node, 0.3, 1.0, using: &rng))
            draft.road(town.node, node, .township, name: "\(town.name) \(rng.pick(["east", "west", "north", "south", "old"])) street",
                       using: &rng)
        }
    }

    /// Refrigerated vans based at the county store (one per 13 villages), ambient light trucks
    /// (one per 9) and motor tricycles (one per 8), as in the demo county.
    func fleet() -> [VehicleType] {
        let n = spec.villages
        return [
            VehicleType(id: "van", name: "Refrigerated van 1.5 t", capacity: Kilograms(1500), refrigerated: true,
                        costPerKm: Yuan(2.6), fixedCostPerDay: Yuan(260), refrigerationCostPerHour: Yuan(12),
                        count: max(1, n / 13), homeDepot: draft.depotID(0), maxShift: Minutes(600)),
            VehicleType(id: "truck", name: "Ambient light truck 3 t", capacity: Kilograms(3000), refrigerated: false,
                        costPerKm: Yuan(2.0), fixedCostPerDay: Yuan(220), count: max(2, n / 9), maxShift: Minutes(600)),
            VehicleType(id: "tricycle", name: "Motor tricycle 0.5 t", capacity: Kilograms(500), refrigerated: false,
                        costPerKm: Yuan(0.6), fixedCostPerDay: Yuan(60), count: max(2, n / 8), maxShift: Minutes(300)),
        ]
    }

    /// A point `lo`–`hi` km from a node in a random direction.
    func nearby(_ node: DraftNode, _ lo: Double, _ hi: Double, using rng: inout some RandomNumberGenerator) -> KmPoint {
        node.point + KmPoint.heading(rng.uniform(0, 2 * Double.pi)) * rng.uniform(lo, hi)
    }
}
