/// Decimal numbers from bytes, fast: the matrix readers parse millions of them.
///
/// A plain decimal (`-`? digits (`.` digits)?, at most 15 significant digits, no exponent) is
/// `mantissa / 10^k` with both operands exact in a `Double`, so one division gives the correctly
/// rounded value, the same as `strtod`. Anything else (exponents, long digit strings) goes
/// through `Double(String)`. `nil` for text that is not a JSON number.
enum MatrixNumber {
    /// 10^k for k in 0...22, all exact in a `Double` (a literal table: no lazy global to check per call).
    @inline(__always)
    private static func power(_ k: Int) -> Double {
        switch k {
        case 0: 1
        case 1: 1e1
        case 2: 1e2
        case 3: 1e3
        case 4: 1e4
        case 5: 1e5
        case 6: 1e6
        case 7: 1e7
        case 8: 1e8
        case 9: 1e9
        case 10: 1e10
        case 11: 1e11
        case 12: 1e12
        case 13: 1e13
        case 14: 1e14
        case 15: 1e15
        case 16: 1e16
        case 17: 1e17
        case 18: 1e18
        case 19: 1e19
        case 20: 1e20
        case 21: 1e21
        default: 1e22
        }
    }

    /// The number in `bytes[start..<end]`, or `nil` when it is not one.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        if let (value, stop) = plain(bytes, start, end), stop == end { return value }
        return slow(bytes, start, end)
    }

    /// The plain decimal starting at `start`, read up to the first byte that is neither a digit nor
    /// the (one) dot: its value and where it stops. `nil` (the caller takes the slow road) when it is
    /// not plain: no digit, more than 15 significant digits, or more than 22 after the dot.
    @inline(__always)
    static func plain(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> (Double, Int)? {
        var i = start
        guard i < end else { return nil }
        let negative = bytes[i] == UInt8(ascii: "-")
        if negative { i += 1 }
        var mantissa: UInt64 = 0, digits = 0, fraction = 0, sawDot = false, sawDigit = false
        while i < end {
            let b = bytes[i]
            if b >= 0x30 && b <= 0x39 {
                sawDigit = true
                if mantissa != 0 || b != 0x30 { digits += 1 }
                mantissa = mantissa &* 10 &+ UInt64(b - 0x30)
                if sawDot { fraction += 1 }
            } else if b == UInt8(ascii: "."), !sawDot {
                sawDot = true
            } else {
                break
            }
            i += 1
        }
        guard sawDigit, digits <= 15, fraction <= 22 else { return nil }
        let value = Double(mantissa) / power(fraction)
        return (negative ? -value : value, i)
    }

    private static func slow(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        guard let first = text.utf8.first, first == UInt8(ascii: "-") || (first >= 0x30 && first <= 0x39),
              let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
