/// A marker for the physical unit a ``Quantity`` is measured in.
public protocol QuantityUnit: Sendable {
    /// The symbol printed after a value, e.g. `min` or `kg`.
    static var symbol: String { get }
}

/// Minutes: durations, and times of day as minutes since midnight.
public enum MinuteUnit: QuantityUnit { public static let symbol = "min" }
/// Kilometres of road.
public enum KilometreUnit: QuantityUnit { public static let symbol = "km" }
/// Kilograms of produce.
public enum KilogramUnit: QuantityUnit { public static let symbol = "kg" }
/// Chinese yuan (CNY), the currency of every cost in a network file.
public enum YuanUnit: QuantityUnit { public static let symbol = "yuan" }

/// A value in a fixed unit, so minutes cannot be added to kilograms by mistake.
///
/// Quantities are user-facing (double precision, as written in network files). Solvers compile them
/// into dense arrays or scaled integers at their own edge.
public struct Quantity<Unit: QuantityUnit>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public var value: Double

    @inlinable public init(_ value: Double) { self.value = value }

    public init(from decoder: Decoder) throws {
        value = try decoder.singleValueContainer().decode(Double.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    public static var zero: Self { Self(0) }

    @inlinable public static func < (a: Self, b: Self) -> Bool { a.value < b.value }
    @inlinable public static func + (a: Self, b: Self) -> Self { Self(a.value + b.value) }
    @inlinable public static func - (a: Self, b: Self) -> Self { Self(a.value - b.value) }
    @inlinable public static func += (a: inout Self, b: Self) { a.value += b.value }
    @inlinable public static func -= (a: inout Self, b: Self) { a.value -= b.value }
    @inlinable public static func * (a: Self, k: Double) -> Self { Self(a.value * k) }
    @inlinable public static func * (k: Double, a: Self) -> Self { Self(a.value * k) }
    @inlinable public static func / (a: Self, k: Double) -> Self { Self(a.value / k) }
    /// The ratio of two quantities of the same unit.
    @inlinable public static func / (a: Self, b: Self) -> Double { a.value / b.value }

    public var description: String { "\(Self.format(value)) \(Unit.symbol)" }

    static func format(_ v: Double) -> String {
        v.rounded() == v && abs(v) < 1e15 ? String(Int64(v)) : String(v)
    }
}

public typealias Minutes = Quantity<MinuteUnit>
public typealias Kilometres = Quantity<KilometreUnit>
public typealias Kilograms = Quantity<KilogramUnit>
public typealias Yuan = Quantity<YuanUnit>

extension Quantity where Unit == MinuteUnit {
    /// A time of day written `HH:MM` (minutes since midnight; values past 24:00 mean the next day).
    /// Values beyond ±1,000 days (or not finite) are printed as plain numbers.
    public var clockString: String {
        guard value.isFinite, abs(value) < 1_440_000 else { return "\(value) min" }
        let total = Int(value.rounded())
        let sign = total < 0 ? "-" : ""
        let m = abs(total)
        let h = m / 60, mm = m % 60
        return "\(sign)\(h < 10 ? "0" : "")\(h):\(mm < 10 ? "0" : "")\(mm)"
    }

    /// Parses `HH:MM` (or `H:MM`) into minutes since midnight; `nil` when malformed.
    /// Hours may exceed 23 for times on the following day (e.g. `26:30`).
    public init?(clock text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
              parts[1].count == 2, h >= 0, h < 48, m >= 0, m < 60 else { return nil }
        self.init(Double(h * 60 + m))
    }
}
