import ColdRouteModel

/// The text form of a road's ``Road/shape`` in network files (JSON and CSV alike): points
/// `x y` (lon lat, or planar km) separated by `;`, in order from the road's `from` to its `to`,
/// ends excluded, e.g. `"108.5012 33.4987; 108.5040 33.4991"`.
enum RoadShape {
    struct Malformed: Error {
        let message: String
    }

    static func text(_ points: [Coordinate]) -> String {
        points.map { "\(NumberText.format($0.x)) \(NumberText.format($0.y))" }.joined(separator: ";")
    }

    /// The points of `text`; blank text is no shape.
    static func parse(_ text: String) -> Result<[Coordinate], Malformed> {
        var points: [Coordinate] = []
        for (k, part) in text.split(separator: ";", omittingEmptySubsequences: false).enumerated() {
            let numbers = part.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," })
            if numbers.isEmpty, text.allSatisfy({ $0 == " " || $0 == ";" }) { return .success([]) }
            guard numbers.count == 2, let x = Double(numbers[0]), let y = Double(numbers[1]), x.isFinite, y.isFinite,
                  abs(x) <= FieldLimits.planar.upperBound, abs(y) <= FieldLimits.planar.upperBound
            else {
                return .failure(Malformed(message: "point \(k + 1) must be two numbers 'x y' (points separated by ';'), got '\(part)'"))
            }
            points.append(Coordinate(x: x, y: y))
        }
        return .success(points)
    }
}
