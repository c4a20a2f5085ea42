import CGLPK

/// A validated, index-based copy of a ``LinearModel`` in GLPK's terms.
///
/// Compiling is the only place where a model is checked. It rejects what
/// GLPK would abort on or mis-solve (NaN or infinite numbers, `lower >
/// upper`, unknown variable handles, an empty model, sizes beyond `Int32`),
/// merges repeated variables within a row (coefficients add up), drops zero
/// coefficients, tightens integer bounds to integers and sanitizes names
/// (see ``NameSanitizer``). O(variables + constraints + terms).
///
/// For file export two rewrites keep files faithful to the model for every
/// reader: a nonzero objective constant becomes a column `obj_constant`
/// fixed at 1 (GLPK's LP writer drops constants into a comment), and for
/// free MPS, which has no standard way to say "maximize" that GLPK reads,
/// a maximization is written as minimizing the negated objective.
struct CompiledModel {
    /// What the compiled model is for.
    enum Purpose { case solve, exportLP, exportMPS }

    var name: String
    var maximize: Bool
    var constant: Double
    var columnNames: [String] = []
    var columnBounds: [GLPKBounds] = []
    var costs: [Double] = []
    var isInteger: [Bool] = []
    var rowNames: [String] = []
    var rowBounds: [GLPKBounds] = []
    /// Row `i` owns `columns[rowStart[i] ..< rowStart[i + 1]]` (0-based columns).
    var rowStart: [Int] = [0]
    var columns: [Int32] = []
    var values: [Double] = []
    /// Set when some integer variable has no integer value in its bounds.
    var emptyIntegerDomain: String?

    var columnCount: Int { costs.count }
    var rowCount: Int { rowBounds.count }
    var integerCount: Int { isInteger.lazy.filter { $0 }.count }

    /// An empty problem, the target of reading a file.
    static let empty = CompiledModel(name: "empty")

    private init(name: String) {
        self.name = name
        maximize = false
        constant = 0
    }

    /// Name of the export-only column that carries the objective constant.
    static let constantColumnName = "obj_constant"

    /// Validates and converts `model`.
    ///
    /// `shouldStop` (``SolveOptions/shouldStop``) is asked between the stages and about every
    /// 4,096 names: naming 370,000 columns and 230,000 rows took seconds on a loaded machine.
    ///
    /// - Throws: ``GLPKError`` of kind `.invalidModel` naming the first problem;
    ///   ``GLPKSession/StopRequested`` when `shouldStop` said stop.
    init(_ model: LinearModel, purpose: Purpose, shouldStop: (() -> Bool)? = nil) throws {
        let n = model.variableCount, m = model.constraintCount
        guard n > 0 else { throw GLPKError.invalidModel("the model has no variables") }
        guard n < Int(Int32.max) - 1, m < Int(Int32.max) - 1, model.termCount < Int(Int32.max) - 1
        else { throw GLPKError.invalidModel("the model is too large for GLPK (Int32 indices)") }
        guard model.objectiveConstant.isFinite else {
            throw GLPKError.invalidModel("the objective constant is \(model.objectiveConstant)")
        }
        name = NameSanitizer.clean(model.name).isEmpty ? "model" : NameSanitizer.clean(model.name)
        maximize = model.sense == .maximize
        constant = model.objectiveConstant
        let stop = shouldStop ?? { false }
        try compileColumns(model, purpose: purpose, shouldStop: stop)
        if stop() { throw GLPKSession.StopRequested() }
        try compileRows(model, shouldStop: stop)
        if stop() { throw GLPKSession.StopRequested() }
        try compileTerms(model)
        if purpose != .solve { rewriteForExport(purpose) }
    }

    private mutating func compileColumns(_ model: LinearModel, purpose: Purpose, shouldStop: () -> Bool) throws {
        guard let names = NameSanitizer.columnNames(model.variableNames, shouldStop: shouldStop) else {
            throw GLPKSession.StopRequested()
        }
        columnNames = names
        for j in 0 ..< model.variableCount {
            let label = "variable \(j) '\(model.variableNames[j])'"
            guard model.costs[j].isFinite else {
                throw GLPKError.invalidModel("\(label) has cost \(model.costs[j])")
            }
            var bounds = try GLPKBounds(model.variableBounds[j], what: label)
            let kind = model.kinds[j]
            if kind == .binary {
                let lower = Swift.max(model.variableBounds[j].lowerBound, 0)
                let upper = Swift.min(model.variableBounds[j].upperBound, 1)
                bounds = lower <= upper
                    ? try GLPKBounds(.range(lower, upper), what: label)
                    : GLPKBounds(type: GLP_DB, lower: 1, upper: 0)
            }
            if kind != .continuous {
                if bounds.type == GLP_DB, bounds.lower > bounds.upper {
                    try noteEmptyDomain(label, model.variableBounds[j], purpose)
                } else if let integral = bounds.integral() {
                    bounds = integral
                } else {
                    try noteEmptyDomain(label, model.variableBounds[j], purpose)
                }
            }
            columnBounds.append(bounds)
            costs.append(model.costs[j])
            isInteger.append(kind != .continuous)
        }
    }

    private mutating func noteEmptyDomain(
        _ label: String, _ bounds: LinearModel.Bounds, _ purpose: Purpose
    ) throws {
        let reason = "\(label) is integer but no integer lies in its bounds \(bounds)"
        guard purpose == .solve else { throw GLPKError.invalidModel(reason) }
        if emptyIntegerDomain == nil { emptyIntegerDomain = reason }
    }

    private mutating func compileRows(_ model: LinearModel, shouldStop: () -> Bool) throws {
        guard let names = NameSanitizer.rowNames(model.constraintNames, shouldStop: shouldStop) else {
            throw GLPKSession.StopRequested()
        }
        rowNames = names
        for i in 0 ..< model.constraintCount {
            let label = "constraint \(i) '\(model.constraintNames[i])'"
            rowBounds.append(try GLPKBounds(model.constraintBounds[i], what: label))
        }
    }

    /// Merges repeated columns per row with dense row-stamped markers. O(n + terms).
    private mutating func compileTerms(_ model: LinearModel) throws {
        let n = model.variableCount
        var seenInRow = [Int](repeating: -1, count: n)
        var position = [Int](repeating: 0, count: n)
        columns.reserveCapacity(model.termCount)
        values.reserveCapacity(model.termCount)
        rowStart.reserveCapacity(model.constraintCount + 1)
        for i in 0 ..< model.constraintCount {
            let start = values.count
            for k in model.termRange(i) {
                let j = model.termColumns[k], a = model.termValues[k]
                guard 0 <= j && j < n else {
                    throw GLPKError.invalidModel("constraint \(i) '\(model.constraintNames[i])' uses"
                        + " variable index \(j), but the model has \(n) variables"
                        + " (a handle from another model?)")
                }
                guard a.isFinite else {
                    throw GLPKError.invalidModel("constraint \(i) '\(model.constraintNames[i])' has"
                        + " coefficient \(a) for variable '\(model.variableNames[j])'")
                }
                if seenInRow[j] == i {
                    values[position[j]] += a
                } else {
                    seenInRow[j] = i
                    position[j] = values.count
                    columns.append(Int32(j))
                    values.append(a)
                }
            }
            // drop zeros (given or produced by merging) while keeping order
            var kept = start
            for k in start ..< values.count where values[k] != 0 {
                columns[kept] = columns[k]
                values[kept] = values[k]
                kept += 1
            }
            columns.removeSubrange(kept...)
            values.removeSubrange(kept...)
            rowStart.append(values.count)
        }
    }

    private mutating func rewriteForExport(_ purpose: Purpose) {
        if purpose == .exportMPS && maximize {
            maximize = false
            constant = -constant
            costs = costs.map { -$0 }
        }
        if constant != 0 {
            columnNames.append(Self.constantColumnName)
            columnBounds.append(GLPKBounds(type: GLP_FX, lower: 1, upper: 1))
            costs.append(constant)
            isInteger.append(false)
            constant = 0
        }
    }
}
