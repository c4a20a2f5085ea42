/// The documented range of every numeric field a user can give (network files, scenario files,
/// command-line options, route sheets, VROOM JSON).
///
/// The limits are far beyond any real county (a million kilograms a day, two years of shelf life)
/// yet small enough that every product the planners form from them — seconds, metres, kilograms
/// scaled to integers, costs summed over thousands of villages — stays far below 2⁵³ and 2⁶³, so no
/// later conversion to an integer can trap and no sum loses its units. `docs/network-format.md`
/// ("Ranges") lists them per field; ``CountyNetwork/validate()`` and the readers enforce them.
public enum FieldLimits {
    /// Kilograms: supply per day, vehicle, depot and agency capacities, route-sheet loads.
    public static let kilograms: ClosedRange<Double> = 0 ... 1e9
    /// Durations in minutes: shelf lives, service times, road travel times, shifts.
    public static let minutes: ClosedRange<Double> = 0 ... 1e6
    /// Road lengths in kilometres.
    public static let kilometres: ClosedRange<Double> = 0 ... 1e5
    /// Money in yuan: costs per day, per kg, per km, per hour.
    public static let yuan: ClosedRange<Double> = 0 ... 1e9
    /// A planar coordinate (`x`, `y`) in kilometres.
    public static let planar: ClosedRange<Double> = -1e5 ... 1e5
    /// `defaultSpeedKmh` and road speeds.
    public static let speedKmh: ClosedRange<Double> = 0.1 ... 1000
    /// A vehicle type's `speedFactor` (travel minutes × factor): from four times as fast to four times as slow.
    public static let speedFactor: ClosedRange<Double> = 0.25 ... 4
    /// `circuityFactor`.
    public static let circuity: ClosedRange<Double> = 1 ... 10
    /// Counts: vehicles of a type, low-income households of a village.
    public static let count: ClosedRange<Int> = 0 ... 1_000_000_000
    /// Multipliers in scenarios (`[supply] factor`, shelf-life and cost multipliers).
    public static let multiplier: ClosedRange<Double> = 0 ... 1e6
    /// Wall-clock limits in seconds (`--time-limit`, `--route-time`, scenario `timeLimit`).
    public static let seconds: ClosedRange<Double> = 0 ... 1e6
    /// Ids in VROOM JSON (`job`/`vehicle` ids) and sequence numbers in route sheets.
    public static let identifier: ClosedRange<Double> = 0 ... 1e9

    /// `"must be between 0 and 1e+09 (got 1e+19)"`-style wording, shared by every reader.
    public static func rangeText(_ range: ClosedRange<Double>) -> String {
        "between \(Quantity<MinuteUnit>.format(range.lowerBound)) and \(Quantity<MinuteUnit>.format(range.upperBound))"
    }
}
