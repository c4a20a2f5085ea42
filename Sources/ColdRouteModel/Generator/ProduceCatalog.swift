/// The produce of a generated county: the products, which of them a valley grows, and each
/// village station's supply, hours and low-income households.
enum ProduceCatalog {
    /// The four products of the demo county (shelf lives in minutes, ambient / refrigerated).
    static let all = [
        Product(id: "mulberry", name: "Mulberry", shelfLifeAmbient: Minutes(120), shelfLifeRefrigerated: Minutes(360),
                valuePerKg: Yuan(14)),
        Product(id: "shiitake", name: "Fresh shiitake mushroom", shelfLifeAmbient: Minutes(180),
                shelfLifeRefrigerated: Minutes(480), valuePerKg: Yuan(12)),
        Product(id: "peach", name: "Peach", shelfLifeAmbient: Minutes(240), shelfLifeRefrigerated: Minutes(600),
                valuePerKg: Yuan(6.5)),
        Product(id: "kiwi", name: "Kiwifruit", shelfLifeAmbient: Minutes(600), shelfLifeRefrigerated: Minutes(1440),
                valuePerKg: Yuan(7)),
    ]

    /// One season's products: early summer (mulberry, shiitake, peach), autumn (shiitake, peach,
    /// kiwifruit) or the demo county's stylised year (all four), equally likely.
    static func season(using rng: inout some RandomNumberGenerator) -> [Product] {
        switch rng.integer(0...2) {
        case 0: Array(all[0...2])
        case 1: Array(all[1...3])
        default: all
        }
    }

    /// What one valley grows: per product, the chance a village grows it and its kg/day range.
    struct Mix {
        var entries: [(product: Product.ID, chance: Double, kg: ClosedRange<Int>)]
    }

    /// Remote valleys grow mostly mulberries and shiitake, easy ones peaches and kiwifruit; each
    /// valley has a speciality that every other village grows.
    static func mix(remote: Bool, season: [Product], using rng: inout some RandomNumberGenerator) -> Mix {
        let base: [(Product.ID, Double, ClosedRange<Int>)] = remote
            ? [("shiitake", 0.8, 150...1000), ("mulberry", 0.65, 100...600), ("kiwi", 0.25, 200...900), ("peach", 0.2, 200...800)]
            : [("peach", 0.65, 300...2000), ("kiwi", 0.6, 500...2600), ("mulberry", 0.25, 100...500), ("shiitake", 0.2, 100...500)]
        let grown = Set(season.map(\.id))
        var entries = base.filter { grown.contains($0.0) }.map { (product: $0.0, chance: $0.1, kg: $0.2) }
        let speciality = rng.integer(0...(entries.count - 1))
        entries[speciality].chance = max(entries[speciality].chance, 0.5)
        entries.swapAt(0, speciality)
        return Mix(entries: entries)
    }

    /// A village station (id, name and location are filled in by the caller): up to three products
    /// from the valley's mix (at least its speciality), ready 05:30–08:00, a pickup window of 3–6
    /// hours (at least 5 in remote valleys, where pickups come from afar), and low-income households
    /// 0–20, or 25–80 in remote valleys.
    static func village(remote: Bool, mix: Mix, using rng: inout some RandomNumberGenerator) -> Village {
        var supply: [Product.ID: Kilograms] = [:]
        for entry in mix.entries where supply.count < 3 && rng.chance(entry.chance) {
            supply[entry.product] = Kilograms(Double(rng.integer(entry.kg) / 10 * 10))
        }
        if supply.isEmpty, let first = mix.entries.first {
            supply[first.product] = Kilograms(Double(rng.integer(first.kg) / 10 * 10))
        }
        let ready = 330 + 10 * rng.integer(0...15)
        let start = ready + rng.pick([0, 0, 10, 20, 30])
        var end = start + rng.pick([180, 210, 240, 270, 300, 330, 360])
        if remote { end = max(end, start + 300) }
        return Village(
            id: "", name: PlaceNames.village(using: &rng), location: Coordinate(x: 0, y: 0), supply: supply,
            readyTime: Minutes(Double(ready)), pickupStart: Minutes(Double(start)), pickupEnd: Minutes(Double(end)),
            serviceTime: Minutes(Double(rng.pick([10, 15, 15, 20, 25]))),
            lowIncomeHouseholds: remote ? rng.integer(25...80) : rng.integer(0...20))
    }
}
