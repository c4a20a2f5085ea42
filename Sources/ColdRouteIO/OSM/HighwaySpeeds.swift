import Foundation

/// Speeds in km/h by OSM `highway` class: which ways are roads, and how fast a vehicle drives them.
///
/// The default table (rural China, a loaded light truck; `docs/road-data.md`):
///
/// | class | km/h | | class | km/h |
/// |---|---|---|---|---|
/// | motorway | 90 | | motorway_link | 50 |
/// | trunk | 70 | | trunk_link | 40 |
/// | primary | 60 | | primary_link | 40 |
/// | secondary | 50 | | secondary_link | 35 |
/// | tertiary | 40 | | tertiary_link | 30 |
/// | unclassified | 30 | | road | 30 |
/// | residential | 25 | | service | 15 |
/// | track | 15 | | living_street | 10 |
///
/// Other classes (footway, path, cycleway, steps, …) are not roads. A CSV file `highway,kmh`
/// overrides or adds classes; `kmh` 0 drops a class.
public struct HighwaySpeeds: Sendable {
    public private(set) var table: [String: Double]

    public static let standard = HighwaySpeeds(table: [
        "motorway": 90, "motorway_link": 50, "trunk": 70, "trunk_link": 40, "primary": 60, "primary_link": 40,
        "secondary": 50, "secondary_link": 35, "tertiary": 40, "tertiary_link": 30, "unclassified": 30, "road": 30,
        "residential": 25, "service": 15, "track": 15, "living_street": 10,
    ])

    public init(table: [String: Double]) { self.table = table }

    /// The speed of a class, `nil` when it is not a road.
    public func kmh(_ highway: String) -> Double? { table[highway].flatMap { $0 > 0 ? $0 : nil } }

    /// This table with the rows of a `highway,kmh` CSV file applied (header optional).
    public func overridden(byFile path: String) throws(InputError) -> HighwaySpeeds {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw InputError(file: path, message: FileManager.default.fileExists(atPath: path) ? "cannot be read" : "no such file")
        }
        var copy = self
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") || (n == 0 && line.lowercased().hasPrefix("highway")) { continue }
            let cells = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count == 2, !cells[0].isEmpty, let kmh = Double(cells[1]), kmh.isFinite, kmh >= 0, kmh <= 200 else {
                throw InputError(file: path, location: .csv(line: n + 1, column: nil),
                                 message: "expected highway,kmh with 0 ≤ kmh ≤ 200 (got \(line))")
            }
            copy.table[cells[0]] = kmh
        }
        return copy
    }
}
