import ColdRouteModel
import Foundation

/// The printable page(s): a self-contained HTML document, one `<section class="sheet">` per
/// vehicle, each fitting an A4 page, with `break-after: page` between vehicles when printed.
///
/// A long day prints smaller so that it still fits one page: a sheet is `compact` (8 pt, one line
/// per stop) or `tight` (6 pt, less padding) by its printed lines (``printLines(_:)``), the
/// thresholds measured in headless Chromium on A4 (docs/tools/driver-sheet-pages.sh).
extension DriverSheetWriter {
    static let style = """
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 1.5em; color: #111; }
        h1 { font-size: 1.4em; margin: 0 0 .2em; }
        h2 { font-size: 1.05em; margin: 1em 0 .3em; }
        .meta { margin: 0 0 .6em; }
        table { border-collapse: collapse; width: 100%; font-size: .9em; }
        th, td { border: 1px solid #999; padding: 2px 5px; text-align: left; vertical-align: top; }
        td.num, th.num { text-align: right; }
        tr.depot td { background: #eef3f8; }
        .deadline { font-weight: bold; }
        .sign { margin-top: 1.2em; }
        @page { size: A4; margin: 12mm; }
        @media print {
          body { margin: 0; font-size: 9.5pt; }
          section.sheet { break-after: page; page-break-after: always; }
          section.sheet:last-of-type { break-after: auto; page-break-after: auto; }
          .trip { break-inside: avoid; page-break-inside: avoid; }
          tr.depot td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          section.compact { font-size: 8pt; }
          section.compact h1 { font-size: 1.25em; }
          section.compact h2 { margin: .5em 0 .15em; }
          section.compact td br { display: none; }
          section.compact td small::before { content: " · "; }
          section.compact th, section.compact td { padding: 1px 4px; }
          section.compact tr.depot td:nth-child(2) { white-space: nowrap; }
          section.tight { font-size: 6pt; line-height: 1.15; }
          section.tight h2 { margin: .3em 0 .1em; }
          section.tight th, section.tight td { padding: 0 3px; }
          section.tight .meta { margin: 0 0 .3em; }
          section.tight .sign { margin-top: .6em; }
        }
        """

    /// A page for each of `sheets`, in one document.
    static func html(_ sheets: [DriverSheet], network: String, catalog w: Catalog) -> String {
        let title = sheets.count == 1
            ? w("drivers.title", ["vehicle": sheets[0].vehicle, "network": network])
            : w("drivers.titleAll", ["network": network])
        var out = "<!DOCTYPE html>\n<html lang=\"\(e(w.language))\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<title>\(e(title))</title>\n<style>\n\(style)\n</style>\n</head>\n<body>\n"
        for sheet in sheets { out += section(sheet, network: network, w) }
        if sheets.isEmpty { out += "<p>\(e(w("drivers.none")))</p>\n" }
        return out + "</body>\n</html>\n"
    }

    /// Printed lines of a sheet at the normal size: per trip a heading, the table's head and three
    /// depot rows; per stop its name, then its id or, when longer, a line per product loaded.
    static func printLines(_ sheet: DriverSheet) -> Int {
        sheet.trips.reduce(4) { lines, trip in
            lines + 5 + trip.stops.reduce(0) { $0 + 1 + max(1, $1.loads.count) }
        }
    }

    /// Above this many lines a sheet prints `compact`; above ``tightLines``, `tight` as well.
    static let compactLines = 36
    static let tightLines = 70

    static func section(_ sheet: DriverSheet, network: String, _ w: Catalog) -> String {
        let lines = printLines(sheet)
        let size = lines > tightLines ? " compact tight" : lines > compactLines ? " compact" : ""
        var out = "<section class=\"sheet\(size)\">\n"
        out += "<h1>\(e(w("drivers.title", ["vehicle": sheet.vehicle, "network": network])))</h1>\n"
        let meta = w("drivers.meta", [
            "depot": "\(sheet.depot.rawValue) \(sheet.depotName)", "type": sheet.vehicleTypeName,
            "class": w(sheet.refrigerated ? "vehicle.refrigerated" : "vehicle.ambient"), "trips": w.integer(sheet.trips.count),
        ])
        out += "<p class=\"meta\">\(e(meta))</p>\n"
        let heads = ["seq", "stop", "window", "arrival", "departure", "products", "kilograms", "returnBy"]
        let numeric: Set<String> = ["seq", "kilograms"]
        for trip in sheet.trips {
            let heading = w("drivers.trip", [
                "trip": w.integer(trip.number), "departure": trip.departure.clockString, "return": trip.returnTime.clockString,
                "unloaded": trip.unloadedBy.clockString,
            ])
            out += "<div class=\"trip\">\n<h2>\(e(heading))"
            if let latest = trip.latestReturn {
                out += " <span class=\"deadline\">\(e(w("drivers.latestReturn", ["time": DriverSheet.deadline(latest)])))</span>"
            }
            out += "</h2>\n<table>\n<thead><tr>"
            out += heads.map { "<th\(numeric.contains($0) ? " class=\"num\"" : "")>\(e(w("drivers.col.\($0)")))</th>" }.joined()
            out += "</tr></thead>\n<tbody>\n"
            out += "<tr class=\"depot\"><td></td><td>\(e(w("drivers.depart", ["depot": sheet.depotName])))</td><td></td><td></td>"
                + "<td>\(trip.departure.clockString)</td><td></td><td></td><td></td></tr>\n"
            for (i, s) in trip.stops.enumerated() {
                let split = s.parts > 1 ? " (\(s.part)/\(s.parts))" : ""
                out += "<tr><td class=\"num\">\(i + 1)</td><td>\(e(s.name + split))<br><small>\(e(s.village.rawValue))</small></td>"
                    + "<td>\(window(s))</td><td>\(s.arrival.clockString)</td><td>\(s.departure.clockString)</td>"
                    + "<td>\(e(products(s, w)))</td><td class=\"num\">\(e(w.number(s.kilograms.value)))</td>"
                    + "<td>\(DriverSheet.deadline(s.returnBy))</td></tr>\n"
            }
            out += "<tr class=\"depot\"><td></td><td>\(e(w("drivers.return", ["depot": sheet.depotName])))</td><td></td>"
                + "<td>\(trip.returnTime.clockString)</td><td></td><td></td>"
                + "<td class=\"num\">\(e(w.number(trip.kilograms.value)))</td><td></td></tr>\n"
            out += "<tr class=\"depot\"><td></td><td>\(e(w("drivers.unload")))</td><td></td><td></td>"
                + "<td>\(trip.unloadedBy.clockString)</td><td></td><td></td><td></td></tr>\n"
            out += "</tbody>\n</table>\n</div>\n"
        }
        out += "<p class=\"sign\">\(e(w("drivers.sign")))</p>\n</section>\n"
        return out
    }

    /// Escapes text for HTML content and attribute values.
    static func e(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
