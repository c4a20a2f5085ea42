extension LinearModel {
    /// The objective value of `values` (one per variable), constant included.
    ///
    /// - Precondition: `values.count == variableCount`.
    public func objectiveValue(at values: [Double]) -> Double {
        precondition(values.count == variableCount, "expected \(variableCount) values")
        var total = objectiveConstant
        for j in 0 ..< values.count where costs[j] != 0 { total += costs[j] * values[j] }
        return total
    }

    /// The activity `Σ a·x` of `constraint` at `values`.
    ///
    /// - Precondition: `values.count == variableCount`.
    public func activity(of constraint: Constraint, at values: [Double]) -> Double {
        precondition(values.count == variableCount, "expected \(variableCount) values")
        return termRange(constraint.index).reduce(0) { $0 + termValues[$1] * values[termColumns[$1]] }
    }

    /// Whether `values` meets every bound, constraint and integrality
    /// requirement within `tolerance` (relative to each bound's magnitude).
    public func isFeasible(_ values: [Double], tolerance: Double = 1e-6) -> Bool {
        firstViolation(in: values, tolerance: tolerance) == nil
    }

    /// A description of the first requirement `values` breaks, or `nil`.
    ///
    /// Checks, in order: the count, finiteness, variable bounds (binaries
    /// within `[0, 1]`), integrality, then each constraint. O(variables + terms).
    func firstViolation(in values: [Double], tolerance: Double) -> String? {
        guard values.count == variableCount else {
            return "has \(values.count) values for \(variableCount) variables"
        }
        for j in 0 ..< variableCount {
            let x = values[j]
            let label = "variable \(j) '\(variableNames[j])'"
            guard x.isFinite else { return "gives \(label) the value \(x)" }
            var bounds = variableBounds[j]
            if kinds[j] == .binary { bounds = bounds.intersected(with: .range(0, 1)) }
            guard bounds.contains(x, tolerance: tolerance) else {
                return "puts \(label) = \(x) outside its bounds \(bounds)"
            }
            if kinds[j] != .continuous, abs(x - x.rounded()) > tolerance {
                return "gives integer \(label) the fractional value \(x)"
            }
        }
        for i in 0 ..< constraintCount {
            let constraint = Constraint(index: i)
            let value = activity(of: constraint, at: values)
            guard constraintBounds[i].contains(value, tolerance: tolerance) else {
                return "violates constraint \(i) '\(constraintNames[i])': activity \(value)"
                    + " outside \(constraintBounds[i])"
            }
        }
        return nil
    }
}
