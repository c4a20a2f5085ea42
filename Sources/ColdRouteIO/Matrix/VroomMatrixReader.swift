import ColdRouteModel

/// Reads the `matrices` object of a VROOM problem (or a file holding only that object).
///
/// `{"matrices": {"car": {"durations": [[s]], "distances": [[m]]}}}`: one entry per vehicle
/// profile, integer seconds and metres, places in the ``MatrixPlaces`` order. The profile read is
/// `profile` when given, else `car` when present, else the only one (several without `car` is an
/// error naming them). VROOM's older top-level `matrix` (durations only) is read too.
enum VroomMatrixReader {
    static func read(_ root: MatrixJSON, file: String, places: MatrixPlaces, profile: String?) throws(InputError) -> ImportedMatrix {
        let table = MatrixTable(file: file, count: places.count)
        if root["matrices"] == nil, let legacy = root["matrix"] {
            let minutes = try table.read(legacy, path: "matrix", scale: 1.0 / 60)
            return ImportedMatrix(ids: places.ids, minutes: minutes, kilometres: nil, source: "VROOM matrix \(file)")
        }
        guard case .object(let profiles) = root["matrices"] ?? .null, !profiles.isEmpty else {
            throw InputError(file: file, location: .jsonPath("matrices"), message: "must be an object with one entry per vehicle profile")
        }
        let name: String
        if let profile {
            guard profiles.contains(where: { $0.key == profile }) else {
                throw InputError(file: file, location: .jsonPath("matrices"),
                                 message: "has no profile \(profile) (has \(profiles.map(\.key).joined(separator: ", ")))")
            }
            name = profile
        } else if profiles.contains(where: { $0.key == "car" }) {
            name = "car"
        } else if profiles.count == 1 {
            name = profiles[0].key
        } else {
            throw InputError(file: file, location: .jsonPath("matrices"),
                             message: "has several profiles (\(profiles.map(\.key).joined(separator: ", "))) and none is car: name one")
        }
        let chosen = root["matrices"]![name]!
        let minutes = try table.read(chosen["durations"], path: "matrices.\(name).durations", scale: 1.0 / 60)
        let km = try chosen["distances"].map { (v) throws(InputError) in
            try table.read(v, path: "matrices.\(name).distances", scale: 1.0 / 1000)
        }
        return ImportedMatrix(ids: places.ids, minutes: minutes, kilometres: km, source: "VROOM matrices.\(name) \(file)")
    }
}
