import Foundation

/// Finding and reading the language tables: the folder of `<language>.json` files is listed, so a
/// new table needs no code. A language's table may also be split into parts,
/// `<language>.<part>.json` (say `zh-CN.report.json` for report.html's words), merged in name
/// order; a key must not be defined by two parts.
extension Catalog {
    /// The languages there are tables for, sorted (`["en", "zh-CN"]`).
    public static var available: [String] {
        guard let folder = tableFolder,
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [defaultLanguage] }
        return Set(names.filter { $0.hasSuffix(".json") }.map { language(ofFile: $0) }).sorted()
    }

    /// The catalog for `language` (`zh-CN`, `zh_cn`, `EN`: case and `-`/`_` do not matter), with
    /// English behind it. Throws ``CatalogError`` naming the languages there are when there is no
    /// such table, or when the table is not a JSON object of strings.
    public static func load(_ language: String) throws -> Catalog {
        let wanted = normalized(language)
        guard let tag = available.first(where: { normalized($0) == wanted }) else {
            throw CatalogError(message: "no language '\(language)': available are \(available.joined(separator: ", "))")
        }
        if tag == defaultLanguage { return english }
        return Catalog(language: tag, table: try readTable(named: tag), fallback: english.table)
    }

    /// The catalog `--lang` (when given) or else the environment's `COLDROUTE_LANG` asks for;
    /// English when neither is set.
    public static func selected(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Catalog {
        if let option { return try load(option) }
        if let variable = environment["COLDROUTE_LANG"], !variable.isEmpty {
            do { return try load(variable) } catch let error as CatalogError {
                throw CatalogError(message: "COLDROUTE_LANG: \(error.message)")
            }
        }
        return english
    }

    static func normalized(_ tag: String) -> String { tag.lowercased().replacingOccurrences(of: "_", with: "-") }

    /// The folder holding the tables (inside the module's resource bundle).
    static var tableFolder: URL? { Bundle.module.url(forResource: "Localization", withExtension: nil) }

    /// `zh-CN` for `zh-CN.json` and `zh-CN.report.json`.
    static func language(ofFile name: String) -> String {
        String(name.dropLast(5).prefix { $0 != "." })
    }

    /// The merged parts of a language's table.
    static func readTable(named tag: String) throws -> [String: String] {
        guard let folder = tableFolder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            throw CatalogError(message: "the language tables are missing (resource folder Localization)")
        }
        var table: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".json") && language(ofFile: name) == tag {
            let url = folder.appendingPathComponent(name)
            try table.merge(readPart(url)) { _, _ in
                throw CatalogError(message: "\(url.path): a key is also defined by another part of '\(tag)'")
            }
        }
        return table
    }

    static func readPart(_ url: URL) throws -> [String: String] {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw CatalogError(message: "\(url.path): cannot be read")
        }
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw CatalogError(message: "\(url.path): not a JSON object")
        }
        var table: [String: String] = [:]
        for (key, value) in object {
            guard let text = value as? String else {
                throw CatalogError(message: "\(url.path): key '\(key)': the value is not a string")
            }
            table[key] = text
        }
        return table
    }
}

/// A language that has no table, or a table that cannot be read. One line, for the user.
public struct CatalogError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { message }
}
