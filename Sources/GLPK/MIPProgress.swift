/// A snapshot of a running branch-and-cut search, passed to
/// ``SolveOptions/progress``.
///
/// Objective values are in the model's own sense (a maximization reports
/// its objective, not a negated one) and include the objective constant.
public struct MIPProgress: Sendable, CustomStringConvertible {
    /// Objective of the best integer solution so far, if any.
    public let incumbent: Double?
    /// Best bound on the optimum, once the root relaxation is solved.
    public let bound: Double?
    /// Relative gap `|incumbent - bound| / (|incumbent| + ε)`, with an incumbent.
    public let relativeGap: Double?
    /// Time since the solve call began.
    public let elapsed: Duration
    /// Nodes created so far.
    public let nodes: Int
    /// Nodes still waiting to be explored.
    public let activeNodes: Int
    /// Whether this report was triggered by a better incumbent.
    public let isNewIncumbent: Bool

    /// Creates a snapshot (public for tests and adapters).
    public init(
        incumbent: Double?, bound: Double?, relativeGap: Double?, elapsed: Duration,
        nodes: Int, activeNodes: Int, isNewIncumbent: Bool
    ) {
        self.incumbent = incumbent
        self.bound = bound
        self.relativeGap = relativeGap
        self.elapsed = elapsed
        self.nodes = nodes
        self.activeNodes = activeNodes
        self.isNewIncumbent = isNewIncumbent
    }

    /// One line, e.g. "12.3 s  nodes 4521 (130 active)  incumbent 1805  bound 1790  gap 0.83%".
    public var description: String {
        var parts = [
            "\(Self.format(elapsed.inSeconds)) s",
            "nodes \(nodes) (\(activeNodes) active)",
        ]
        parts.append("incumbent " + (incumbent.map(Self.format) ?? "none"))
        if let bound { parts.append("bound \(Self.format(bound))") }
        if let relativeGap { parts.append("gap \(Self.format(relativeGap * 100))%") }
        return parts.joined(separator: "  ")
    }

    private static func format(_ x: Double) -> String {
        let rounded = (x * 1000).rounded() / 1000
        return rounded == rounded.rounded() && abs(rounded) < 1e15
            ? String(Int64(rounded)) : String(rounded)
    }
}
