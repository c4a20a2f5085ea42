/// Sizes the generator cannot work with.
public struct NetworkGeneratorError: Error, Hashable, Sendable, CustomStringConvertible {
    public let description: String

    init(_ description: String) { self.description = description }
}
