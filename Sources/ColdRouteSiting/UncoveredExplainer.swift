import ColdRouteModel

/// Explains why some supply is left uncovered by a plan, as an ``UncoveredReason`` (data, worded
/// by the report layer in the output language).
///
/// The explanation looks at the open depots' verdicts for the item: a depot within shelf life that
/// is full or not worth the cost, otherwise the nearest open depot and the rule it breaks; and it
/// names a closed candidate that could serve the item, when there is one.
struct UncoveredExplainer {
    let instance: SitingInstance
    let isOpen: [Bool]
    let load: [Kilograms]
    let fleet: [SitingPlan.FleetUse]

    func reason(item k: Int) -> UncoveredReason {
        let network = instance.network
        let item = instance.items[k]
        let product = network.products[item.product]
        let verdicts = instance.verdicts[k]
        let open = network.depots.indices.filter { isOpen[$0] }
        let cause: UncoveredReason.Cause
        if open.isEmpty {
            cause = .noDepotOpen
        } else if let feasible = open.compactMap({ verdicts[$0].arc }).sorted(by: {
            $0.costPerKg.total < $1.costPerKg.total
        }).first {
            let full = open.filter { verdicts[$0].arc != nil && load[$0] >= network.depots[$0].capacityPerDay * (1 - 1e-6) }
            let usable = Set(arcs(of: k).filter { isOpen[$0.depot] }.map(\.vehicleType))
            let busy = usable.filter { fleet[$0].minutesUsed >= fleet[$0].minutesAvailable * (1 - 1e-6) }
            if full.count == open.filter({ verdicts[$0].arc != nil }).count {
                cause = .depotsFull(depots: full.map { network.depots[$0].id.rawValue })
            } else if !usable.isEmpty, usable.allSatisfy({ !hasWorkingTime($0) }) {
                cause = .noWorkingTime(fleet: usable.sorted().map(fleetLine))
            } else if !busy.isEmpty, arcs(of: k).filter({ isOpen[$0.depot] }).allSatisfy({
                busy.contains($0.vehicleType) || load[$0.depot] >= network.depots[$0.depot].capacityPerDay * (1 - 1e-6)
            }) {
                // Every open depot that could take it is full or has only fully used vehicle types.
                cause = busy.count == usable.count
                    ? .fleetBusy(fleet: busy.sorted().map(fleetLine))
                    : .depotsFullAndFleetBusy(depots: Set(full).sorted().map { network.depots[$0].id.rawValue },
                                              fleet: busy.sorted().map(fleetLine))
            } else if feasible.costPerKg.total > item.valuePerKg {
                cause = .costsMoreThanValue(depot: label(feasible.depot), costPerKg: feasible.costPerKg.total,
                                            product: product.name, valuePerKg: item.valuePerKg)
            } else {
                cause = .notProvenOptimal
            }
        } else {
            cause = nearestFailure(verdicts: verdicts, open: open, product: product)
        }
        // A closed site "could serve it" only with an arc whose vehicle type has working time.
        let servable = Set(arcs(of: k).filter { !isOpen[$0.depot] && hasWorkingTime($0.vehicleType) }.map(\.depot))
        let candidate = network.depots.indices.first(where: { servable.contains($0) })
        return UncoveredReason(cause, closedSite: candidate.map(label))
    }

    /// The most telling broken rule among the open depots: a timing rule (the depot is within shelf
    /// life) first, otherwise the shelf life of the nearest one.
    private func nearestFailure(verdicts: [ArcVerdict], open: [Int], product: Product) -> UncoveredReason.Cause {
        for j in open {
            switch verdicts[j] {
            case let .windowMissed(travel, pickupEnd, receivingOpen, receivingClose):
                return .windowMissed(depot: label(j), travel: travel, pickupEnd: pickupEnd,
                                     receivingOpen: receivingOpen, receivingClose: receivingClose)
            case let .cutoffMissed(arrival):
                return .cutoffMissed(depot: label(j), arrival: arrival)
            default: continue
            }
        }
        var nearest: (depot: Int, travel: Minutes, shelfLife: Minutes, refrigerated: Bool)?
        for j in open {
            if case let .shelfLifeExceeded(travel, shelfLife, refrigerated) = verdicts[j],
               nearest == nil || travel < nearest!.travel
            {
                nearest = (j, travel, shelfLife, refrigerated)
            }
        }
        if let nearest {
            return .shelfLifeExceeded(depot: label(nearest.depot), travel: nearest.travel, product: product.name,
                                      shelfLife: nearest.shelfLife, refrigerated: nearest.refrigerated)
        }
        if open.allSatisfy({ verdicts[$0] == .noVehicle }) {
            let openIDs = Set(open.map { instance.network.depots[$0].id })
            let based = instance.network.vehicleTypes.filter { $0.homeDepot.map(openIDs.contains) ?? true }
            if !based.isEmpty, based.allSatisfy({ $0.count == 0 }) {
                return .noVehicles(types: based.map(\.id.rawValue))
            }
            return .noVehicleType
        }
        return .noRoute(instance.legSource)
    }

    /// The arcs of item `k`: a run of the item-major ``SitingInstance/arcs``, found by binary search.
    /// O(log arcs), so explaining every uncovered item of a large county stays linear (a filter over
    /// all arcs per item made a stopped 1,000-village run spend most of its time here).
    private func arcs(of k: Int) -> ArraySlice<ServiceArc> {
        let arcs = instance.arcs
        func first(_ isAfter: (Int) -> Bool) -> Int {
            var lo = 0, hi = arcs.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if isAfter(arcs[mid].item) { hi = mid } else { lo = mid + 1 }
            }
            return lo
        }
        return arcs[first { $0 >= k }..<first { $0 > k }]
    }

    private func label(_ j: Int) -> String {
        let depot = instance.network.depots[j]
        return depot.name == depot.id.rawValue ? depot.id.rawValue : "\(depot.id) \(depot.name)"
    }

    /// Whether vehicle type `t` has any vehicle-minutes at all (count × shift > 0).
    private func hasWorkingTime(_ t: Int) -> Bool {
        let type = instance.network.vehicleTypes[t]
        return type.count > 0 && type.maxShift.value > 0
    }

    private func fleetLine(_ t: Int) -> UncoveredReason.Fleet {
        UncoveredReason.Fleet(name: fleet[t].name, count: instance.network.vehicleTypes[t].count,
                              shift: instance.network.vehicleTypes[t].maxShift, calibration: instance.fleetScale(of: t))
    }
}
