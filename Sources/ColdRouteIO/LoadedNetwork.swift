import ColdRouteModel

/// A network read from a file, with the warnings validation raised about it.
public struct LoadedNetwork: Sendable {
    /// The network, valid (``CountyNetwork/validate()`` found no errors).
    public var network: CountyNetwork
    /// Legal but probably unintended data (a village that supplies nothing, a vehicle type with count 0),
    /// each with its place in the file.
    public var warnings: [InputError]

    public init(network: CountyNetwork, warnings: [InputError] = []) {
        self.network = network
        self.warnings = warnings
    }
}

/// Maps a validation issue (table, row, field) to its place in the file(s) a network was read from.
protocol IssueLocator {
    func locate(_ issue: ValidationIssue) -> InputError
}

extension IssueLocator {
    /// Validates a freshly read network: throws its errors (at most ``InputError/problemLimit`` listed),
    /// or returns it with its warnings.
    func validated(_ network: CountyNetwork) throws(InputError) -> LoadedNetwork {
        let issues = network.validate()
        var errors = ProblemList()
        for issue in issues where issue.isError { errors.add(locate(issue)) }
        try errors.throwIfAny()
        return LoadedNetwork(network: network, warnings: issues.filter { !$0.isError }.map(locate))
    }
}
