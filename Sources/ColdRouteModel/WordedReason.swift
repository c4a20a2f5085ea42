/// A reason kept as data (ids, times, kilograms) that files for programs carry as its English
/// wording: `plan.json` and the VROOM `reason` hold ``description``, as they did when reasons were
/// strings, and a reason read back from a file is ``described(_:)``, shown as it was written. The
/// report layer words the data in the output language instead.
public protocol WordedReason: Codable, CustomStringConvertible {
    /// A reason read from a file, as it was written.
    static func described(_ text: String) -> Self
}

extension WordedReason {
    public init(from decoder: Decoder) throws {
        self = .described(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
