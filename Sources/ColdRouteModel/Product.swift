/// A kind of fresh produce, with how long it keeps before it is cooled.
public struct Product: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Product>
    public var id: ID
    public var name: String
    /// Longest time from pickup at a village to arrival at a cold store on an ambient vehicle.
    public var shelfLifeAmbient: Minutes
    /// The same on a refrigerated vehicle (never shorter than ambient).
    public var shelfLifeRefrigerated: Minutes
    /// Market value, used to price produce that is not covered (spoilage).
    public var valuePerKg: Yuan

    public init(id: ID, name: String, shelfLifeAmbient: Minutes, shelfLifeRefrigerated: Minutes, valuePerKg: Yuan) {
        self.id = id
        self.name = name
        self.shelfLifeAmbient = shelfLifeAmbient
        self.shelfLifeRefrigerated = shelfLifeRefrigerated
        self.valuePerKg = valuePerKg
    }

    /// The shelf life before cooling for one temperature class of vehicle.
    public func shelfLife(refrigerated: Bool) -> Minutes {
        refrigerated ? shelfLifeRefrigerated : shelfLifeAmbient
    }
}
