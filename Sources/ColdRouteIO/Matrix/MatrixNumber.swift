/// Decimal numbers from bytes, fast: the matrix readers parse millions of them.
///
/// A plain decimal (`-`? digits (`.` digits)?, at most 15 significant digits, no exponent) is
/// `mantissa / 10^k` with both operands exact in a `Double`, so one division gives the correctly
/// rounded value, the same as `strtod`. Anything else (exponents, long digit strings) goes
/// through `Double(String)`. `nil` for text that is not a JSON number.
enum MatrixNumber {
    private static let powers: [Double] = (0...22).map { k in (0..<k).reduce(1.0) { r, _ in r * 10 } }

    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
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
                return slow(bytes, start, end)
            }
            i += 1
        }
        guard sawDigit, digits <= 15, fraction <= 22 else { return slow(bytes, start, end) }
        let value = Double(mantissa) / powers[fraction]
        return negative ? -value : value
    }

    private static func slow(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        guard let first = text.utf8.first, first == UInt8(ascii: "-") || (first >= 0x30 && first <= 0x39),
              let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
