import ColdRouteModel
import Foundation
import Testing
@testable import ColdRouteReport

/// Driver sheets printed by headless Chromium on A4: one page per vehicle, for the demo plan's
/// days and for made-up days as long as ``DriverSheetPrintTests/longestDay`` printed lines, in
/// English and Chinese. Runs where Debian's `chromium` and `pdfinfo` (poppler-utils) are installed
/// (docs/tools/driver-sheet-pages.sh installs them); skipped elsewhere.
@Suite struct DriverSheetPrintTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let pdfinfo = ["/usr/bin/pdfinfo"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static var canPrint: Bool { chromium != nil && pdfinfo != nil }

    /// The longest day (``DriverSheetWriter/printLines(_:)``) that must still print on one page.
    static let longestDay = 140

    /// Pages of `html` printed to PDF.
    static func pages(_ html: String) throws -> Int {
        let folder = PlannedNetwork.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("sheet.html"), pdf = folder.appendingPathComponent("sheet.pdf")
        try html.write(to: page, atomically: true, encoding: .utf8)
        try run(chromium!, ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                            "--user-data-dir=\(folder.appendingPathComponent("profile").path)", "--print-to-pdf=\(pdf.path)", page.absoluteString])
        let info = try run(pdfinfo!, [pdf.path])
        let line = try #require(info.split(separator: "\n").first { $0.hasPrefix("Pages:") })
        return try #require(Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)))
    }

    @discardableResult
    static func run(_ tool: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        // Only pdfinfo's output is read; the browser's children could hold a pipe open.
        let out = Pipe()
        process.standardOutput = tool == pdfinfo ? out : FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A browser that hangs (a loaded machine, a broken install) must not hang the suite.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 180, execute: watchdog)
        let data = tool == pdfinfo ? out.fileHandleForReading.readDataToEndOfFile() : Data()
        process.waitUntilExit()
        watchdog.cancel()
        return String(decoding: data, as: UTF8.self)
    }

    /// A day of `trips` trips of `stops` stops each, made from a real trip of the demo plan.
    static func longDay(from sheet: DriverSheet, trips: Int, stops: Int) throws -> DriverSheet {
        var day = sheet
        let model = try #require(sheet.trips.first { !$0.stops.isEmpty })
        day.trips = (1...trips).map { n in
            var trip = model
            trip.number = n
            trip.stops = (0..<stops).map { model.stops[$0 % model.stops.count] }
            return trip
        }
        return day
    }

    @Test(.enabled(if: canPrint)) func everyDemoVehiclePrintsOnOnePage() throws {
        let demo = try PlannedNetwork.demo.get()
        let sheets = DriverSheet.sheets(network: demo.network, pickup: demo.pickup)
        for catalog in [Catalog.english, try Catalog.load("zh-CN")] {
            // All sheets in one document, a page break after each: as many pages as vehicles
            // exactly when no sheet runs over.
            let pages = try Self.pages(DriverSheetWriter.html(sheets, network: demo.network.name, catalog: catalog))
            #expect(pages == sheets.count, "\(catalog.language): \(sheets.count) vehicles, \(pages) pages")
        }
    }

    @Test(.enabled(if: canPrint)) func longDaysStillPrintOnOnePage() throws {
        let demo = try PlannedNetwork.demo.get()
        let sheet = try #require(DriverSheet.sheets(network: demo.network, pickup: demo.pickup).first)
        var days: [DriverSheet] = []
        for (trips, stops) in [(3, 3), (4, 4), (5, 5), (6, 5), (8, 4), (10, 3)] {
            let day = try Self.longDay(from: sheet, trips: trips, stops: stops)
            if DriverSheetWriter.printLines(day) <= Self.longestDay { days.append(day) }
        }
        #expect(days.contains { DriverSheetWriter.printLines($0) > DriverSheetWriter.tightLines })
        for catalog in [Catalog.english, try Catalog.load("zh-CN")] {
            for day in days {
                let pages = try Self.pages(DriverSheetWriter.html([day], network: demo.network.name, catalog: catalog))
                #expect(pages == 1, "\(catalog.language): a day of \(DriverSheetWriter.printLines(day)) lines prints on \(pages) pages")
            }
        }
    }
}
