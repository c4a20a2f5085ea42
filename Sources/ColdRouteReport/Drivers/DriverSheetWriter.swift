import ColdRouteModel
import Foundation

/// Renders ``DriverSheet``s for print and for spreadsheets (`plan --out`):
///
/// - `drivers/<vehicle>.html`: one A4 page per vehicle (`@page { size: A4 }`, `@media print`);
///   `drivers/index.html` holds every vehicle's page in one file, a page break between vehicles,
///   for printing the whole day at once. File names are the vehicle ids with characters other
///   than letters, digits, `.`, `-` and `_` replaced by `_` (made unique if two collide).
/// - `drivers.csv`: the same rows, one per depot departure, stop, and return: ``csvColumns``,
///   headers in the output language. UTF-8 with a byte-order mark so that Excel shows Chinese
///   correctly; RFC 4180 quoting; `\n` line ends.
///
/// Times are `HH:MM` (hours past 23 are the next day); "return by" times are rounded down to the
/// minute, other times to the nearest minute as in `routes.csv`.
public enum DriverSheetWriter {
    public static let folder = "drivers"
    public static let csvFile = "drivers.csv"
    public static let indexFile = "index.html"

    /// Column keys of `drivers.csv` (their headers are `drivers.csv.<key>` in the catalog).
    public static let csvColumns = ["vehicle", "depot", "trip", "kind", "stopId", "stopName", "split", "window", "arrival",
                                    "departure", "products", "kilograms", "returnBy", "tripLatestReturn", "unloadedBy"]

    /// Every file, as (path relative to the plan folder, content): the per-vehicle pages, the
    /// index page, and `drivers.csv`.
    public static func files(_ sheets: [DriverSheet], network: String, catalog w: Catalog = .english) -> [(name: String, data: Data)] {
        var used: Set<String> = [indexFile.lowercased()]
        var out: [(name: String, data: Data)] = []
        for sheet in sheets {
            var base = String(sheet.vehicle.map { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) ? $0 : "_" })
            if base.isEmpty || base.hasPrefix(".") { base = "_" + base }
            var name = base + ".html", k = 2
            while used.contains(name.lowercased()) { name = "\(base)-\(k).html"; k += 1 }
            used.insert(name.lowercased())
            out.append(("\(folder)/\(name)", Data(html([sheet], network: network, catalog: w).utf8)))
        }
        out.append(("\(folder)/\(indexFile)", Data(html(sheets, network: network, catalog: w).utf8)))
        out.append((csvFile, Data(("\u{FEFF}" + csv(sheets, catalog: w)).utf8)))
        return out
    }

    /// `drivers.csv` without its byte-order mark.
    public static func csv(_ sheets: [DriverSheet], catalog w: Catalog = .english) -> String {
        var lines = [row(csvColumns.map { w("drivers.csv.\($0)") })]
        for sheet in sheets {
            for trip in sheet.trips {
                let latest = trip.latestReturn.map(DriverSheet.deadline) ?? ""
                func line(_ kind: String, _ cells: [String]) -> String {
                    row([sheet.vehicle, sheet.depot.rawValue, "\(trip.number)", w("drivers.kind.\(kind)")] + cells
                        + [latest, trip.unloadedBy.clockString])
                }
                lines.append(line("depart", [sheet.depot.rawValue, sheet.depotName, "", "", "", trip.departure.clockString, "", "", ""]))
                for s in trip.stops {
                    lines.append(line("stop", [s.village.rawValue, s.name, s.parts > 1 ? "\(s.part)/\(s.parts)" : "", window(s),
                                               s.arrival.clockString, s.departure.clockString, products(s, w),
                                               kg(s.kilograms), DriverSheet.deadline(s.returnBy)]))
                }
                lines.append(line("return", [sheet.depot.rawValue, sheet.depotName, "", "", trip.returnTime.clockString, "", "",
                                             kg(trip.kilograms), ""]))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func window(_ s: DriverSheet.Stop) -> String { "\(s.windowStart.clockString)–\(s.windowEnd.clockString)" }

    static func products(_ s: DriverSheet.Stop, _ w: Catalog) -> String {
        s.loads.map { w("drivers.productKg", ["product": $0.name, "kg": w.number($0.kilograms.value)]) }
            .joined(separator: w("drivers.productSeparator"))
    }

    /// Kilograms to the kilogram, for people (`routes.csv` keeps the decimals).
    static func kg(_ k: Kilograms) -> String { String(format: "%.0f", k.value) }

    /// One CSV line, quoting cells that hold a comma, quote or line break.
    static func row(_ cells: [String]) -> String {
        cells.map { cell in
            guard cell.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return cell }
            return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: ",")
    }
}
