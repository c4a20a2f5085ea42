/// The allowed pairs of an instance grouped by facility (the transpose of the customer-major rows).
///
/// `columnStart[j]..<columnStart[j+1]` indexes facility `j`'s pairs in ``customer``, ``cost`` and
/// ``pair`` (the pair's index in the instance's customer-major arrays). Built once in O(pairs).
struct FacilityColumns: Sendable {
    let columnStart: [Int]
    let customer: [Int]
    let cost: [Double]
    let pair: [Int]

    init(_ instance: FacilityLocationInstance) {
        let m = instance.facilityCount
        var counts = [Int](repeating: 0, count: m + 1)
        for j in instance.pairFacility { counts[j + 1] += 1 }
        for j in 0..<m { counts[j + 1] += counts[j] }
        var next = counts
        var customer = [Int](repeating: 0, count: instance.pairCount)
        var cost = [Double](repeating: 0, count: instance.pairCount)
        var pair = [Int](repeating: 0, count: instance.pairCount)
        for i in 0..<instance.customerCount {
            for p in instance.pairs(ofCustomer: i) {
                let j = instance.pairFacility[p]
                let slot = next[j]
                next[j] += 1
                customer[slot] = i
                cost[slot] = instance.pairCost[p]
                pair[slot] = p
            }
        }
        columnStart = counts
        self.customer = customer
        self.cost = cost
        self.pair = pair
    }

    @inlinable func pairs(ofFacility j: Int) -> Range<Int> { columnStart[j]..<columnStart[j + 1] }
}
