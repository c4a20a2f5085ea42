extension VehicleType {
    /// The leg as this type drives it: the travel model's minutes times ``speedFactor``, the same
    /// kilometres. With the default factor 1 the leg is returned unchanged (bit for bit).
    ///
    /// Every stage that times a vehicle of this type goes through here: the siting arcs
    /// (`SitingInstance`), the routing instances (`PickupInstance`, one duration profile per
    /// factor) and the independent checkers (`SitingPlanChecker`, `PickupPlanChecker`), so a plan
    /// and its check use the same minutes.
    public func driving(_ leg: Leg) -> Leg {
        speedFactor == 1 ? leg : Leg(time: Minutes(leg.time.value * speedFactor), distance: leg.distance)
    }

    /// ``driving(_:)`` of a leg that may not exist (`nil` stays `nil`).
    public func driving(_ leg: Leg?) -> Leg? {
        leg.map { driving($0) }
    }
}
