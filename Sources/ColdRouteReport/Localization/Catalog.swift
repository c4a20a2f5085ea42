import Foundation

/// The words of one output language: a table of message keys to texts with named placeholders,
/// falling back to English for a key the table lacks.
///
/// Tables are JSON objects in `Resources/Localization/<language>.json` (SwiftPM resources), one
/// file per language, found by listing that folder: adding a language is adding a file
/// (docs/languages.md). A text names its placeholders in braces, `"{n} of {total} villages"`;
/// ``text(_:_:)`` fills them from a dictionary, so a translation may reorder them. Keys that
/// start with `_` are settings of the language, not texts:
///
/// | key | meaning | `en` | `zh-CN` |
/// |---|---|---|---|
/// | `_name` | the language's own name | English | 简体中文 |
/// | `_number.group` | thousands separator (empty: none) | (empty) | `,` |
/// | `_number.decimal` | decimal mark | `.` | `.` |
/// | `_date` | a date from `{year}`, `{month}`, `{day}` (zero-padded `{MM}`, `{DD}`) | `{year}-{MM}-{DD}` | `{year}年{month}月{day}日` |
/// | `_plural` | `one-other` (a `key#one` text for a count of 1) or `other` (one form) | one-other | other |
///
/// Library modules never print: the CLI picks the catalog (`--lang`, `COLDROUTE_LANG`) and hands
/// it to the renderers as a value.
public struct Catalog: Sendable {
    /// The language tag the table was loaded for (`en`, `zh-CN`).
    public let language: String
    let table: [String: String]
    let fallback: [String: String]

    init(language: String, table: [String: String], fallback: [String: String]) {
        self.language = language
        self.table = table
        self.fallback = fallback
    }

    /// English, the default: every renderer's output without a catalog.
    public static let english: Catalog = {
        let table = (try? Catalog.readTable(named: defaultLanguage)) ?? [:]
        return Catalog(language: defaultLanguage, table: table, fallback: table)
    }()

    /// The language every other table falls back to.
    public static let defaultLanguage = "en"

    /// The text of `key` with its `{placeholders}` filled in; English when this language has no
    /// such key, the key itself when no table has it.
    public func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
        Self.fill(table[key] ?? fallback[key] ?? key, arguments)
    }

    /// The text of `key` when some table has it, else `otherwise` (for terms such as a cost
    /// component's name, shown as-is when no table names it).
    public func text(_ key: String, otherwise: String, _ arguments: [String: String] = [:]) -> String {
        guard let template = table[key] ?? fallback[key] else { return otherwise }
        return Self.fill(template, arguments)
    }

    /// Shorthand for ``text(_:_:)``: `words("plan.title", ["network": name])`.
    public func callAsFunction(_ key: String, _ arguments: [String: String] = [:]) -> String {
        text(key, arguments)
    }

    /// The text of `key` for a count: `key#one` when the language's plural rule is `one-other`
    /// and `count` is 1, else `key#other` (or `key` itself). `{n}` is the count, formatted.
    public func plural(_ key: String, count: Int, _ arguments: [String: String] = [:]) -> String {
        var arguments = arguments
        if arguments["n"] == nil { arguments["n"] = integer(count) }
        let form = setting("_plural") == "one-other" && count == 1 ? "one" : "other"
        for candidate in ["\(key)#\(form)", "\(key)#other", key] where table[candidate] != nil || fallback[candidate] != nil {
            return text(candidate, arguments)
        }
        return key
    }

    /// Whether this table (not the English fallback) has `key`.
    public func has(_ key: String) -> Bool { table[key] != nil }

    /// The message keys (settings left out) this language's own table defines.
    public var keys: Set<String> { Set(table.keys.filter { !$0.hasPrefix("_") }) }

    func setting(_ key: String) -> String? { table[key] ?? fallback[key] }

    /// Replaces each `{name}` whose name is in `arguments`; other braces stay as written.
    static func fill(_ template: String, _ arguments: [String: String]) -> String {
        guard template.contains("{") else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = arguments[name] { out += value } else { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The placeholder names a template uses, e.g. `["n", "total"]`.
    public static func placeholders(in template: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.insert(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
