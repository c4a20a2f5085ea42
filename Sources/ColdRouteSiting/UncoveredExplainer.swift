import ColdRouteModel

/// Explains, in a planner's words, why some supply is left uncovered by a plan.
///
/// The explanation looks at the open depots' verdicts for the item: a depot within shelf life that
/// is full or not worth the cost, otherwise the nearest open depot and the rule it breaks; and it
/// names a closed candidate that could serve the item, when there is one.
struct UncoveredExplainer {
    let instance: SitingInstance
    let isOpen: [Bool]
    let load: [Kilograms]
    let fleet: [SitingPlan.FleetUse]
    /// `arcsOfItem[k]`: indices of item `k`'s arcs, from one pass over the arcs (filtering all arcs
    /// per uncovered item took minutes on a 3,000-village county whose calibrated fleet leaves a
    /// thousand items out).
    let arcsOfItem: [[Int]]

    init(instance: SitingInstance, isOpen: [Bool], load: [Kilograms], fleet: [SitingPlan.FleetUse]) {
        self.instance = instance
        self.isOpen = isOpen
        self.load = load
        self.fleet = fleet
        var arcs = [[Int]](repeating: [], count: instance.items.count)
        for (a, arc) in instance.arcs.enumerated() { arcs[arc.item].append(a) }
        arcsOfItem = arcs
    }

    func reason(item k: Int) -> String {
        let network = instance.network
        let item = instance.items[k]
        let product = network.products[item.product]
        let verdicts = instance.verdicts[k]
        let open = network.depots.indices.filter { isOpen[$0] }
        var text: String
        if open.isEmpty {
            text = "no depot is open"
        } else if let feasible = open.compactMap({ verdicts[$0].arc }).sorted(by: {
            $0.costPerKg.total < $1.costPerKg.total
        }).first {
            let full = open.filter { verdicts[$0].arc != nil && load[$0] >= network.depots[$0].capacityPerDay * (1 - 1e-6) }
            let usable = Set(arcsOfItem[k].map { instance.arcs[$0] }.filter { isOpen[$0.depot] }.map(\.vehicleType))
            let busy = usable.filter { fleet[$0].minutesUsed >= fleet[$0].minutesAvailable * (1 - 1e-6) }
            if full.count == open.filter({ verdicts[$0].arc != nil }).count {
                text = "the open depots within shelf life ("
                    + full.map { network.depots[$0].id.rawValue }.joined(separator: ", ") + ") are full"
            } else if !usable.isEmpty, usable.allSatisfy({ !hasWorkingTime($0) }) {
                text = "no vehicle that could bring it in time has working time: "
                    + usable.sorted().map { "\(fleet[$0].name) (\(network.vehicleTypes[$0].count) × \(minutes(network.vehicleTypes[$0].maxShift)) shifts)" }
                        .joined(separator: ", ")
            } else if arcsOfItem[k].map({ instance.arcs[$0] }).filter({ isOpen[$0.depot] }).allSatisfy({
                busy.contains($0.vehicleType) || load[$0.depot] >= network.depots[$0.depot].capacityPerDay * (1 - 1e-6)
            }), !busy.isEmpty {
                // Every open depot that could take it is full or has only fully used vehicle types.
                text = (busy.count == usable.count ? "" : "the open depots with free vehicles for it ("
                    + Set(full).sorted().map { network.depots[$0].id.rawValue }.joined(separator: ", ") + ") are full, and ")
                    + "every vehicle that could bring it in time is fully used: "
                    + busy.sorted().map { "\(fleet[$0].name) (\(network.vehicleTypes[$0].count) × \(minutes(network.vehicleTypes[$0].maxShift)) shifts\(calibration($0)))" }
                        .joined(separator: ", ")
            } else if feasible.costPerKg.total > item.valuePerKg {
                text = "serving it via \(label(feasible.depot)) would cost \(money(feasible.costPerKg.total))/kg, "
                    + "more than \(product.name)'s value of \(money(item.valuePerKg))/kg"
            } else {
                text = "left out by a plan that is not proven optimal (see the gap)"
            }
        } else {
            text = nearestFailure(verdicts: verdicts, open: open, product: product)
        }
        // A closed site "could serve it" only with an arc whose vehicle type has working time.
        let servable = Set(arcsOfItem[k].map { instance.arcs[$0] }.filter { !isOpen[$0.depot] && hasWorkingTime($0.vehicleType) }.map(\.depot))
        if let candidate = network.depots.indices.first(where: { servable.contains($0) }) {
            text += "; closed site \(label(candidate)) could serve it"
        }
        return text
    }

    /// The most telling broken rule among the open depots: a timing rule (the depot is within shelf
    /// life) first, otherwise the shelf life of the nearest one.
    private func nearestFailure(verdicts: [ArcVerdict], open: [Int], product: Product) -> String {
        for j in open {
            switch verdicts[j] {
            case let .windowMissed(travel, pickupEnd, receivingOpen, receivingClose):
                return "\(label(j)) is \(minutes(travel)) away, but loading by \(pickupEnd.clockString) cannot "
                    + "arrive within its receiving hours \(receivingOpen.clockString)–\(receivingClose.clockString)"
            case let .cutoffMissed(arrival):
                return "\(label(j)) is reached by \(arrival.clockString), too late for every express agency's cut-off"
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
            return "nearest open depot \(label(nearest.depot)) is \(minutes(nearest.travel)) away, "
                + "\(product.name.lowercased()) shelf life \(minutes(nearest.shelfLife)) "
                + (nearest.refrigerated ? "refrigerated" : "ambient")
        }
        if open.allSatisfy({ verdicts[$0] == .noVehicle }) {
            let openIDs = Set(open.map { instance.network.depots[$0].id })
            let based = instance.network.vehicleTypes.filter { $0.homeDepot.map(openIDs.contains) ?? true }
            if !based.isEmpty, based.allSatisfy({ $0.count == 0 }) {
                return "every vehicle type that can be based at the open depots has count 0 ("
                    + based.map(\.id.rawValue).joined(separator: ", ") + ")"
            }
            return "no vehicle type can be based at the open depots"
        }
        return "\(instance.noRouteDescription) to an open depot"
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

    /// ", routes show a vehicle collects 1/3.2 of the full-load estimate" when the fleet time of
    /// type `t` was calibrated by routes (``SitingInstance/fleetScale``), else nothing.
    private func calibration(_ t: Int) -> String {
        let scale = instance.fleetScale(of: t)
        guard scale > 1 + 1e-9 else { return "" }
        return ", routes show a vehicle collects 1/\((scale * 10).rounded() / 10) of the full-load estimate"
    }

    private func minutes(_ m: Minutes) -> String { "\(Int(saturating: m.value)) min" }

    private func money(_ y: Yuan) -> String {
        let cents = (y.value * 100).rounded() / 100
        return "\(cents) yuan"
    }
}
