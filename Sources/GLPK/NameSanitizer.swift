/// Turns free-form names into unique names that CPLEX LP and free MPS accept.
///
/// GLPK itself rejects names longer than 255 bytes or with control
/// characters, and its LP writer silently replaces names it considers
/// invalid with `r_1`, `x_1`, …; readers of other solvers are stricter still.
/// So every name is rewritten before it reaches GLPK:
///
/// - characters other than ASCII letters, digits and `_ . ( ) ~ #` are
///   replaced (`-` → `~`, `[` → `(`, `]` → `)`, anything else → `_`);
/// - a name that starts with a digit or `.`, or looks like an exponent
///   (`e`, `E5`), gets a leading `_`; so does an LP keyword (`free`, `end`, `st`…);
/// - an empty name becomes `<prefix><index + 1>`;
/// - names are cut to ``maximumLength`` characters;
/// - repeats get a `~2`, `~3`, … suffix, so names stay unique.
///
/// Names already valid and unique pass through unchanged. O(total length).
struct NameSanitizer {
    /// Longest name produced, suffix included (GLPK's limit is 255).
    static let maximumLength = 120

    private static let keywords: Set<String> = [
        "min", "minimum", "minimize", "minimise", "max", "maximum", "maximize", "maximise",
        "st", "s.t.", "st.", "subject", "such", "to", "that", "bound", "bounds", "free", "inf",
        "infinity", "gen", "general", "generals", "int", "integer", "integers", "bin", "binary",
        "binaries", "semi", "semis", "semi-continuous", "sos", "end",
    ]

    private var used: Set<String>
    /// The next suffix to try for a repeated base name (keeps many repeats linear).
    private var nextSuffix: [String: Int] = [:]

    /// Creates a sanitizer whose output avoids every name in `reserved`.
    init(reserved: Set<String> = []) {
        used = reserved
    }

    /// Returns a sanitized name for `name`, unique among all names returned
    /// so far; `fallback` is used when `name` has no usable character.
    mutating func unique(_ name: String, fallback: String) -> String {
        var base = Self.clean(name)
        if base.isEmpty { base = fallback }
        var candidate = base
        var suffix = nextSuffix[base] ?? 2
        while used.contains(candidate) {
            let tail = "~\(suffix)"
            candidate = String(base.prefix(Self.maximumLength - tail.count)) + tail
            suffix += 1
        }
        if candidate != base { nextSuffix[base] = suffix }
        used.insert(candidate)
        return candidate
    }

    /// Sanitized, unique column names; `obj_constant` stays free for export.
    static func columnNames(_ names: [String]) -> [String] {
        columnNames(names, shouldStop: { false })!
    }

    /// As ``columnNames(_:)``, asking `shouldStop` every 4,096 names; `nil` once it says stop.
    static func columnNames(_ names: [String], shouldStop: () -> Bool) -> [String]? {
        var sanitizer = NameSanitizer(reserved: [CompiledModel.constantColumnName])
        return sanitizer.uniqueNames(names, fallback: "x", shouldStop: shouldStop)
    }

    /// Unique names for `names` in order (`fallback` + 1-based index for an empty one), asking
    /// `shouldStop` every 4,096 names; `nil` once it says stop.
    private mutating func uniqueNames(_ names: [String], fallback: String, shouldStop: () -> Bool) -> [String]? {
        var out: [String] = []
        out.reserveCapacity(names.count)
        for (k, name) in names.enumerated() {
            if k & 4095 == 4095, shouldStop() { return nil }
            out.append(unique(name, fallback: "\(fallback)\(k + 1)"))
        }
        return out
    }

    /// Sanitized, unique row names, avoiding the objective's names in LP
    /// (`obj`) and in GLPK's MPS output (`R0000000`).
    static func rowNames(_ names: [String]) -> [String] {
        rowNames(names, shouldStop: { false })!
    }

    /// As ``rowNames(_:)``, asking `shouldStop` every 4,096 names; `nil` once it says stop.
    static func rowNames(_ names: [String], shouldStop: () -> Bool) -> [String]? {
        var sanitizer = NameSanitizer(reserved: ["obj", "R0000000"])
        return sanitizer.uniqueNames(names, fallback: "c", shouldStop: shouldStop)
    }

    /// Sanitizes one name without making it unique.
    static func clean(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            switch scalar {
            case "a" ... "z", "A" ... "Z", "0" ... "9", "_", ".", "(", ")", "~", "#":
                scalars.append(scalar)
            case "-": scalars.append("~")
            case "[": scalars.append("(")
            case "]": scalars.append(")")
            default: scalars.append("_")
            }
        }
        var result = String(scalars)
        if result.isEmpty { return result }
        if needsPrefix(result) { result = "_" + result }
        return String(result.prefix(maximumLength - 4))
    }

    private static func needsPrefix(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first else { return false }
        if ("0" ... "9").contains(first) || first == "." { return true }
        if first == "e" || first == "E" {
            let rest = name.unicodeScalars.dropFirst()
            if rest.isEmpty || ("0" ... "9").contains(rest.first!) { return true }
        }
        return keywords.contains(name.lowercased())
    }
}

extension LinearModel {
    /// The names variables and constraints get in GLPK and in written LP and
    /// MPS files, by index (see ``NameSanitizer`` for the rules).
    public func exportedNames() -> (variables: [String], constraints: [String]) {
        (NameSanitizer.columnNames(variableNames), NameSanitizer.rowNames(constraintNames))
    }
}
