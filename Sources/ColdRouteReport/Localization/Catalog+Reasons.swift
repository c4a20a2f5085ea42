import ColdRouteModel
import ColdRoutePlanning
import ColdRouteRouting
import ColdRouteSiting

/// The reasons planners and checkers give as data (``UncoveredReason``, ``UnservedReason``,
/// ``MissedReason``, ``PlanViolation/Reason``), worded in the catalog's language.
///
/// Keys: `reason.uncovered.*`, `reason.unserved.*`, `reason.missed.*`, `violation.*` and
/// `violation.kind.*` (table parts `<language>.reasons.json`). Numbers are formatted as the
/// library's English wording formats them (whole minutes and kilograms without decimals, one
/// decimal otherwise; yuan to the cent), grouped in the language's way; so the English table
/// gives exactly the text of each reason's `description`, which files for programs keep.
extension Catalog {
    /// Why supply is not covered by the siting plan.
    public func words(_ reason: UncoveredReason) -> String {
        var text = words(reason.cause)
        if let site = reason.closedSite { text += self("reason.uncovered.closedSite", ["depot": site]) }
        return text
    }

    func words(_ cause: UncoveredReason.Cause) -> String {
        func fleet(_ list: [UncoveredReason.Fleet]) -> String {
            list.map {
                self("reason.uncovered.fleet", ["name": $0.name, "count": integer($0.count), "shift": wholeMinutes($0.shift),
                                                "calibration": $0.calibrationShown.map { self("reason.uncovered.fleetCalibrated", ["scale": number($0, decimals: 1)]) } ?? ""])
            }
                .joined(separator: self("reason.listSeparator"))
        }
        switch cause {
        case .noDepotOpen: return self("reason.uncovered.noDepotOpen")
        case let .depotsFull(depots):
            return self("reason.uncovered.depotsFull", ["depots": depots.joined(separator: self("reason.listSeparator"))])
        case let .noWorkingTime(list): return self("reason.uncovered.noWorkingTime", ["fleet": fleet(list)])
        case let .fleetBusy(list): return self("reason.uncovered.fleetBusy", ["fleet": fleet(list)])
        case let .depotsFullAndFleetBusy(depots, list):
            return self("reason.uncovered.depotsFullAndFleetBusy",
                        ["depots": depots.joined(separator: self("reason.listSeparator")), "fleet": fleet(list)])
        case let .costsMoreThanValue(depot, costPerKg, product, valuePerKg):
            return self("reason.uncovered.costsMoreThanValue",
                        ["depot": depot, "cost": cents(costPerKg), "product": product, "value": cents(valuePerKg)])
        case .notProvenOptimal: return self("reason.uncovered.notProvenOptimal")
        case let .windowMissed(depot, travel, pickupEnd, receivingOpen, receivingClose):
            return self("reason.uncovered.windowMissed", ["depot": depot, "travel": wholeMinutes(travel), "pickupEnd": pickupEnd.clockString,
                                                          "open": receivingOpen.clockString, "close": receivingClose.clockString])
        case let .cutoffMissed(depot, arrival):
            return self("reason.uncovered.cutoffMissed", ["depot": depot, "arrival": arrival.clockString])
        case let .shelfLifeExceeded(depot, travel, product, shelfLife, refrigerated):
            return self(refrigerated ? "reason.uncovered.shelfLife.refrigerated" : "reason.uncovered.shelfLife.ambient",
                        ["depot": depot, "travel": wholeMinutes(travel), "product": product.lowercased(), "shelfLife": wholeMinutes(shelfLife)])
        case let .noVehicles(types):
            return self("reason.uncovered.noVehicles", ["types": types.joined(separator: self("reason.listSeparator"))])
        case .noVehicleType: return self("reason.uncovered.noVehicleType")
        case let .noRoute(source):
            switch source {
            case .roads: return self("reason.uncovered.noRoute.roads")
            case .straightLines: return self("reason.uncovered.noRoute.straightLines")
            case let .matrix(name): return self("reason.uncovered.noRoute.matrix", ["source": name])
            }
        case let .notCollected(depot, shortfall):
            return self("reason.uncovered.notCollected", ["depot": depot, "why": words(shortfall)])
        case .interrupted: return self("reason.uncovered.interrupted")
        case let .described(text): return text
        }
    }

    /// Why a depot's routes cannot collect supply the siting first assigned to it (worded as the
    /// same reason of the pickup plan).
    func words(_ shortfall: UncoveredReason.RouteShortfall) -> String {
        switch shortfall {
        case .noVehicleAtDepot: self("reason.unserved.noVehicleAtDepot")
        case let .fleetBusy(vehicles): self("reason.unserved.fleetBusy", ["vehicles": integer(vehicles)])
        case let .noPlaceFound(used, vehicles):
            self("reason.unserved.noPlaceFound", ["used": integer(used), "vehicles": integer(vehicles)])
        case let .other(text): text
        }
    }

    /// Why assigned supply is not collected by a route.
    public func words(_ reason: UnservedReason) -> String {
        switch reason {
        case .noVehicleAtDepot, .fleetBusy, .noPlaceFound: return words(reason.routeShortfall)
        case .interrupted: return self("reason.unserved.interrupted")
        case let .routing(why):
            let key: String = switch why {
            case .demandExceedsCapacity: "demandExceedsCapacity"
            case .timeWindowUnreachable: "timeWindowUnreachable"
            case .shiftTooShort: "shiftTooShort"
            case .shelfLifeTooShort: "shelfLifeTooShort"
            case .noVehicle: "noVehicle"
            case .notProfitable: "notProfitable"
            case .noFeasibleInsertion: "noFeasibleInsertion"
            case .interrupted: "interrupted"
            }
            return text("reason.unserved.routing." + key, otherwise: reason.description)
        case let .described(text): return text
        }
    }

    /// Why a route's produce reaches no express agency.
    public func words(_ reason: MissedReason) -> String {
        switch reason {
        case let .tooLate(back): self("reason.missed.tooLate", ["back": back.clockString])
        case .agenciesFull: self("reason.missed.agenciesFull")
        case let .described(text): text
        }
    }

    /// The name of a violated rule (`shelf life`); an unknown kind as it is written.
    public func words(_ kind: PlanViolation.Kind) -> String {
        var key = "", upper = false
        for c in kind.rawValue {
            if c == " " || c == "-" { upper = true; continue }
            key += upper ? c.uppercased() : String(c)
            upper = false
        }
        return text("violation.kind." + key, otherwise: kind.rawValue)
    }

    /// Two whole numbers or one decimal, as the checker words kilograms and minutes.
    func measure(_ x: Double) -> String { number(x, decimals: x.rounded() == x ? 0 : 1) }

    /// Minutes truncated to a whole number, as an uncovered reason words a travel time.
    func wholeMinutes(_ m: Minutes) -> String { integer(Int(saturating: m.value)) }

    /// Yuan rounded to the cent, with the decimals Swift prints for it (`0.35`, `2.0`).
    func cents(_ y: Yuan) -> String { shortest((y.value * 100).rounded() / 100) }

    /// `x` with as many decimals as its shortest exact printing (a whole number with none).
    func shortest(_ x: Double, wholeWithoutDecimals: Bool = false) -> String {
        if wholeWithoutDecimals, x.rounded() == x, abs(x) < 1e15 { return number(x, decimals: 0) }
        let plain = "\(x)"
        guard !plain.contains("e"), let dot = plain.firstIndex(of: ".") else { return plain }
        return number(x, decimals: plain.distance(from: plain.index(after: dot), to: plain.endIndex))
    }
}
