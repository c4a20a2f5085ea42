import Foundation

/// A result of `coldroute bench …`: one line of JSON per instance, read by the scripts in
/// `Benchmarks/` (keys sorted; `null` for a missing value; seconds as measured). Non-finite
/// numbers are written as the strings `"Infinity"`, `"-Infinity"` and `"NaN"`, which Python's
/// `float()` reads, so encoding cannot fail.
public protocol JSONLineRecord: Encodable {}

extension JSONLineRecord {
    public var jsonLine: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "Infinity", negativeInfinity: "-Infinity", nan: "NaN")
        // Strings, integers, Booleans, arrays and (non-finite as strings) doubles always encode.
        return String(decoding: try! encoder.encode(self), as: UTF8.self)
    }
}
