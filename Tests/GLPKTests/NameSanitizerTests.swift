@testable import GLPK
import Testing

/// Name rewriting for LP/MPS export (NameSanitizer.swift).
@Suite("Name sanitizer")
struct NameSanitizerTests {
    @Test("valid names pass through unchanged")
    func passThrough() {
        var names = NameSanitizer()
        #expect(names.unique("depot_3", fallback: "x1") == "depot_3")
        #expect(names.unique("flow(2).in", fallback: "x2") == "flow(2).in")
    }

    @Test("characters are mapped as GLPK's LP writer would")
    func mapping() {
        #expect(NameSanitizer.clean("x[1,2]") == "x(1_2)")
        #expect(NameSanitizer.clean("a-b c") == "a~b_c")
        #expect(NameSanitizer.clean("冷库") == "__")
        #expect(NameSanitizer.clean("tab\there") == "tab_here")
    }

    @Test("leading digits, periods, exponent look-alikes and keywords get a prefix")
    func prefixes() {
        #expect(NameSanitizer.clean("1st") == "_1st")
        #expect(NameSanitizer.clean(".x") == "_.x")
        #expect(NameSanitizer.clean("e") == "_e")
        #expect(NameSanitizer.clean("E12") == "_E12")
        #expect(NameSanitizer.clean("edge") == "edge")
        #expect(NameSanitizer.clean("Free") == "_Free")
        #expect(NameSanitizer.clean("st") == "_st")
    }

    @Test("repeats, empties, reserved and long names become unique and short")
    func uniqueness() {
        var names = NameSanitizer(reserved: ["obj"])
        #expect(names.unique("a", fallback: "c1") == "a")
        #expect(names.unique("a", fallback: "c2") == "a~2")
        #expect(names.unique("a", fallback: "c3") == "a~3")
        #expect(names.unique("", fallback: "c4") == "c4")
        #expect(names.unique("obj", fallback: "c5") == "obj~2")
        let long = String(repeating: "z", count: 500)
        let first = names.unique(long, fallback: "c6")
        let second = names.unique(long, fallback: "c7")
        #expect(first.count <= NameSanitizer.maximumLength)
        #expect(second.count <= NameSanitizer.maximumLength)
        #expect(first != second)
    }

    @Test("many repeats of one name stay unique, skipping names taken literally")
    func manyRepeats() {
        var names = NameSanitizer()
        #expect(names.unique("x~3", fallback: "c0") == "x~3")
        let repeated = (1...5000).map { names.unique("x", fallback: "c\($0)") }
        #expect(Set(repeated).count == 5000)
        #expect(repeated.prefix(4) == ["x", "x~2", "x~4", "x~5"])
        #expect(repeated.last == "x~5001")
    }
}
