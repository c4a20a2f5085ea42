import Foundation

/// The words of report.html, from the language ``Catalog`` (keys `report.*`, tables
/// `Resources/Localization/<language>.report.json`), with the few sentences the maps and charts
/// build from numbers. English when no catalog is given.
public struct ReportWords: Sendable {
    public let catalog: Catalog

    public init(_ catalog: Catalog = .english) { self.catalog = catalog }

    func t(_ key: String, _ arguments: [String: String] = [:]) -> String { catalog.text("report." + key, arguments) }
    func kg(_ x: Double) -> String { catalog.number(x, decimals: 0) }

    var agency: String { t("agency") }
    var closedRoad: String { t("road.closed") }
    var changedVersusStatusQuo: String { t("changed") }

    enum VillageState { case all, partly, none, noSupply }

    func depotState(open: Bool, existing: Bool) -> String {
        t(open ? (existing ? "depot.openExisting" : "depot.openedNew") : (existing ? "depot.closedExisting" : "depot.notOpened"))
    }

    func depotLoad(load: Double, capacity: Double) -> String { t("depot.load", ["load": kg(load), "capacity": kg(capacity)]) }

    func routeTitle(vehicle: String, stops: Int, km: Double, kg load: Double, trips: Int) -> String {
        t("route.title", ["vehicle": vehicle, "stops": catalog.integer(stops), "km": catalog.number(km, decimals: 1),
                          "kg": kg(load), "trips": catalog.integer(trips)])
    }

    func lowIncomeHouseholds(_ n: Int) -> String { t("lowIncome.households", ["n": catalog.integer(n)]) }

    func villageTitle(id: String, name: String, state: VillageState, routed: Bool, got: Double, assigned: Double, total: Double,
                      lowIncome: Int, byRoute: Bool) -> String {
        let key: String
        switch state {
        case .all: key = byRoute ? "village.collected" : "village.assigned"
        case .partly: key = byRoute ? "village.partlyCollected" : "village.partlyAssigned"
        case .none: key = byRoute ? "village.notCollected" : "village.notAssigned"
        case .noSupply: key = "village.noSupply"
        }
        var text = "\(id) \(name): " + t(key)
        if routed { text += t("village.collectedOf", ["got": kg(got), "assigned": kg(assigned)]) }
        return text + t("village.supply", ["kg": kg(total), "lowIncome": catalog.integer(lowIncome)])
    }

    func routesFrom(depot: String, name: String, routes: Int) -> String {
        t("legend.routesFrom", ["depot": depot, "name": name, "n": catalog.integer(routes)])
    }

    /// A cost component's name (`cost.<name>` from the main table).
    func component(_ name: String) -> String {
        catalog.text("report.component." + name, otherwise: catalog.text("cost." + name, otherwise: name))
    }
}
