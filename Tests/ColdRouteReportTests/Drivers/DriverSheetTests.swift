import ColdRouteIO
import ColdRouteModel
import ColdRoutePlanning
import Foundation
import Testing
@testable import ColdRouteReport

/// Driver sheets of the demo county: the rows are the route sheet's stops, the latest-return
/// times follow from the products' shelf lives (recomputed here from the network), each vehicle
/// gets a printable page, and the sheets follow the output language.
@Suite struct DriverSheetTests {
    @Test func sheetRowsAreTheRouteSheetsStops() throws {
        let demo = try PlannedNetwork.demo.get()
        let drivers = try Self.csv(demo.text("drivers.csv"))
        let routes = try Self.csv(demo.text("routes.csv"))
        #expect(try Data(contentsOf: demo.url("drivers.csv")).prefix(3) == Data([0xEF, 0xBB, 0xBF]))  // BOM, for Excel
        let d = drivers.header, r = routes.header
        let stops = drivers.rows.filter { $0[d["kind"]!] == "stop" }
            .map { [$0[d["vehicle"]!], $0[d["trip"]!], $0[d["stop_id"]!], $0[d["arrival"]!], $0[d["departure"]!]] }
        let depotIds = Set(demo.network.depots.map(\.id.rawValue))
        let visits = routes.rows.filter { !depotIds.contains($0[r["stop_id"]!]) }
            .map { [$0[r["vehicle"]!], $0[r["trip"]!], $0[r["stop_id"]!], $0[r["arrival"]!], $0[r["departure"]!]] }
        #expect(!stops.isEmpty)
        #expect(stops == visits)
        // One departure and one return row per trip, as in the route sheet.
        let trips = demo.pickup.routes.reduce(0) { $0 + $1.tripList.count }
        #expect(drivers.rows.filter { $0[d["kind"]!] == "depart" }.count == trips)
        #expect(drivers.rows.filter { $0[d["kind"]!] == "return" }.count == trips)
    }

    @Test func latestReturnFollowsTheShelfLifeOfWhatIsOnBoard() throws {
        let demo = try PlannedNetwork.demo.get()
        let drivers = try Self.csv(demo.text("drivers.csv"))
        let d = drivers.header
        let shelfLife = Dictionary(uniqueKeysWithValues: demo.network.products.map { ($0.id, $0) })
        var checked = 0
        for route in demo.pickup.routes {
            for (k, trip) in route.tripList.enumerated() {
                // Independent: each stop's produce must reach the depot within the shortest shelf
                // life of its products on this vehicle's class, counted from leaving the village.
                let deadlines = route.stops(ofTrip: k + 1).filter { $0.kilograms.value > 0 }.map { stop in
                    stop.departure.value + stop.products.map {
                        route.refrigerated ? shelfLife[$0.product]!.shelfLifeRefrigerated.value : shelfLife[$0.product]!.shelfLifeAmbient.value
                    }.min()!
                }
                guard let latest = deadlines.min() else { continue }
                #expect(trip.end.value <= latest + 1e-6, "\(route.vehicle) trip \(k + 1) returns after its shelf-life deadline")
                let rows = drivers.rows.filter { $0[d["vehicle"]!] == route.vehicle && $0[d["trip"]!] == "\(k + 1)" }
                let expected = Self.clock(floor(latest))
                #expect(!rows.isEmpty)
                #expect(rows.allSatisfy { $0[d["trip_latest_return"]!] == expected }, "\(route.vehicle) trip \(k + 1): \(expected)")
                let back = try #require(rows.first { $0[d["kind"]!] == "return" })
                #expect(Self.minutes(back[d["arrival"]!]) <= floor(latest) + 1)
                checked += 1
            }
        }
        #expect(checked > 0)
    }

    @Test func eachVehicleHasAPrintablePage() throws {
        let demo = try PlannedNetwork.demo.get()
        for route in demo.pickup.routes {
            let page = try demo.text("drivers/\(route.vehicle).html")
            #expect(page.contains("@media print"))
            #expect(page.contains("size: A4"))
            #expect(page.components(separatedBy: "<section class=\"sheet").count == 2)
            #expect(page.components(separatedBy: "<div class=\"trip\">").count == route.tripList.count + 1)
            for stop in route.stops { #expect(page.contains(stop.village.rawValue)) }
        }
        let index = try demo.text("drivers/index.html")
        #expect(index.components(separatedBy: "<section class=\"sheet").count == demo.pickup.routes.count + 1)
        #expect(index.contains("page-break-after: always"))
    }

    @Test func sheetsFollowTheLanguage() throws {
        let demo = try PlannedNetwork.demo.get()
        let zh = try Catalog.load("zh-CN")
        let files = DriverSheetWriter.files(DriverSheet.sheets(network: demo.network, pickup: demo.pickup), network: demo.network.name,
                                            catalog: zh)
        let csv = String(decoding: try #require(files.first { $0.name == "drivers.csv" }).data, as: UTF8.self)
        #expect(csv.unicodeScalars.first == "\u{FEFF}")
        #expect(csv.dropFirst().hasPrefix("车辆,冷库,趟次"))
        let page = String(decoding: try #require(files.first { $0.name == "drivers/index.html" }).data, as: UTF8.self)
        #expect(page.contains("<html lang=\"zh-CN\">"))
        #expect(page.contains("最晚回库"))
        #expect(!page.contains("back at depot"))
    }

    @Test func vehicleFileNamesAreSafeAndUnique() {
        let sheet = DriverSheet(vehicle: "a/b", depot: "D", depotName: "D", vehicleType: "t", vehicleTypeName: "t",
                                refrigerated: false, trips: [])
        var other = sheet, named = sheet
        other.vehicle = "a:b"
        named.vehicle = "index"
        let names = DriverSheetWriter.files([sheet, other, named], network: "n").map(\.name)
        #expect(names == ["drivers/a_b.html", "drivers/a_b-2.html", "drivers/index-2.html", "drivers/index.html", "drivers.csv"])
    }

    @Test func aPlanWithoutRoutesRemovesEarlierSheets() throws {
        let demo = try PlannedNetwork.demo.get()
        let directory = PlannedNetwork.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try PlanExport.export(network: demo.network, siting: demo.siting, pickup: demo.pickup, to: directory.path)
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("drivers/index.html").path))
        _ = try PlanExport.export(network: demo.network, siting: demo.siting, pickup: nil, to: directory.path)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("drivers").path))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("drivers.csv").path))
    }

    // MARK: - helpers (independent of the writers)

    static func clock(_ minutes: Double) -> String {
        let m = Int(minutes)
        return String(format: "%02d:%02d", m / 60, m % 60)
    }

    static func minutes(_ clock: String) -> Double {
        let parts = clock.split(separator: ":").compactMap { Double($0) }
        return parts.count == 2 ? parts[0] * 60 + parts[1] : .nan
    }

    /// A small RFC 4180 reader: the header's column indices and the rows.
    static func csv(_ text: String) throws -> (header: [String: Int], rows: [[String]]) {
        var rows: [[String]] = [], row: [String] = [], cell = "", quoted = false
        var chars = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { cell.append("\""); chars.removeFirst() } else { quoted = false } } else { cell.append(c) }
            } else if c == "\"" { quoted = true } else if c == "," { row.append(cell); cell = "" } else if c == "\n" {
                row.append(cell); rows.append(row); row = []; cell = ""
            } else { cell.append(c) }
        }
        let header = try #require(rows.first)
        return (Dictionary(uniqueKeysWithValues: header.enumerated().map { ($1, $0) }), Array(rows.dropFirst()))
    }
}
