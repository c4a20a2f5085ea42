/// A plan export that could not be completed: which file, and why. Files written before it are
/// complete (each is written atomically); the named one keeps its previous content, if any.
public struct PlanExportError: Error, CustomStringConvertible, Sendable {
    public let path: String
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): cannot write (\(reason))" }
}
