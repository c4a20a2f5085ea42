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
    static let fields = [
        "roads[0].travelMin", "roads[0].lengthKm", "villages[0].x", "defaultSpeedKmh", "circuityFactor",
        "products[0].shelfLifeRefrigeratedMin", "vehicleTypes[0].capacityKg", "vehicleTypes[0].maxShiftMin",
        "villages[0].supply.peach", "vehicleTypes[0].count", "depots[0].openingCostPerDay",
    ]

    static func change(_ k: Int, _ n: inout CountyNetwork) {
        switch k {
        case 0: n.roads[0].travelTime = Minutes(1e19)
        case 1: n.roads[0].length = Kilometres(1e19)
        case 2: n.villages[0].location.x = 1e200
        case 3: n.defaultSpeedKmh = 1e-300
        case 4: n.circuityFactor = 1e308
        case 5: n.products[0].shelfLifeRefrigerated = Minutes(1e19)
        case 6: n.vehicleTypes[0].capacity = Kilograms(1e19)
        case 7: n.vehicleTypes[0].maxShift = Minutes(1e19)
        case 8: n.villages[0].supply["peach"] = Kilograms(1e19)
        case 9: n.vehicleTypes[0].count = 1 << 62
        default: n.depots[0].openingCostPerDay = Yuan(1e300)
        }
    }

    /// Each value of issue 11 that `validate` accepted and a later step trapped on is now an error
    /// naming the field.
    @Test("issue 11 values are validation errors naming the field", arguments: fields.indices)
    func outOfRange(_ k: Int) {
        var network = Networks.fiveNodes()
        Self.change(k, &network)
        let errors = network.validate().filter(\.isError).map(\.description)
        #expect(errors.contains { $0.hasPrefix(Self.fields[k] + ": must be") }, "\(errors)")
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
