/// How numbers are written in network files and messages.
enum NumberText {
    /// Whole numbers without a decimal point (`1200`), others in Swift's shortest round-trip form
    /// (`0.06`, `1e-07`), which is valid JSON and reads back to the same `Double`.
    static func format(_ x: Double) -> String {
        if x.rounded() == x, abs(x) < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }
}
