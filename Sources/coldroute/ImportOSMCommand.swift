import ArgumentParser
import ColdRouteIO
import ColdRouteModel
import Foundation

/// `coldroute import-osm EXTRACT --network NET --out NET2`: OpenStreetMap roads into a network.
struct ImportOSMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-osm",
        abstract: "Add the roads of an OpenStreetMap extract (.osm, or .osm.pbf via osmium) to a network.",
        discussion: """
            Ways with a highway class of the speed table become roads (cut at crossings), with one-way \
            streets; access=no and highway=construction are closed roads. Every village, depot and agency \
            is joined to its nearest road node; snap distances are reported, and a place farther than \
            --max-snap-km is an error. A .osm.pbf extract is converted with osmium-tool (make deps installs it). \
            See docs/road-data.md.

            Example:
              coldroute import-osm county.osm.pbf --network networks/demo-county.json --out county-osm.json
            """
    )

    @Argument(help: "An OpenStreetMap extract: .osm (XML) or .osm.pbf.")
    var extract: String

    @Option(help: ArgumentHelp("The network to add roads to (JSON file or CSV folder).", valueName: "file"))
    var network: String

    @Option(help: ArgumentHelp("Where to write the new network (JSON file, or folder for CSV).", valueName: "path"))
    var out: String

    @Option(help: ArgumentHelp("A CSV highway,kmh that overrides or extends the speed table (kmh 0 drops a class).",
                               valueName: "file"))
    var speeds: String?

    @Option(name: .customLong("max-snap-km"), help: "The farthest a place may lie from a road node (km).")
    var maxSnapKm: Double = OSMImport.defaultMaxSnapKm

    func validate() throws {
        guard maxSnapKm > 0, maxSnapKm.isFinite else { throw ValidationError("--max-snap-km must be positive") }
    }

    func run() throws {
        let started = ContinuousClock.now
        let loaded = try NetworkLoader.load(network)
        var table = HighwaySpeeds.standard
        var temporary: String?
        defer { if let temporary { try? FileManager.default.removeItem(atPath: temporary) } }
        do {
            if let speeds { table = try table.overridden(byFile: speeds) }
            var xml = extract
            if extract.lowercased().hasSuffix(".pbf") {
                let path = FileManager.default.temporaryDirectory.appendingPathComponent("coldroute-\(UUID().uuidString).osm").path
                temporary = path
                try Self.osmiumCat(extract, to: path)
                xml = path
            }
            let outcome = try OSMImport.run(path: xml, network: loaded.network, speeds: table, maxSnapKm: maxSnapKm)
            let errors = outcome.network.validate().filter(\.isError)
            guard errors.isEmpty else {
                for issue in errors.prefix(20) { Console.err("error: \(out): \(issue)") }
                throw ExitCodes.badInput
            }
            try NetworkWriter.write(outcome.network, to: out)
            let snaps = outcome.snaps.map(\.kilometres)
            let mean = snaps.reduce(0, +) / Double(max(1, snaps.count))
            Console.err("read \(outcome.nodesRead) nodes, \(outcome.waysRead) road ways (\(outcome.waysSkipped) other ways skipped)")
            Console.err("added \(outcome.junctionsAdded) junctions and \(outcome.roadsAdded) roads "
                + "(\(outcome.snaps.count) access roads); snap distance mean \(String(format: "%.3f", mean)) km, "
                + "max \(String(format: "%.3f", snaps.max() ?? 0)) km (limit \(maxSnapKm) km)")
            for snap in outcome.snaps.sorted(by: { $0.kilometres > $1.kilometres }).prefix(5) {
                Console.err("  \(snap.place) → osm node \(snap.node): \(String(format: "%.3f", snap.kilometres)) km")
            }
            Console.err("wrote \(out) in \(String(format: "%.1f", (ContinuousClock.now - started).seconds)) s")
        } catch let error as ExitCode {
            throw error
        } catch {
            Console.err("error: \(error)")
            throw ExitCodes.badInput
        }
    }

    /// `osmium cat IN -o OUT -f osm` (Debian's osmium-tool).
    static func osmiumCat(_ input: String, to output: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["osmium", "cat", input, "-o", output, "-f", "osm", "--overwrite"]
        let errors = Pipe()
        process.standardError = errors
        do { try process.run() } catch {
            throw OSMiumMissing(detail: "\(error)")
        }
        process.waitUntilExit()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            if process.terminationStatus == 127 { throw OSMiumMissing(detail: text) }
            throw InputError(file: input, message: "osmium cat failed: " + text.split(separator: "\n").joined(separator: "; "))
        }
    }

    struct OSMiumMissing: Error, CustomStringConvertible {
        var detail: String
        var description: String { "osmium (Debian's osmium-tool) is needed for .osm.pbf extracts; run make deps (\(detail))" }
    }
}
