/// A typed identifier: `Identifier<Village>` and `Identifier<Depot>` cannot be mixed up.
///
/// Identifiers are the user's own strings from the network file (e.g. `"V17"`). Solvers never see
/// them: they work on dense indices (see ``CountyNetwork``'s arrays).
public struct Identifier<Entity>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    public var description: String { rawValue }
}
