import ColdRouteIO
import ColdRouteModel
import ColdRoutePlanning
import ColdRouteSiting
import Foundation

/// Writes a plan in the formats users already have, into one directory (`coldroute plan --out`):
///
/// | file | what | writer |
/// |---|---|---|
/// | `plan.json` | the siting plan with its pickup routes (``SitingReport/json(_:pickup:)``) | |
/// | `summary.md` | a one-page brief | `PlanSummaryWriter` |
/// | `routes.csv` | route sheet, one row per stop | `RouteSheetWriter` |
/// | `routes-vroom.json` | VROOM solution | `VroomSolutionWriter` |
/// | `routes.geojson` | map layer (lon/lat networks only) | `RoutesGeoJSONWriter` |
/// | `drivers/<vehicle>.html`, `drivers/index.html` | printable driver sheets (with routes) | ``DriverSheetWriter`` |
/// | `drivers.csv` | the driver sheets' rows | ``DriverSheetWriter`` |
///
/// `summary.md` and the driver sheets are in the language of the ``Catalog`` passed in (English
/// by default); the other files are for programs and do not change with it.
///
/// Formats are documented in `docs/exchange-formats.md`. Everything is rendered first; then the
/// whole set is written as one ``OutputSet`` (staged beside the folder, then swapped in), so after
/// any failure or interruption the folder holds the old set or the new one, and files of an
/// earlier plan that this one does not write (say `routes.geojson`) are gone. The library never
/// prints: remarks for the reader come back as notes.
public enum PlanExport {
    public static let planFile = "plan.json"
    public static let summaryFile = "summary.md"
    public static let routeSheetFile = "routes.csv"
    public static let vroomFile = "routes-vroom.json"
    public static let geoJSONFile = "routes.geojson"

    /// What an export wrote.
    public struct Written: Sendable {
        /// Paths of the files written, in order.
        public var files: [String]
        /// Remarks for the reader (e.g. GeoJSON skipped for a planar network).
        public var notes: [String]
    }

    /// Writes every file into `directory` (created if missing) and returns the notes.
    public static func write(network: CountyNetwork, siting: SitingPlan, pickup: PickupPlan?, to directory: String,
                             planJSON: Data? = nil) throws -> [String] {
        try export(network: network, siting: siting, pickup: pickup, to: directory, planJSON: planJSON).notes
    }

    /// Like ``write(network:siting:pickup:to:)``, also returning the paths written. `extraFiles`
    /// (name, content) join the set, e.g. `timings.json`. `express`: the dispatch of the routes,
    /// whose cost is the day's cost summary.md states.
    public static func export(network: CountyNetwork, siting: SitingPlan, pickup: PickupPlan?, to directory: String,
                              travel: TravelModel? = nil, planJSON: Data? = nil, coverage: PlanCoverage? = nil,
                              express: ExpressPlan? = nil,
                              byteOrderMark: Bool = false, extraFiles: [(name: String, data: Data)] = [],
                              catalog: Catalog = .english) throws -> Written
    {
        let rendered = try render(network: network, siting: siting, pickup: pickup, travel: travel, planJSON: planJSON,
                                  coverage: coverage, express: express, byteOrderMark: byteOrderMark, catalog: catalog)
        var set = OutputSet(directory: directory, knownNames: knownNames)
        for (name, data) in rendered.contents + extraFiles { set.add(name, data) }
        do {
            return Written(files: try set.commit(), notes: rendered.notes)
        } catch {
            throw PlanExportError(path: error.path, reason: error.reason)
        }
    }

    /// The file names a plan folder of an earlier version may hold (treated as the plan's own).
    public static let knownNames: Set<String> = [planFile, summaryFile, routeSheetFile, vroomFile, geoJSONFile, "timings.json",
                                                 DriverSheetWriter.folder, DriverSheetWriter.csvFile]

    /// Renders every file of the set, in order, with the notes; writes nothing. `byteOrderMark`:
    /// `routes.csv` starts with a UTF-8 byte order mark (EF BB BF), so Excel opens it as UTF-8
    /// (`--bom`); ColdRoute's readers accept it either way.
    public static func render(network: CountyNetwork, siting: SitingPlan, pickup: PickupPlan?, travel: TravelModel? = nil,
                              planJSON: Data? = nil, coverage: PlanCoverage? = nil, express: ExpressPlan? = nil,
                              byteOrderMark: Bool = false, catalog: Catalog = .english) throws
        -> (contents: [(name: String, data: Data)], notes: [String])
    {
        let travel = travel ?? TravelModel(network: network)
        var notes: [String] = []
        var contents: [(name: String, data: Data)] = []
        // `planJSON`: the whole result's document (``SitingReport/json(_:)-(PlanResult)``), when the caller has one.
        contents.append((planFile, try (planJSON ?? SitingReport.json(siting, pickup: pickup)) + Data("\n".utf8)))
        let sheet = RouteSheetWriter.csv(network: network, pickup: pickup)
        contents.append((routeSheetFile, Data(((byteOrderMark ? "\u{FEFF}" : "") + sheet).utf8)))
        contents.append((vroomFile, Data(VroomSolutionWriter.json(network: network, travel: travel, siting: siting, pickup: pickup).utf8)))
        if network.coordinateSystem == .lonLat {
            contents.append((geoJSONFile, Data(RoutesGeoJSONWriter.geoJSON(network: network, travel: travel, siting: siting, pickup: pickup).utf8)))
        } else {
            notes.append("\(geoJSONFile) not written: the network's coordinates are planar (x/y km), and GeoJSON needs lon/lat; "
                + "\(vroomFile) gives locations as [x, y] km")
        }
        if let pickup {
            contents += DriverSheetWriter.files(DriverSheet.sheets(network: network, pickup: pickup), network: network.name, catalog: catalog)
        }
        if pickup == nil { notes.append("no pickup routes: \(routeSheetFile) and \(vroomFile) hold no routes") }
        let listed = contents.map(\.name).filter { !$0.hasPrefix(DriverSheetWriter.folder + "/") }
            + (pickup == nil ? [] : [DriverSheetWriter.folder + "/"])
        let summary = PlanSummaryWriter.markdown(network: network, siting: siting, pickup: pickup, coverage: coverage,
                                                 express: express, files: listed + [summaryFile], catalog: catalog)
        contents.insert((summaryFile, Data(summary.utf8)), at: 1)
        return (contents, notes)
    }
}
