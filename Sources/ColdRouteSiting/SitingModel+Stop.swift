import ColdRouteModel

/// Building the siting model under a stop request (issue 11, "No hangs").
extension SitingModel {
    /// Thrown inside the build when `shouldContinue` said no; never leaves this module.
    struct Stopped: Error {}

    /// As ``init(instance:options:)``, polling `shouldContinue` about every thousand variables or
    /// rows (on a 2,000-village county the model has some 275,000 columns and 138,000 rows, a few
    /// tenths of a second in a release build); `nil` as soon as it says no. A caller then has no
    /// plan at once (``SitingPlan/notRun(network:message:)``), as for a stop while the instance is
    /// compiled (``SitingInstance/compiled(network:travel:shouldContinue:)``).
    ///
    /// - Throws: ``SitingError`` as ``init(instance:options:)``.
    public static func built(
        instance: SitingInstance, options: SitingOptions, shouldContinue: () -> Bool
    ) throws -> SitingModel? {
        do {
            return try SitingModel(instance: instance, options: options, reducedBy: nil, shouldContinue: shouldContinue)
        } catch is Stopped {
            return nil
        }
    }
}
