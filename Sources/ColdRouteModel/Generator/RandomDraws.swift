/// The draws the network generator makes, defined here rather than with the standard library's
/// `random(in:using:)` so that the numbers a seed produces are fixed by this code alone.
extension RandomNumberGenerator {
    /// A double in `[0, 1)` from the top 53 bits of one number.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// A double in `[lo, hi)` (or `lo` when the range is empty).
    mutating func uniform(_ lo: Double, _ hi: Double) -> Double {
        lo + (hi - lo) * unit()
    }

    /// An integer in `range` (multiply-shift; the bias, below 2⁻³², does not matter here).
    mutating func integer(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound) + 1
        return range.lowerBound + Int(next().multipliedFullWidth(by: width).high)
    }

    /// `true` with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// One element of a non-empty array, uniformly.
    mutating func pick<T>(_ items: [T]) -> T {
        items[integer(0...(items.count - 1))]
    }
}
