/// A linear or mixed-integer program, described in pure Swift.
///
/// The model is a value: build it with ``addVariable(_:bounds:cost:kind:)`` and
/// ``addConstraint(_:_:_:)``, then pass it to ``Solver/solve(_:options:)``,
/// which creates a GLPK problem, solves it and deletes it within one
/// synchronous call. Nothing here touches GLPK, so a model can be built on
/// any thread and sent across concurrency domains.
///
/// ```
/// minimize / maximize   Σ_j cost[j]·x[j] + objectiveConstant
/// subject to            lower[i] ≤ Σ_j a[i][j]·x[j] ≤ upper[i]   (each constraint i)
///                       lower[j] ≤ x[j] ≤ upper[j]               (each variable j)
///                       x[j] integer                             (j integer or binary)
/// ```
///
/// Adding is cheap and never fails; all checks (NaN or infinite numbers,
/// `lower > upper`, handles from another model, an empty model) happen in
/// ``validate()``, which the solver and the file writers call first. Repeated
/// variables within one constraint are merged by adding their coefficients.
/// Storage is struct-of-arrays with the constraint matrix row-compressed, so
/// memory is O(variables + constraints + terms).
public struct LinearModel: Sendable {
    /// Whether the objective is minimized or maximized.
    public enum Sense: Sendable, Hashable {
        case minimize, maximize
    }

    /// The domain of a variable.
    public enum Kind: Sendable, Hashable {
        /// Any real value within the bounds.
        case continuous
        /// An integer value within the bounds.
        case integer
        /// 0 or 1: an integer whose bounds are intersected with `[0, 1]`.
        case binary
    }

    /// A typed handle to a variable (column); `index` counts from 0.
    public struct Variable: Hashable, Sendable, Comparable {
        /// Position of the variable in the model, from 0.
        public let index: Int

        init(index: Int) { self.index = index }

        public static func < (a: Variable, b: Variable) -> Bool { a.index < b.index }
    }

    /// A typed handle to a constraint (row); `index` counts from 0.
    public struct Constraint: Hashable, Sendable, Comparable {
        /// Position of the constraint in the model, from 0.
        public let index: Int

        init(index: Int) { self.index = index }

        public static func < (a: Constraint, b: Constraint) -> Bool { a.index < b.index }
    }

    /// The model's name, used in log output and written files.
    public var name: String
    /// Whether the objective is minimized or maximized.
    public var sense: Sense
    /// A constant added to the objective.
    public var objectiveConstant: Double = 0

    var variableNames: [String] = []
    var variableBounds: [Bounds] = []
    var costs: [Double] = []
    var kinds: [Kind] = []
    var constraintNames: [String] = []
    var constraintBounds: [Bounds] = []
    /// Row-compressed terms: row `i` owns `termColumns[rowStart[i] ..< rowStart[i + 1]]`.
    var rowStart: [Int] = [0]
    var termColumns: [Int] = []
    var termValues: [Double] = []

    /// Creates an empty model.
    public init(name: String = "model", sense: Sense = .minimize) {
        self.name = name
        self.sense = sense
    }

    /// The number of variables (columns).
    public var variableCount: Int { costs.count }

    /// The number of constraints (rows).
    public var constraintCount: Int { constraintBounds.count }

    /// The number of constraint terms as added (before merging repeats).
    public var termCount: Int { termValues.count }

    /// Whether any variable is integer or binary (the model is then a MIP).
    public var hasIntegerVariables: Bool { kinds.contains { $0 != .continuous } }

    /// All variable handles in index order.
    public var variables: [Variable] { (0 ..< variableCount).map(Variable.init(index:)) }

    /// All constraint handles in index order.
    public var constraints: [Constraint] { (0 ..< constraintCount).map(Constraint.init(index:)) }

    /// Adds a variable and returns its handle. O(1) amortized.
    ///
    /// - Parameters:
    ///   - name: A name for log output and files; sanitized on export.
    ///   - bounds: Its domain; nonnegative by default.
    ///   - cost: Its objective coefficient.
    ///   - kind: Continuous, integer or binary.
    @discardableResult
    public mutating func addVariable(
        _ name: String, bounds: Bounds = .lower(0), cost: Double = 0, kind: Kind = .continuous
    ) -> Variable {
        variableNames.append(name)
        variableBounds.append(bounds)
        costs.append(cost)
        kinds.append(kind)
        return Variable(index: costs.count - 1)
    }

    /// Adds the constraint `bounds ∋ Σ coefficient·variable` and returns its
    /// handle. O(terms) amortized.
    @discardableResult
    public mutating func addConstraint(
        _ name: String, _ terms: some Sequence<(Variable, Double)>, _ bounds: Bounds
    ) -> Constraint {
        for (variable, coefficient) in terms {
            termColumns.append(variable.index)
            termValues.append(coefficient)
        }
        rowStart.append(termValues.count)
        constraintNames.append(name)
        constraintBounds.append(bounds)
        return Constraint(index: constraintBounds.count - 1)
    }

    /// The name given to `variable`.
    public func name(of variable: Variable) -> String { variableNames[variable.index] }
    /// The bounds of `variable`.
    public func bounds(of variable: Variable) -> Bounds { variableBounds[variable.index] }
    /// The objective coefficient of `variable`.
    public func cost(of variable: Variable) -> Double { costs[variable.index] }
    /// The kind of `variable`.
    public func kind(of variable: Variable) -> Kind { kinds[variable.index] }

    /// Replaces the bounds of `variable`.
    public mutating func setBounds(_ bounds: Bounds, of variable: Variable) {
        variableBounds[variable.index] = bounds
    }

    /// Replaces the objective coefficient of `variable`.
    public mutating func setCost(_ cost: Double, of variable: Variable) {
        costs[variable.index] = cost
    }

    /// Replaces the kind of `variable`.
    public mutating func setKind(_ kind: Kind, of variable: Variable) {
        kinds[variable.index] = kind
    }

    /// The name given to `constraint`.
    public func name(of constraint: Constraint) -> String { constraintNames[constraint.index] }
    /// The bounds of `constraint`'s activity.
    public func bounds(of constraint: Constraint) -> Bounds { constraintBounds[constraint.index] }

    /// Replaces the bounds of `constraint`'s activity.
    public mutating func setBounds(_ bounds: Bounds, of constraint: Constraint) {
        constraintBounds[constraint.index] = bounds
    }

    /// The terms of `constraint` as added (repeats not merged).
    public func terms(of constraint: Constraint) -> [(Variable, Double)] {
        termRange(constraint.index).map { (Variable(index: termColumns[$0]), termValues[$0]) }
    }

    /// Positions in `termColumns`/`termValues` belonging to row `row`.
    func termRange(_ row: Int) -> Range<Int> { rowStart[row] ..< rowStart[row + 1] }
}
