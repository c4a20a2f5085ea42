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
///
/// Formats are documented in `docs/exchange-formats.md`. Everything is rendered first; then each
/// file is written atomically (temporary file + rename), so a failure leaves every file either
/// complete or as it was. The library never prints: remarks for the reader come back as notes.
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

    /// Like ``write(network:siting:pickup:to:)``, also returning the paths written.
    public static func export(network: CountyNetwork, siting: SitingPlan, pickup: PickupPlan?, to directory: String,
                              travel: TravelModel? = nil, planJSON: Data? = nil) throws -> Written
    {
        let travel = travel ?? TravelModel(network: network)
        var notes: [String] = []
        var contents: [(name: String, data: Data)] = []
        // `planJSON`: the whole result's document (``SitingReport/json(_:)-(PlanResult)``), when the caller has one.
        contents.append((planFile, try (planJSON ?? SitingReport.json(siting, pickup: pickup)) + Data("\n".utf8)))
        contents.append((routeSheetFile, Data(RouteSheetWriter.csv(network: network, pickup: pickup).utf8)))
        contents.append((vroomFile, Data(VroomSolutionWriter.json(network: network, travel: travel, siting: siting, pickup: pickup).utf8)))
        if network.coordinateSystem == .lonLat {
            contents.append((geoJSONFile, Data(RoutesGeoJSONWriter.geoJSON(network: network, siting: siting, pickup: pickup).utf8)))
        } else {
            notes.append("\(geoJSONFile) not written: the network's coordinates are planar (x/y km), and GeoJSON needs lon/lat; "
                + "\(vroomFile) gives locations as [x, y] km")
        }
        if pickup == nil { notes.append("no pickup routes: \(routeSheetFile) and \(vroomFile) hold no routes") }
        let summary = PlanSummaryWriter.markdown(network: network, siting: siting, pickup: pickup,
                                                 files: contents.map(\.name) + [summaryFile])
        contents.insert((summaryFile, Data(summary.utf8)), at: 1)

        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw PlanExportError(path: directory, reason: "cannot create the directory: \(error.localizedDescription)")
        }
        var files: [String] = []
        for (name, data) in contents {
            let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
            do {
                try AtomicFile.write(data, to: path)
            } catch let error as AtomicFileError {
                throw PlanExportError(path: path, reason: error.reason)
            }
            files.append(path)
        }
        return Written(files: files, notes: notes)
    }
}
