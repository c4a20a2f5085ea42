/// A plan export that could not be completed: which file, and why. The folder keeps its previous
/// files (the set is swapped in whole, see ``OutputSet``).
public struct PlanExportError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): cannot write (\(reason))" }
}
