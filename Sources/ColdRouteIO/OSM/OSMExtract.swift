import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The parts of an OpenStreetMap XML extract (`.osm`) that carry roads: nodes with coordinates,
/// and the ways whose `highway` tag is in a ``HighwaySpeeds`` table.
///
/// Read by Foundation's streaming `XMLParser` from an `InputStream`, so the file is never held in
/// memory whole; only ways kept and nodes are stored (node coordinates as `Float`-free `Double`
/// arrays indexed densely, ways as one flat array of node indices). Complexity: O(file size).
struct OSMExtract {
    struct Way {
        var id: Int64
        /// Range into ``wayNodes`` (OSM node ids, resolved after reading).
        var nodes: Range<Int>
        var highway: String
        var kmh: Double
        /// `+1` one-way along the way, `-1` against it, `0` both ways.
        var direction: Int8
        var closed: Bool
        var name: String
    }

    var nodeIndex: [Int64: Int32] = [:]
    var nodeIDs: [Int64] = []
    var lon: [Double] = []
    var lat: [Double] = []
    var ways: [Way] = []
    /// Node ids of the kept ways, concatenated (``Way/nodes`` ranges into it).
    var wayNodes: [Int64] = []
    /// Ways skipped: no highway tag or a class not in the table.
    var skippedWays = 0

    /// Streams `path`; throws ``InputError`` naming the file (and line, for XML errors).
    static func read(path: String, speeds: HighwaySpeeds) throws(InputError) -> OSMExtract {
        guard let stream = InputStream(fileAtPath: path), FileManager.default.isReadableFile(atPath: path) else {
            throw InputError(file: path, message: FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file")
        }
        let parser = XMLParser(stream: stream)
        let delegate = Delegate(speeds: speeds)
        parser.delegate = delegate
        parser.shouldProcessNamespaces = false
        guard parser.parse() else {
            let message = parser.parserError.map { "\($0.localizedDescription)" } ?? "not an OSM XML file"
            throw InputError(file: path, location: .text(line: max(1, parser.lineNumber), column: max(1, parser.columnNumber)),
                             message: "XML: \(message)")
        }
        if let problem = delegate.problem {
            throw InputError(file: path, location: .text(line: problem.line, column: 1), message: problem.message)
        }
        guard delegate.sawRoot else { throw InputError(file: path, message: "not an OSM XML file (no <osm> element)") }
        return delegate.extract
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        let speeds: HighwaySpeeds
        var extract = OSMExtract()
        var problem: (line: Int, message: String)?
        var sawRoot = false
        // The way being read.
        var inWay = false
        var wayID: Int64 = 0
        var wayStart = 0
        var tags: [String: String] = [:]

        init(speeds: HighwaySpeeds) { self.speeds = speeds }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            switch name {
            case "node":
                guard let id = attributes["id"].flatMap({ Int64($0) }), let la = attributes["lat"].flatMap(Double.init),
                      let lo = attributes["lon"].flatMap(Double.init), (-90...90).contains(la), (-180...180).contains(lo)
                else { return fail(parser, "a <node> needs an integer id and lat/lon in range") }
                if extract.nodeIndex[id] == nil {
                    extract.nodeIndex[id] = Int32(extract.nodeIDs.count)
                    extract.nodeIDs.append(id)
                    extract.lat.append(la)
                    extract.lon.append(lo)
                }
            case "way":
                guard let id = attributes["id"].flatMap({ Int64($0) }) else { return fail(parser, "a <way> needs an integer id") }
                inWay = true
                wayID = id
                wayStart = extract.wayNodes.count
                tags.removeAll(keepingCapacity: true)
            case "nd" where inWay:
                guard let ref = attributes["ref"].flatMap({ Int64($0) }) else { return fail(parser, "an <nd> needs an integer ref") }
                extract.wayNodes.append(ref)
            case "tag" where inWay:
                if let k = attributes["k"], let v = attributes["v"] { tags[k] = v }
            case "osm":
                sawRoot = true
            default:
                break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard name == "way", inWay else { return }
            inWay = false
            let highway = tags["highway"] ?? ""
            let construction = highway == "construction"
            let cls = construction ? (tags["construction"] ?? "unclassified") : highway
            guard let kmh = speeds.kmh(cls) ?? (construction ? speeds.kmh("unclassified") : nil),
                  extract.wayNodes.count - wayStart >= 2
            else {
                extract.wayNodes.removeSubrange(wayStart...)
                extract.skippedWays += 1
                return
            }
            let direction: Int8
            switch tags["oneway"] {
            case "yes", "true", "1": direction = 1
            case "-1", "reverse": direction = -1
            default: direction = highway == "motorway" || tags["junction"] == "roundabout" ? 1 : 0
            }
            let closed = construction || tags["access"] == "no"
            extract.ways.append(Way(id: wayID, nodes: wayStart..<extract.wayNodes.count, highway: cls, kmh: kmh,
                                    direction: direction, closed: closed, name: tags["name"] ?? tags["ref"] ?? ""))
        }

        func fail(_ parser: XMLParser, _ message: String) {
            if problem == nil { problem = (parser.lineNumber, message) }
            parser.abortParsing()
        }
    }
}
