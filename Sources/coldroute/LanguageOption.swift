import ArgumentParser
import ColdRouteReport
import Foundation

/// `--lang`, shared by the commands that write text for people (`plan`, `evaluate`, `compare`):
/// the output language, else `COLDROUTE_LANG`, else English. The languages are the tables in
/// `Sources/ColdRouteReport/Resources/Localization` (docs/languages.md).
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: ArgumentHelp(
        "Output language: en (default) or zh-CN; COLDROUTE_LANG sets the default. Tables: docs/languages.md.",
        valueName: "tag"))
    var language: String?

    func validate() throws {
        do { _ = try Catalog.selected(option: language) } catch let error as CatalogError {
            throw ValidationError(language == nil ? error.message : "--lang: \(error.message)")
        }
    }

    /// The catalog asked for (validated already).
    var catalog: Catalog { (try? Catalog.selected(option: language)) ?? .english }
}
