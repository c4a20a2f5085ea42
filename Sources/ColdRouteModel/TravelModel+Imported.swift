extension TravelModel {
    /// The travel model of `network` whose legs are the entries of `matrix`.
    ///
    /// Rows are matched to places by id; the matrix may hold more places than the network (say a
    /// whole county's matrix for a region), but every village, depot and agency needs a row, else
    /// ``TravelMatrixMismatch`` names the first that has none (villages, depots, agencies in array
    /// order). Junctions need none. Where the matrix has no kilometres, a leg's distance is the
    /// straight-line distance times ``CountyNetwork/circuityFactor`` (its time is still the matrix's).
    ///
    /// Complexity: O(places + matrix ids); the matrix is shared, not copied.
    public init(network: CountyNetwork, matrix: ImportedMatrix) throws(TravelMatrixMismatch) {
        var row: [String: Int32] = [:]
        row.reserveCapacity(matrix.count)
        for (i, id) in matrix.ids.enumerated() where row[id] == nil { row[id] = Int32(i) }
        var rows: [Int32] = []
        for place in network.allPlaces {
            let id = network.id(of: place)
            if case .junction = place {
                rows.append(row[id] ?? -1)
            } else if let r = row[id] {
                rows.append(r)
            } else {
                throw TravelMatrixMismatch(placeID: id, source: matrix.source)
            }
        }
        self.init(network: network, imported: matrix, rows: rows)
    }

    /// The travel model of `sub`, a network built from this model's network (a region, or the
    /// network with some depots turned into junctions): with a matrix, the same matrix matched to
    /// `sub`'s places by id; otherwise `TravelModel(network: sub)`.
    public func restricted(to sub: CountyNetwork) -> TravelModel {
        guard let imported else { return TravelModel(network: sub) }
        // Every place of `sub` comes from the original network, so each has a row (or is a junction).
        do { return try TravelModel(network: sub, matrix: imported) } catch {
            preconditionFailure("a sub-network has a place its network does not: \(error)")
        }
    }

    /// The matrix entry between two nodes; `nil` for a `null` cell or a node without a row.
    func matrixLeg(_ matrix: ImportedMatrix, _ a: Int, _ b: Int) -> Leg? {
        if a == b { return .zero }
        let ra = Int(matrixRow[a]), rb = Int(matrixRow[b])
        guard ra >= 0, rb >= 0 else { return nil }
        let cell = ra * matrix.count + rb
        let minutes = matrix.minutes[cell]
        guard minutes.isFinite else { return nil }
        if let km = matrix.kilometres?[cell] { return km.isFinite ? Leg(time: Minutes(minutes), distance: Kilometres(km)) : nil }
        let km = locations[a].distance(to: locations[b], in: coordinateSystem).value * circuityFactor
        return Leg(time: Minutes(minutes), distance: Kilometres(km))
    }
}
