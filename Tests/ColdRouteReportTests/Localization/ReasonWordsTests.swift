import ColdRouteModel
import ColdRoutePlanning
import ColdRouteRouting
import ColdRouteSiting
import Foundation
import Testing
@testable import ColdRouteReport

/// The reasons planners and checkers return as data, worded through the catalog: English exactly as
/// the library's `description` (which files for programs keep), Chinese with no English word left.
@Suite struct ReasonWordsTests {
    /// Ids and names the samples use (user data, shown as written in every language).
    static let names: Set<String> = ["D1", "D2", "V3", "V7", "Nanshan", "P1", "truck", "van", "Van", "Truck", "Peach", "peach", "demo"]

    static let fleet = [UncoveredReason.Fleet(name: "Van", count: 3, shift: Minutes(480)),
                        UncoveredReason.Fleet(name: "Truck", count: 0, shift: Minutes(600))]

    /// One sample of every cause, keyed by the cause's name (the switch makes a new case a compile error here).
    static let uncovered: [UncoveredReason] = [
        .init(.noDepotOpen), .init(.depotsFull(depots: ["D1", "D2"])), .init(.noWorkingTime(fleet: fleet)),
        .init(.fleetBusy(fleet: fleet), closedSite: "D2 Nanshan"),
        .init(.depotsFullAndFleetBusy(depots: ["D1"], fleet: [UncoveredReason.Fleet(name: "Truck", count: 4, shift: Minutes(600), calibration: 2.64)])),
        .init(.costsMoreThanValue(depot: "D1", costPerKg: Yuan(2.456), product: "Peach", valuePerKg: Yuan(2))),
        .init(.notProvenOptimal),
        .init(.windowMissed(depot: "D1", travel: Minutes(65.7), pickupEnd: Minutes(600), receivingOpen: Minutes(300), receivingClose: Minutes(640))),
        .init(.cutoffMissed(depot: "D2 Nanshan", arrival: Minutes(1010))),
        .init(.shelfLifeExceeded(depot: "D1", travel: Minutes(95), product: "Peach", shelfLife: Minutes(60), refrigerated: true),
              closedSite: "D2"),
        .init(.shelfLifeExceeded(depot: "D1", travel: Minutes(1095), product: "Peach", shelfLife: Minutes(60), refrigerated: false)),
        .init(.noVehicles(types: ["truck", "van"])), .init(.noVehicleType),
        .init(.noRoute(.roads)), .init(.noRoute(.straightLines)), .init(.noRoute(.matrix("demo.csv"))),
        .init(.notCollected(depot: "D2 Nanshan", shortfall: .noPlaceFound(used: 2, vehicles: 3))),
        .init(.notCollected(depot: "D1", shortfall: .fleetBusy(vehicles: 3))), .init(.notCollected(depot: "D1", shortfall: .noVehicleAtDepot)),
        .init(.interrupted),
    ]

    static func name(_ cause: UncoveredReason.Cause) -> String {
        switch cause {
        case .noDepotOpen: "noDepotOpen"
        case .depotsFull: "depotsFull"
        case .noWorkingTime: "noWorkingTime"
        case .fleetBusy: "fleetBusy"
        case .depotsFullAndFleetBusy: "depotsFullAndFleetBusy"
        case .costsMoreThanValue: "costsMoreThanValue"
        case .notProvenOptimal: "notProvenOptimal"
        case .windowMissed: "windowMissed"
        case .cutoffMissed: "cutoffMissed"
        case .shelfLifeExceeded: "shelfLifeExceeded"
        case .noVehicles: "noVehicles"
        case .noVehicleType: "noVehicleType"
        case .noRoute: "noRoute"
        case .notCollected: "notCollected"
        case .interrupted: "interrupted"
        case .described: "described"
        }
    }

    static let unserved: [UnservedReason] = [
        .noVehicleAtDepot, .interrupted, .fleetBusy(vehicles: 3), .noPlaceFound(used: 2, vehicles: 3),
        .routing(.demandExceedsCapacity), .routing(.timeWindowUnreachable), .routing(.shiftTooShort),
        .routing(.shelfLifeTooShort), .routing(.noVehicle), .routing(.notProfitable), .routing(.noFeasibleInsertion),
        .routing(.interrupted),
    ]

    static let missed: [MissedReason] = [.tooLate(back: Minutes(1130)), .agenciesFull]

    static let violations: [PlanViolation.Reason] = [
        .unknownDepotOrType, .notHomeDepot(type: "van", home: "D1", depot: "D2"), .temperatureMisreported,
        .tooManyTrips(trips: 4, type: "van", most: 3), .tripOrder(trips: 2), .dayBoundsMisreported,
        .shiftTooLong(start: Minutes(360), end: Minutes(1230), shift: Minutes(480)),
        .unloading(trip: 2, depot: "D1", leaves: Minutes(600), unload: Minutes(15), previousReturn: Minutes(590)),
        .unloading(trip: nil, depot: "D1", leaves: Minutes(600), unload: Minutes(15.5), previousReturn: Minutes(590)),
        .leavesBeforeOpening(leaves: Minutes(300), depot: "D1", opens: Minutes(360)),
        .returnsOutsideHours(trip: 1, returns: Minutes(1300), depot: "D2", opens: Minutes(360), closes: Minutes(1200)),
        .unknownVillage(village: "V7"), .noRoadTo(village: "V7"), .fasterThanRoads(village: "V3"),
        .outsideWindow(village: "V3", loads: Minutes(725)), .leavesBeforeLoading(village: "V3"),
        .loadingTooShort(village: "V3", loading: Minutes(5), needed: Minutes(12.5), kilograms: Kilograms(1250)),
        .productsMisreported(village: "V3", sum: Kilograms(120.25), kilograms: Kilograms(130)), .loadMisreported(village: "V3"),
        .overCapacity(trip: 2, kilograms: Kilograms(400), village: "V3", load: Kilograms(1600), capacity: Kilograms(1500)),
        .overCapacity(trip: nil, kilograms: Kilograms(400), village: "V3", load: Kilograms(1600.5), capacity: Kilograms(1500.5)),
        .returnLoadMisreported(trip: nil), .returnsFasterThanRoads(trip: 3), .noRoadBack,
        .noAgencyInTime(trip: nil, depot: "D1", arrives: Minutes(1210), networkHasAgencies: true),
        .noAgencyInTime(trip: 2, depot: "D1", arrives: Minutes(1210), networkHasAgencies: false),
        .ageMisreported(village: "V3"),
        .shelfLife(kilograms: Kilograms(80), product: "P1", village: "V3", stop: 2, age: Minutes(75), shelfLife: Minutes(60),
                   loaded: nil, keeping: nil),
        .shelfLife(kilograms: nil, product: "P1", village: "V3", stop: 2, age: Minutes(75), shelfLife: Minutes(60),
                   loaded: Kilograms(300), keeping: Kilograms(120)),
        .fleetSize(type: "van", routes: 4, vehicles: 3),
        .depotCapacity(depot: "D1", kilograms: Kilograms(12_500), capacity: Kilograms(10_000)),
        .villageSupply(kilograms: Kilograms(500), village: "V3", supply: Kilograms(450)),
        .productSupply(kilograms: Kilograms(500), product: "P1", village: "V3", supply: Kilograms(450)),
    ]

    static let kinds: [PlanViolation.Kind] = [
        .shelfLife, .pickupWindow, .service, .receivingHours, .capacity, .unloading, .trips, .shift, .fleetSize,
        .homeDepot, .travelTime, .expressCutoff, .supply, .unreachable, .misreported, .accounting,
    ]

    /// Every English word of 4 letters or more left in `text`, other than the samples' ids and names.
    static func englishWords(_ text: String, allowed: Set<String> = names) -> [String] {
        text.split { !($0.isASCII && $0.isLetter) }.map(String.init).filter { $0.count >= 4 && !allowed.contains($0) }
    }

    @Test func everyCauseHasASample() {
        let named = Set(Self.uncovered.map { Self.name($0.cause) })
        #expect(named == ["noDepotOpen", "depotsFull", "noWorkingTime", "fleetBusy", "depotsFullAndFleetBusy", "costsMoreThanValue", "notProvenOptimal",
                          "windowMissed", "cutoffMissed", "shelfLifeExceeded", "noVehicles", "noVehicleType", "noRoute",
                          "notCollected", "interrupted"])
    }

    @Test func englishWordsEachReasonAsItsDescription() {
        let en = Catalog.english
        for r in Self.uncovered { #expect(en.words(r) == r.description) }
        for r in Self.unserved { #expect(en.words(r) == r.description) }
        for r in Self.missed { #expect(en.words(r) == r.description) }
        for r in Self.violations { #expect(en.words(r) == r.description) }
        for k in Self.kinds { #expect(en.words(k) == k.rawValue) }
        #expect(en.words(PlanViolation.Kind(rawValue: "new rule")) == "new rule")
    }

    @Test func chineseLeavesNoEnglishWord() throws {
        let zh = try Catalog.load("zh-CN")
        var texts = Self.uncovered.map { zh.words($0) } + Self.unserved.map { zh.words($0) } + Self.missed.map { zh.words($0) }
        texts += Self.violations.map { zh.words($0) } + Self.kinds.map { zh.words($0) }
        for text in texts {
            #expect(Self.englishWords(text).isEmpty, "English left in: \(text)")
            #expect(text.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "no Chinese in: \(text)")
        }
        // Numbers grouped as the language groups them.
        #expect(zh.words(Self.violations.first { if case .depotCapacity = $0 { true } else { false } }!).contains("12,500"))
    }

    @Test func aReasonReadFromAFileIsShownAsWritten() throws {
        let json = #"{"village": "V3", "product": "P1", "kilograms": 5, "reason": "flooded road"}"#
        let read = try JSONDecoder().decode(SitingPlan.Uncovered.self, from: Data(json.utf8))
        #expect(try Catalog.load("zh-CN").words(read.reason) == "flooded road")
        let again = try JSONDecoder().decode(SitingPlan.Uncovered.self, from: JSONEncoder().encode(read))
        #expect(again.reason.description == "flooded road")
    }
}
