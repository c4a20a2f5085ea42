import Foundation
import Testing
@testable import ColdRouteReport

/// `Catalog`: the tables found by listing the folder, every language complete against English with
/// the same placeholders, fallback, plural forms, number and date formats.
@Suite struct CatalogTests {
    @Test func tablesAreFoundByListingTheFolder() {
        #expect(Catalog.available.contains("en"))
        #expect(Catalog.available.contains("zh-CN"))
    }

    @Test(arguments: Catalog.available.filter { $0 != Catalog.defaultLanguage })
    func everyLanguageHasEveryEnglishKeyWithItsPlaceholders(language: String) throws {
        let catalog = try Catalog.load(language)
        let english = Catalog.english
        #expect(english.keys.count > 50)
        let missing = english.keys.subtracting(catalog.keys).sorted()
        #expect(missing.isEmpty, "\(language) lacks \(missing)")
        for key in english.keys.sorted() where catalog.has(key) {
            let en = Catalog.placeholders(in: english.table[key]!), other = Catalog.placeholders(in: catalog.table[key]!)
            #expect(en == other, "\(language) \(key): placeholders \(other.sorted()) ≠ English \(en.sorted())")
        }
        let extra = catalog.keys.subtracting(english.keys).sorted()
        #expect(extra.isEmpty, "\(language) has keys English lacks: \(extra)")
    }

    @Test func languageTagsMatchWhateverTheCaseOrSeparator() throws {
        #expect(try Catalog.load("zh_cn").language == "zh-CN")
        #expect(try Catalog.load("EN").language == "en")
        #expect(throws: CatalogError.self) { try Catalog.load("xx") }
        let error = #expect(throws: CatalogError.self) { try Catalog.load("fr") }
        #expect(error?.message.contains("zh-CN") == true)
    }

    @Test func environmentPicksTheLanguageAndTheOptionWins() throws {
        #expect(try Catalog.selected(option: nil, environment: ["COLDROUTE_LANG": "zh-CN"]).language == "zh-CN")
        #expect(try Catalog.selected(option: "en", environment: ["COLDROUTE_LANG": "zh-CN"]).language == "en")
        #expect(try Catalog.selected(option: nil, environment: [:]).language == "en")
        #expect(throws: CatalogError.self) { try Catalog.selected(option: nil, environment: ["COLDROUTE_LANG": "klingon"]) }
    }

    @Test func aLanguagesTableMayBeSplitIntoParts() {
        #expect(Catalog.language(ofFile: "zh-CN.json") == "zh-CN")
        #expect(Catalog.language(ofFile: "zh-CN.report.json") == "zh-CN")
    }

    @Test func placeholdersAreFilledByNameInAnyOrder() {
        let c = Catalog(language: "t", table: ["a": "{b} then {a}, {missing} stays"], fallback: [:])
        #expect(c("a", ["a": "1", "b": "2"]) == "2 then 1, {missing} stays")
    }

    @Test func aMissingKeyFallsBackToEnglishThenToTheKey() {
        let c = Catalog(language: "t", table: ["x": "ex"], fallback: ["y": "why {n}"])
        #expect(c("x") == "ex")
        #expect(c("y", ["n": "3"]) == "why 3")
        #expect(c("z") == "z")
        #expect(c.text("z", otherwise: "zed") == "zed")
    }

    @Test func pluralFormsFollowTheLanguageRule() {
        let en = Catalog(language: "en", table: ["_plural": "one-other", "v#one": "{n} vehicle", "v#other": "{n} vehicles"], fallback: [:])
        #expect(en.plural("v", count: 1) == "1 vehicle")
        #expect(en.plural("v", count: 2) == "2 vehicles")
        let zh = Catalog(language: "zh", table: ["_plural": "other", "v#other": "{n} 辆车"], fallback: en.table)
        #expect(zh.plural("v", count: 1) == "1 辆车")
    }

    @Test func numbersAreGroupedForTheLocaleAndEnglishIsUnchanged() throws {
        let zh = try Catalog.load("zh-CN"), en = Catalog.english
        #expect(en.number(1234567.891, decimals: 2) == String(format: "%.2f", 1234567.891))
        #expect(zh.number(1234567.891, decimals: 2) == "1,234,567.89")
        #expect(zh.number(-1234, decimals: 0) == "-1,234")
        #expect(zh.number(999, decimals: 1) == "999.0")
        #expect(zh.integer(100000) == "100,000")
        #expect(zh.percent(0.4567) == "45.7%")
    }

    @Test func datesFollowTheLocale() throws {
        let zh = try Catalog.load("zh-CN")
        #expect(Catalog.english.date(year: 2026, month: 12, day: 3) == "2026-12-03")
        #expect(zh.date(year: 2026, month: 12, day: 3) == "2026年12月3日")
        #expect(zh.date(Date(timeIntervalSince1970: 0)) == "1970年1月1日")
    }
}
