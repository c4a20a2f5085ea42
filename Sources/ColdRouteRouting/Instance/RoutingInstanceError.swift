/// Misuse when compiling a ``RoutingInstance``: the message says which datum is wrong.
public struct RoutingInstanceError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ message: String) { description = message }
}
