import CGLPK

extension LinearModel {
    /// The interval a variable's value or a constraint's activity must lie in.
    ///
    /// Infinite ends are allowed where they mean "no bound": `.lower(-.infinity)`
    /// is `.free`, and `.range(l, .infinity)` is `.lower(l)`. A bound that can
    /// never be met (`.lower(+.infinity)`, `.fixed(.nan)`, a range with
    /// `lower > upper`) is rejected by validation before GLPK is called.
    public enum Bounds: Sendable, Hashable {
        /// No bound: `-∞ < x < +∞`.
        case free
        /// `x ≥ lower`.
        case lower(Double)
        /// `x ≤ upper`.
        case upper(Double)
        /// `lower ≤ x ≤ upper`; `lower == upper` is the same as `.fixed`.
        case range(Double, Double)
        /// `x = value`.
        case fixed(Double)

        /// The lower end, `-infinity` when there is none.
        public var lowerBound: Double {
            switch self {
            case .free, .upper: -.infinity
            case .lower(let l), .range(let l, _), .fixed(let l): l
            }
        }

        /// The upper end, `+infinity` when there is none.
        public var upperBound: Double {
            switch self {
            case .free, .lower: .infinity
            case .upper(let u), .range(_, let u), .fixed(let u): u
            }
        }

        /// Whether `value` lies in the interval, allowing `tolerance` scaled by
        /// the bound's magnitude (`tolerance * max(1, |bound|)`).
        public func contains(_ value: Double, tolerance: Double = 0) -> Bool {
            let lower = lowerBound, upper = upperBound
            if lower > -.infinity, value < lower - tolerance * Swift.max(1, abs(lower)) {
                return false
            }
            if upper < .infinity, value > upper + tolerance * Swift.max(1, abs(upper)) {
                return false
            }
            return !value.isNaN
        }

        /// The same interval intersected with `other` (used for binaries).
        func intersected(with other: Bounds) -> Bounds {
            let lower = Swift.max(lowerBound, other.lowerBound)
            let upper = Swift.min(upperBound, other.upperBound)
            return .range(lower, upper)
        }
    }
}

/// A validated interval in GLPK's terms: a bound type (`GLP_FR` … `GLP_FX`)
/// and both ends, with unused ends set to zero as GLPK expects.
struct GLPKBounds: Equatable {
    var type: Int32
    var lower: Double
    var upper: Double

    static let free = GLPKBounds(type: GLP_FR, lower: 0, upper: 0)

    /// Checks `bounds` and converts them; `what` names the owner for messages.
    ///
    /// - Throws: `GLPKError` of kind `.invalidModel` for NaN ends, a lower end
    ///   of `+∞`, an upper end of `-∞`, or `lower > upper`.
    init(_ bounds: LinearModel.Bounds, what: @autoclosure () -> String) throws {
        let lower = bounds.lowerBound, upper = bounds.upperBound
        if lower.isNaN || upper.isNaN {
            throw GLPKError.invalidModel("\(what()) has a NaN bound (\(bounds))")
        }
        if lower == .infinity || upper == -.infinity {
            throw GLPKError.invalidModel(
                "\(what()) has a bound that cannot be met (\(bounds))")
        }
        if lower > upper {
            throw GLPKError.invalidModel(
                "\(what()) has lower bound \(lower) > upper bound \(upper)")
        }
        switch (lower.isFinite, upper.isFinite) {
        case (false, false): self = .free
        case (true, false): self.init(type: GLP_LO, lower: lower, upper: 0)
        case (false, true): self.init(type: GLP_UP, lower: 0, upper: upper)
        case (true, true):
            self.init(type: lower == upper ? GLP_FX : GLP_DB, lower: lower, upper: upper)
        }
    }

    init(type: Int32, lower: Double, upper: Double) {
        self.type = type
        self.lower = lower
        self.upper = upper
    }

    /// Tightens the bounds of an integer variable to integral values.
    ///
    /// `glp_intopt` refuses fractional bounds on integer columns; rounding the
    /// lower end up and the upper end down admits exactly the same integers.
    /// Ends within 1e-9 of an integer are snapped rather than rounded away.
    ///
    /// - Returns: `nil` when no integer lies between the bounds (the model is
    ///   then infeasible, which the solver reports without calling GLPK).
    func integral() -> GLPKBounds? {
        func snap(_ x: Double, _ round: (Double) -> Double) -> Double {
            let nearest = x.rounded()
            return abs(x - nearest) <= 1e-9 * Swift.max(1, abs(x)) ? nearest : round(x)
        }
        if type == GLP_FX {
            let value = lower.rounded()
            guard abs(lower - value) <= 1e-9 * Swift.max(1, abs(lower)) else { return nil }
            return GLPKBounds(type: GLP_FX, lower: value, upper: value)
        }
        var result = self
        let hasLower = type == GLP_LO || type == GLP_DB
        let hasUpper = type == GLP_UP || type == GLP_DB
        if hasLower { result.lower = snap(lower) { $0.rounded(.up) } }
        if hasUpper { result.upper = snap(upper) { $0.rounded(.down) } }
        if hasLower && hasUpper {
            if result.lower > result.upper { return nil }
            result.type = result.lower == result.upper ? GLP_FX : GLP_DB
        }
        return result
    }
}
