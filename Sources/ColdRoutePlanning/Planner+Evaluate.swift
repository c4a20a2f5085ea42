import ColdRouteModel
import ColdRouteSiting

extension Planner {
    /// Checks pickup routes made elsewhere (a route sheet or a VROOM solution, read into
    /// ``RouteSchedule``s) against `network`: the entry point of `coldroute evaluate`, beside
    /// ``plan(network:request:progress:stop:travel:)`` for `plan` and `compare`.
    ///
    /// The schedules become a ``PickupPlan`` with the same travel model `plan` uses (the road
    /// model, or `travel` over an imported matrix), and ``PickupPlanChecker`` evaluates it with the
    /// rules a plan of ColdRoute's own must pass, plus those a siting plan would have guaranteed
    /// (``PickupPlanChecker/evaluate(_:network:travel:timeTolerance:)``). So a plan `plan` wrote and
    /// `evaluate` read back collects exactly the kilograms `plan` called collected.
    ///
    /// - Parameter timeTolerance: the resolution of the file's times (1 min for `HH:MM`, 1 s for
    ///   VROOM seconds).
    public static func evaluate(
        _ schedules: [RouteSchedule], network: CountyNetwork, travel: TravelModel? = nil,
        timeTolerance: Minutes = Minutes(1e-6)
    ) -> (plan: PickupPlan, evaluation: PlanEvaluation) {
        let travel = travel ?? TravelModel(network: network)
        let plan = PickupPlan(schedules: schedules, network: network, travel: travel)
        return (plan, PickupPlanChecker.evaluate(plan, network: network, travel: travel, timeTolerance: timeTolerance))
    }
}
