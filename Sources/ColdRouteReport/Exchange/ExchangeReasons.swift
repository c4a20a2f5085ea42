import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting

/// Why each village's supply is (partly) not collected, gathered from the siting plan (supply no
/// depot can take within shelf life) and the pickup plan (assigned supply no route collects).
struct ExchangeReasons {
    private var lines: [Village.ID: [String]] = [:]
    private var lost: [Village.ID: Double] = [:]
    /// Villages in the order their first reason was found.
    private(set) var villages: [Village.ID] = []

    init(siting: SitingPlan, pickup: PickupPlan?) {
        for u in siting.uncovered { add(u.village, u.kilograms, "\(u.product) \(Self.kg(u.kilograms)) kg: \(u.reason)") }
        for u in pickup?.unserved ?? [] {
            add(u.village, u.kilograms, "\(Self.kg(u.kilograms)) kg for \(u.depot) not collected: \(u.reason)")
        }
    }

    private mutating func add(_ village: Village.ID, _ kg: Kilograms, _ line: String) {
        if lines[village] == nil { villages.append(village) }
        lines[village, default: []].append(line)
        lost[village, default: 0] += kg.value
    }

    /// Every reason for `village`, joined by `; `, or `nil` when there is none.
    func text(_ village: Village.ID) -> String? { lines[village].map { $0.joined(separator: "; ") } }

    /// Kilograms per day of `village`'s supply that are not collected.
    func kilograms(_ village: Village.ID) -> Double { lost[village, default: 0] }

    static func kg(_ k: Kilograms) -> String { RouteSheetWriter.number(k.value, 1) }
}
