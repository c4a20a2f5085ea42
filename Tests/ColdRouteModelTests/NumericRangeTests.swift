import ColdRouteModel
import Testing

@Suite("Checked conversions and field ranges")
struct NumericRangeTests {
    @Test("Int(checked:) refuses what Int(_:) would trap on")
    func checked() {
        #expect(Int(checked: 2.5) == 3)
        #expect(Int(checked: 2.5, rounding: .down) == 2)
        #expect(Int(checked: -0.0) == 0)
        #expect(Int(checked: 1e18) == 1_000_000_000_000_000_000)
        for bad in [Double.nan, .infinity, -.infinity, 1e19, -1e19, 9_223_372_036_854_775_808.0, 1e300] {
            #expect(Int(checked: bad) == nil, "\(bad)")
        }
        #expect(Int(checked: -9_223_372_036_854_775_808.0) == Int.min)
    }

    @Test("Int(saturating:) clamps and maps NaN to 0")
    func saturating() {
        #expect(Int(saturating: 1e300) == Int.max)
        #expect(Int(saturating: -.infinity) == Int.min)
        #expect(Int(saturating: .nan) == 0)
        #expect(Int(saturating: 7.4) == 7)
        #expect(Int(saturating: 7.2, rounding: .up) == 8)
        #expect(Int64(saturating: 1e16 * 1000) == Int64.max)
    }

    /// Each value of issue 11 that `validate` accepted and a later step trapped on is now an error
    /// naming the field.
    @Test("issue 11 values are validation errors naming the field", arguments: [
        ("roads[0].travelMin", { (n: inout CountyNetwork) in n.roads[0].travelTime = Minutes(1e19) }),
        ("roads[0].lengthKm", { (n: inout CountyNetwork) in n.roads[0].length = Kilometres(1e19) }),
        ("villages[0].x", { (n: inout CountyNetwork) in n.villages[0].location.x = 1e200 }),
        ("defaultSpeedKmh", { (n: inout CountyNetwork) in n.defaultSpeedKmh = 1e-300 }),
        ("circuityFactor", { (n: inout CountyNetwork) in n.circuityFactor = 1e308 }),
        ("products[0].shelfLifeRefrigeratedMin", { (n: inout CountyNetwork) in n.products[0].shelfLifeRefrigerated = Minutes(1e19) }),
        ("vehicleTypes[0].capacityKg", { (n: inout CountyNetwork) in n.vehicleTypes[0].capacity = Kilograms(1e19) }),
        ("vehicleTypes[0].maxShiftMin", { (n: inout CountyNetwork) in n.vehicleTypes[0].maxShift = Minutes(1e19) }),
        ("villages[0].supply.peach", { (n: inout CountyNetwork) in n.villages[0].supply["peach"] = Kilograms(1e19) }),
        ("vehicleTypes[0].count", { (n: inout CountyNetwork) in n.vehicleTypes[0].count = 1 << 62 }),
        ("depots[0].openingCostPerDay", { (n: inout CountyNetwork) in n.depots[0].openingCostPerDay = Yuan(1e300) }),
    ] as [(String, @Sendable (inout CountyNetwork) -> Void)])
    func outOfRange(field: String, change: @Sendable (inout CountyNetwork) -> Void) {
        var network = Networks.fiveNodes()
        change(&network)
        let errors = network.validate().filter(\.isError).map(\.description)
        #expect(errors.contains { $0.hasPrefix(field + ": must be") }, "\(errors)")
    }

    @Test("the range limits themselves are accepted")
    func limitsAreInside() {
        var network = Networks.fiveNodes()
        network.villages[0].supply["peach"] = Kilograms(FieldLimits.kilograms.upperBound)
        network.depots[0].capacityPerDay = Kilograms(FieldLimits.kilograms.upperBound)
        network.roads[0].length = Kilometres(FieldLimits.kilometres.upperBound)
        network.vehicleTypes[0].maxShift = Minutes(FieldLimits.minutes.upperBound)
        network.circuityFactor = FieldLimits.circuity.upperBound
        #expect(network.validate().filter(\.isError).isEmpty, "\(network.validate())")
    }

    @Test("a network no produce can take to an express agency is invalid")
    func noAgencyReachable() {
        var network = Networks.minimal()
        network.agencies = []
        #expect(network.validate().map(\.description).contains("agencies: there must be at least one express agency"))
        network = Networks.minimal()
        network.agencies[0].cutoff = Minutes(300)   // 05:00, the depot opens at 06:00
        #expect(network.validate().map(\.description).contains { $0.hasPrefix("agencies.cutoff: no produce can reach an express agency") })
    }
}
