import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting

/// Why each village's supply is (partly) not collected, gathered from the siting plan (supply no
/// depot can take within shelf life) and the pickup plan (assigned supply no route collects),
/// worded in the language of a catalog (English in files for programs: VROOM, GeoJSON).
struct ExchangeReasons {
    private var lines: [Village.ID: [String]] = [:]
    private var lost: [Village.ID: Double] = [:]
    /// Villages in the order their first reason was found.
    private(set) var villages: [Village.ID] = []

    private let joiner: String

    init(siting: SitingPlan, pickup: PickupPlan?, catalog w: Catalog = .english) {
        joiner = w("reason.joiner")
        func kg(_ k: Kilograms) -> String { w.measure((k.value * 10).rounded() / 10) }
        for u in siting.uncovered {
            add(u.village, u.kilograms, w("reason.line.uncovered", ["product": u.product.rawValue, "kg": kg(u.kilograms),
                                                                    "reason": w.words(u.reason)]))
        }
        for u in pickup?.unserved ?? [] {
            add(u.village, u.kilograms, w("reason.line.unserved", ["kg": kg(u.kilograms), "depot": u.depot.rawValue,
                                                                   "reason": w.words(u.reason)]))
        }
    }

    private mutating func add(_ village: Village.ID, _ kg: Kilograms, _ line: String) {
        if lines[village] == nil { villages.append(village) }
        lines[village, default: []].append(line)
        lost[village, default: 0] += kg.value
    }

    /// Every reason for `village`, joined by `; ` (in English), or `nil` when there is none.
    func text(_ village: Village.ID) -> String? { lines[village].map { $0.joined(separator: joiner) } }

    /// Kilograms per day of `village`'s supply that are not collected.
    func kilograms(_ village: Village.ID) -> Double { lost[village, default: 0] }
}
