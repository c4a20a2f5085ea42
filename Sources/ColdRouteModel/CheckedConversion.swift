/// The one way untrusted doubles become integers.
///
/// `Int(x)` traps ("Double value cannot be converted to Int") when `x` is NaN, infinite or outside
/// ±2⁶³. Every conversion of a value that came from a file, a scenario or a command-line option goes
/// through one of these two initialisers instead:
/// - `Int(checked:)` returns `nil` past the range, for readers that must reject such a value;
/// - `Int(saturating:)` clamps to `Int.min`/`Int.max` (NaN becomes 0), for solver edges and
///   messages that only ever see validated data but must not trap if a bound is ever missed.
///
/// Validation keeps the data far inside these limits (see ``FieldLimits``); the helpers are the
/// second line of defence.
extension Int {
    /// Rounds `value` by `rule` and converts it exactly; `nil` when it is NaN, infinite or does not
    /// fit in an `Int`.
    @inlinable
    public init?(checked value: Double, rounding rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) {
        let r = value.rounded(rule)
        // 2⁶³ is exactly representable; every double below it converts.
        guard r.isFinite, r >= -9_223_372_036_854_775_808.0, r < 9_223_372_036_854_775_808.0 else { return nil }
        self.init(r)
    }

    /// Rounds `value` by `rule` and converts it, clamping to `Int.min ... Int.max`; NaN gives 0.
    @inlinable
    public init(saturating value: Double, rounding rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) {
        if value.isNaN { self = 0; return }
        if let exact = Int(checked: value, rounding: rule) { self = exact; return }
        self = value < 0 ? .min : .max
    }
}

extension Int64 {
    /// `Int64(saturating:)` for durations: the same rule as ``Swift/Int/init(saturating:rounding:)``.
    @inlinable
    public init(saturating value: Double, rounding rule: FloatingPointRoundingRule = .toNearestOrAwayFromZero) {
        self.init(Int(saturating: value, rounding: rule))
    }
}
