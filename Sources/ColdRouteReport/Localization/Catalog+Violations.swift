import ColdRouteModel
import ColdRoutePlanning

extension Catalog {
    /// What a violation says is wrong, without the route prefix (keys `violation.*`).
    public func words(_ reason: PlanViolation.Reason) -> String {
        func trip(_ t: Int?) -> String { t.map { self("violation.tripPrefix", ["trip": integer($0)]) } ?? "" }
        func kg(_ k: Kilograms) -> String { measure(k.value) }
        func min(_ m: Minutes) -> String { measure(m.value) }
        switch reason {
        case .unknownDepotOrType: return self("violation.unknownDepotOrType")
        case let .notHomeDepot(type, home, depot): return self("violation.notHomeDepot", ["type": type, "home": home, "depot": depot])
        case .temperatureMisreported: return self("violation.temperatureMisreported")
        case let .tooManyTrips(trips, type, most):
            return self("violation.tooManyTrips", ["trips": integer(trips), "type": type, "most": integer(most)])
        case let .tripOrder(trips): return self("violation.tripOrder", ["trips": integer(trips)])
        case .dayBoundsMisreported: return self("violation.dayBoundsMisreported")
        case let .shiftTooLong(start, end, shift):
            return self("violation.shiftTooLong", ["start": start.clockString, "end": end.clockString, "shift": min(shift)])
        case let .unloading(t, depot, leaves, unload, previousReturn):
            return self("violation.unloading", ["trip": trip(t), "depot": depot, "leaves": leaves.clockString, "unload": min(unload),
                                                "previous": previousReturn.clockString])
        case let .leavesBeforeOpening(leaves, depot, opens):
            return self("violation.leavesBeforeOpening", ["leaves": leaves.clockString, "depot": depot, "opens": opens.clockString])
        case let .returnsOutsideHours(t, returns, depot, opens, closes):
            return self("violation.returnsOutsideHours", ["trip": trip(t), "returns": returns.clockString, "depot": depot,
                                                          "opens": opens.clockString, "closes": closes.clockString])
        case let .unknownVillage(village): return self("violation.unknownVillage", ["village": village])
        case let .noRoadTo(village): return self("violation.noRoadTo", ["village": village])
        case let .fasterThanRoads(village): return self("violation.fasterThanRoads", ["village": village])
        case let .outsideWindow(village, loads): return self("violation.outsideWindow", ["village": village, "loads": loads.clockString])
        case let .leavesBeforeLoading(village): return self("violation.leavesBeforeLoading", ["village": village])
        case let .loadingTooShort(village, loading, needed, kilograms):
            return self("violation.loadingTooShort", ["village": village, "loading": min(loading), "needed": min(needed), "kg": kg(kilograms)])
        case let .productsMisreported(village, sum, kilograms):
            return self("violation.productsMisreported", ["village": village, "sum": kg(sum), "kg": kg(kilograms)])
        case let .loadMisreported(village): return self("violation.loadMisreported", ["village": village])
        case let .overCapacity(t, kilograms, village, load, capacity):
            return self("violation.overCapacity", ["trip": trip(t), "kg": kg(kilograms), "village": village, "load": kg(load),
                                                   "capacity": shortest(capacity.value, wholeWithoutDecimals: true)])
        case let .returnLoadMisreported(t): return self("violation.returnLoadMisreported", ["trip": trip(t)])
        case let .returnsFasterThanRoads(t): return self("violation.returnsFasterThanRoads", ["trip": trip(t)])
        case .noRoadBack: return self("violation.noRoadBack")
        case let .noAgencyInTime(t, depot, arrives, networkHasAgencies):
            return self(networkHasAgencies ? "violation.noAgencyInTime" : "violation.noAgency",
                        ["trip": trip(t), "depot": depot, "arrives": arrives.clockString])
        case let .ageMisreported(village): return self("violation.ageMisreported", ["village": village])
        case let .shelfLife(kilograms, product, village, stop, age, shelfLife, loaded, keeping):
            let amount = kilograms.map { self("violation.shelfLife.amount", ["kg": kg($0)]) } ?? ""
            var suffix = ""
            if let loaded, let keeping { suffix = self("violation.shelfLife.keeps", ["loaded": kg(loaded), "keeping": kg(keeping)]) }
            return self("violation.shelfLife", ["amount": amount, "product": product, "village": village, "stop": integer(stop),
                                                "age": min(age), "shelfLife": min(shelfLife), "keeps": suffix])
        case let .fleetSize(type, routes, vehicles):
            return self("violation.fleetSize", ["type": type, "routes": integer(routes), "vehicles": integer(vehicles)])
        case let .depotCapacity(depot, kilograms, capacity):
            return self("violation.depotCapacity", ["depot": depot, "kg": kg(kilograms), "capacity": kg(capacity)])
        case let .villageSupply(kilograms, village, supply):
            return self("violation.villageSupply", ["kg": kg(kilograms), "village": village, "supply": kg(supply)])
        case let .productSupply(kilograms, product, village, supply):
            return self("violation.productSupply", ["kg": kg(kilograms), "product": product, "village": village, "supply": kg(supply)])
        }
    }
}
