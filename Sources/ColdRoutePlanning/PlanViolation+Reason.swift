import ColdRouteModel

extension PlanViolation {
    /// What exactly is wrong, as data: the ids, times (minutes since midnight), durations and
    /// kilograms involved. Depots, villages, products and vehicle types are named by their ids.
    ///
    /// The report layer words a reason in the output language (keys `violation.*`); ``description``
    /// is the English wording the checker has always returned, which the English catalog repeats.
    /// `trip` is the trip's number on a day of several trips, `nil` on a one-trip day.
    public enum Reason: Hashable, Sendable {
        case unknownDepotOrType
        case notHomeDepot(type: String, home: String, depot: String)
        case temperatureMisreported
        case tooManyTrips(trips: Int, type: String, most: Int)
        case tripOrder(trips: Int)
        case dayBoundsMisreported
        case shiftTooLong(start: Minutes, end: Minutes, shift: Minutes)
        case unloading(trip: Int?, depot: String, leaves: Minutes, unload: Minutes, previousReturn: Minutes)
        case leavesBeforeOpening(leaves: Minutes, depot: String, opens: Minutes)
        case returnsOutsideHours(trip: Int?, returns: Minutes, depot: String, opens: Minutes, closes: Minutes)
        case unknownVillage(village: String)
        case noRoadTo(village: String)
        case fasterThanRoads(village: String)
        case outsideWindow(village: String, loads: Minutes)
        case leavesBeforeLoading(village: String)
        case loadingTooShort(village: String, loading: Minutes, needed: Minutes, kilograms: Kilograms)
        case productsMisreported(village: String, sum: Kilograms, kilograms: Kilograms)
        case loadMisreported(village: String)
        case overCapacity(trip: Int?, kilograms: Kilograms, village: String, load: Kilograms, capacity: Kilograms)
        case returnLoadMisreported(trip: Int?)
        case returnsFasterThanRoads(trip: Int?)
        case noRoadBack
        case noAgencyInTime(trip: Int?, depot: String, arrives: Minutes, networkHasAgencies: Bool)
        case ageMisreported(village: String)
        /// `kilograms` is `nil` when the file does not say which products the stop loads;
        /// `keeping` then says how much of the village's produce would keep, when some would.
        case shelfLife(kilograms: Kilograms?, product: String, village: String, stop: Int, age: Minutes, shelfLife: Minutes,
                       loaded: Kilograms?, keeping: Kilograms?)
        case fleetSize(type: String, routes: Int, vehicles: Int)
        case depotCapacity(depot: String, kilograms: Kilograms, capacity: Kilograms)
        case villageSupply(kilograms: Kilograms, village: String, supply: Kilograms)
        case productSupply(kilograms: Kilograms, product: String, village: String, supply: Kilograms)
    }
}

extension PlanViolation.Reason: CustomStringConvertible {
    /// The English wording (`loads at V3 at 13:05, outside its window`).
    public var description: String {
        func minutes(_ m: Minutes) -> String { PickupPlanChecker.minutes(m) }
        func kg(_ k: Kilograms) -> String { PickupPlanChecker.kg(k) }
        func label(_ trip: Int?) -> String { trip.map { "trip \($0) " } ?? "" }
        switch self {
        case .unknownDepotOrType: return "unknown depot or vehicle type"
        case let .notHomeDepot(type, home, depot): return "\(type) is based at \(home), not \(depot)"
        case .temperatureMisreported: return "temperature class misreported"
        case let .tooManyTrips(trips, type, most): return "drives \(trips) trips, \(type) makes at most \(most) a day"
        case let .tripOrder(trips): return "stops are not in trip order 1…\(trips)"
        case .dayBoundsMisreported: return "the day's start or end differs from its trips'"
        case let .shiftTooLong(start, end, shift):
            return "\(start.clockString)–\(end.clockString) is longer than the \(minutes(shift)) min shift"
        case let .unloading(trip, depot, leaves, unload, previousReturn):
            return "\(label(trip))leaves \(depot) at \(leaves.clockString), before the \(minutes(unload)) min of unloading "
                + "after the \(previousReturn.clockString) return are done"
        case let .leavesBeforeOpening(leaves, depot, opens):
            return "leaves at \(leaves.clockString), before \(depot) opens at \(opens.clockString)"
        case let .returnsOutsideHours(trip, returns, depot, opens, closes):
            return "\(label(trip))returns at \(returns.clockString), outside \(depot)'s receiving hours "
                + "\(opens.clockString)–\(closes.clockString)"
        case let .unknownVillage(village): return "unknown village \(village)"
        case let .noRoadTo(village): return "no road to \(village)"
        case let .fasterThanRoads(village): return "reaches \(village) faster than the roads allow"
        case let .outsideWindow(village, loads): return "loads at \(village) at \(loads.clockString), outside its window"
        case let .leavesBeforeLoading(village): return "leaves \(village) before loading"
        case let .loadingTooShort(village, loading, needed, kilograms):
            return "leaves \(village) after \(minutes(loading)) min of loading; \(minutes(needed)) min are needed for \(kg(kilograms)) kg"
        case let .productsMisreported(village, sum, kilograms):
            return "the products loaded at \(village) add up to \(kg(sum)) kg, not \(kg(kilograms))"
        case let .loadMisreported(village): return "load after \(village) misreported"
        case let .overCapacity(trip, kilograms, village, load, capacity):
            return "\(label(trip))loading \(kg(kilograms)) kg at \(village) brings the load to \(kg(load)) kg, over the \(capacity) capacity"
        case let .returnLoadMisreported(trip): return "\(label(trip))load on return misreported"
        case let .returnsFasterThanRoads(trip): return "\(label(trip))returns faster than the roads allow"
        case .noRoadBack: return "no road back to the depot"
        case let .noAgencyInTime(trip, depot, arrives, networkHasAgencies):
            let why = networkHasAgencies ? "too late for every express agency's cut-off" : "the network has no express agency"
            return "\(label(trip))produce reaches \(depot) at \(arrives.clockString), \(why)"
        case let .ageMisreported(village): return "age of \(village)'s produce misreported"
        case let .shelfLife(kilograms, product, village, stop, age, shelfLife, loaded, keeping):
            let amount = kilograms.map { "\(kg($0)) kg of " } ?? ""
            let suffix = loaded.flatMap { l in keeping.map { " (the \(kg(l)) kg loaded exceed the \(kg($0)) kg/day of its produce that keeps)" } } ?? ""
            return "\(amount)\(product) from \(village) (stop \(stop)) arrives \(minutes(age)) min after pickup, shelf life \(minutes(shelfLife)) min\(suffix)"
        case let .fleetSize(type, routes, vehicles):
            return "vehicle type \(type): \(routes) routes, only \(vehicles) vehicles (a route is one vehicle's day of trips)"
        case let .depotCapacity(depot, kilograms, capacity):
            return "\(depot) receives \(kg(kilograms)) kg over all routes, over its \(kg(capacity)) kg/day capacity"
        case let .villageSupply(kilograms, village, supply):
            return "\(kg(kilograms)) kg collected at \(village) over all routes, more than its \(kg(supply)) kg/day supply"
        case let .productSupply(kilograms, product, village, supply):
            return "\(kg(kilograms)) kg of \(product) collected at \(village) over all routes, more than its \(kg(supply)) kg/day"
        }
    }
}
