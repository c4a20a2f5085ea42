import ColdRouteIO
import ColdRouteModel
import ColdRouteSiting

extension Scenario {
    /// Applies the scenario to its base network: returns the changed network (validated), the
    /// siting options and the run settings.
    ///
    /// Order: depots added, depots changed, supply scaled, shelf lives changed, fleet changed,
    /// roads added and changed, costs changed; then the network is validated. Throws an
    /// ``InputError`` naming the scenario file and the key for an id the network does not have, a
    /// road that does not exist, or a changed network that fails validation.
    public func apply(to base: CountyNetwork) throws(InputError) -> (CountyNetwork, SitingOptions, RunSettings) {
        var n = base
        func fail(_ key: Key, _ message: String) -> InputError {
            InputError(file: file, location: .jsonPath(key.path, line: key.line), message: message)
        }
        func depotIndex(_ id: String, _ key: Key) throws(InputError) -> Int {
            guard let j = n.depots.firstIndex(where: { $0.id.rawValue == id }) else {
                throw fail(key, "unknown depot '\(id)' (the network has \(list(n.depots.map(\.id.rawValue))))")
            }
            return j
        }

        // Depots.
        for added in depots.add {
            if n.place(id: added.value.id.rawValue) != nil { throw fail(added.key, "place id '\(added.value.id)' already exists in the network") }
            n.depots.append(added.value)
        }
        for change in depots.change {
            let j = try depotIndex(change.value.id, change.key)
            let c = change.value
            if let v = c.openingCostPerDay { n.depots[j].openingCostPerDay = Yuan(v) }
            if let v = c.capacityKgPerDay { n.depots[j].capacityPerDay = Kilograms(v) }
            if let v = c.handlingCostPerKg { n.depots[j].handlingCostPerKg = Yuan(v) }
            if let v = c.receivingOpen { n.depots[j].receivingOpen = Minutes(v) }
            if let v = c.receivingClose { n.depots[j].receivingClose = Minutes(v) }
        }
        for id in depots.open + depots.close { _ = try depotIndex(id.value, id.key) }
        if let both = Set(depots.open.map(\.value)).intersection(depots.close.map(\.value)).sorted().first,
           let key = depots.close.first(where: { $0.value == both })?.key
        {
            throw fail(key, "depot '\(both)' is both forced open and closed")
        }

        // Supply.
        for m in supply.perProduct where !n.products.contains(where: { $0.id.rawValue == m.id }) {
            throw fail(m.key, "unknown product '\(m.id)' (the network has \(list(n.products.map(\.id.rawValue))))")
        }
        for m in supply.perVillage where !n.villages.contains(where: { $0.id.rawValue == m.id }) {
            throw fail(m.key, "unknown village '\(m.id)'")
        }
        let all = supply.factor?.value ?? 1
        let byProduct = Dictionary(supply.perProduct.map { ($0.id, $0.value) }, uniquingKeysWith: *)
        let byVillage = Dictionary(supply.perVillage.map { ($0.id, $0.value) }, uniquingKeysWith: *)
        for i in n.villages.indices {
            let v = byVillage[n.villages[i].id.rawValue] ?? 1
            for (product, kg) in n.villages[i].supply {
                n.villages[i].supply[product] = kg * (all * v * (byProduct[product.rawValue] ?? 1))
            }
        }

        // Shelf life.
        for change in shelfLife {
            let c = change.value
            guard let p = n.products.firstIndex(where: { $0.id.rawValue == c.product }) else {
                throw fail(change.key, "unknown product '\(c.product)' (the network has \(list(n.products.map(\.id.rawValue))))")
            }
            if let v = c.ambientMin { n.products[p].shelfLifeAmbient = Minutes(v) }
            if let v = c.ambientMultiplier { n.products[p].shelfLifeAmbient = n.products[p].shelfLifeAmbient * v }
            if let v = c.refrigeratedMin { n.products[p].shelfLifeRefrigerated = Minutes(v) }
            if let v = c.refrigeratedMultiplier { n.products[p].shelfLifeRefrigerated = n.products[p].shelfLifeRefrigerated * v }
        }

        // Fleet.
        for added in fleet.add {
            if n.vehicleTypes.contains(where: { $0.id == added.value.id }) {
                throw fail(added.key, "vehicle type '\(added.value.id)' already exists; set its count under [fleet.count]")
            }
            if let home = added.value.homeDepot, !n.depots.contains(where: { $0.id == home }) {
                throw fail(Key(added.key.path + ".homeDepot", line: added.key.line), "unknown depot '\(home)'")
            }
            n.vehicleTypes.append(added.value)
        }
        for c in fleet.count {
            guard let t = n.vehicleTypes.firstIndex(where: { $0.id.rawValue == c.id }) else {
                throw fail(c.key, "unknown vehicle type '\(c.id)' (the network has \(list(n.vehicleTypes.map(\.id.rawValue))))")
            }
            n.vehicleTypes[t].count = c.value
        }

        // Roads.
        for added in roadAdditions {
            for end in [added.value.from, added.value.to] where n.place(id: end) == nil {
                throw fail(added.key, "unknown place '\(end)' (roads join villages, depots, agencies and junctions)")
            }
            n.roads.append(added.value)
        }
        for change in roadChanges {
            let c = change.value
            let matches = n.roads.indices.filter {
                (n.roads[$0].from == c.from && n.roads[$0].to == c.to) || (n.roads[$0].from == c.to && n.roads[$0].to == c.from)
            }
            guard !matches.isEmpty else { throw fail(change.key, "no road joins '\(c.from)' and '\(c.to)'") }
            for r in matches {
                if let v = c.lengthKm { n.roads[r].length = Kilometres(v) }
                if let v = c.travelMin { n.roads[r].travelTime = Minutes(v) }
                if let v = c.speedKmh { n.roads[r].travelTime = Minutes(n.roads[r].length.value / v * 60) }
                if let v = c.closed { n.roads[r].closed = v }
                if let v = c.name { n.roads[r].name = v }
            }
        }

        // Costs.
        if let v = costs.driverCostPerHour { n.driverCostPerHour = Yuan(v) }
        for j in n.depots.indices {
            let m = n.depots[j].status == .candidate ? costs.newDepotOpeningMultiplier : costs.existingDepotCostMultiplier
            if let m { n.depots[j].openingCostPerDay = n.depots[j].openingCostPerDay * m }
        }
        for a in n.agencies.indices {
            if let v = costs.expressHandlingPerKg { n.agencies[a].handlingCostPerKg = Yuan(v) }
            if let m = costs.expressHandlingMultiplier { n.agencies[a].handlingCostPerKg = n.agencies[a].handlingCostPerKg * m }
        }

        let errors = n.validate().filter(\.isError)
        if let first = errors.first {
            let more = errors.count > 1 ? " (and \(errors.count - 1) more problems)" : ""
            throw InputError(file: file, message: "the scenario's network is invalid: \(first)\(more)")
        }

        let options = SitingOptions(
            maxNewDepots: depots.maxNew, budgetPerDay: depots.budgetPerDay.map { Yuan($0) },
            forceOpen: Set(depots.open.map { Depot.ID($0.value) }), forceClosed: Set(depots.close.map { Depot.ID($0.value) }),
            existingMayClose: depots.existingMayClose ?? false, minLowIncomeCoverage: lowIncomeCoverage?.value,
            singleSource: settings.singleSource, timeLimit: .milliseconds(Int64(saturating: settings.timeLimit * 1000)),
            relativeGap: settings.gap)
        return (n, options, settings)
    }

    /// Reads the base network and applies the scenario to it.
    ///
    /// A base network that cannot be read is reported against the scenario's `base` key, with the
    /// network's own problem after it.
    public func load() throws(InputError) -> (CountyNetwork, SitingOptions, RunSettings) {
        let network: CountyNetwork
        do {
            network = try NetworkReader.read(path: basePath)
        } catch {
            throw InputError(file: file, location: .jsonPath("base"), message: "cannot read the base network: \(error)")
        }
        return try apply(to: network)
    }

    private func list(_ ids: [String]) -> String {
        ids.count <= 12 ? ids.joined(separator: ", ") : ids.prefix(12).joined(separator: ", ") + ", …"
    }
}
