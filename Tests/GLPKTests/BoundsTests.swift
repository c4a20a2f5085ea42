import CGLPK
@testable import GLPK
import Testing

/// LinearModel.Bounds and their conversion to GLPK (Bounds.swift).
@Suite("Bounds")
struct BoundsTests {
    typealias Bounds = LinearModel.Bounds

    @Test("ends and membership")
    func ends() {
        #expect(Bounds.free.lowerBound == -.infinity && Bounds.free.upperBound == .infinity)
        #expect(Bounds.range(1, 3).contains(2) && !Bounds.range(1, 3).contains(3.1))
        #expect(Bounds.lower(10).contains(10 - 1e-6, tolerance: 1e-6))
        #expect(!Bounds.fixed(2).contains(.nan))
    }

    @Test("conversion picks GLPK's bound type and normalizes infinite ends")
    func conversion() throws {
        func type(_ b: Bounds) throws -> Int32 { try GLPKBounds(b, what: "x").type }
        #expect(try type(.free) == GLP_FR)
        #expect(try type(.lower(0)) == GLP_LO)
        #expect(try type(.upper(0)) == GLP_UP)
        #expect(try type(.range(0, 1)) == GLP_DB)
        #expect(try type(.range(2, 2)) == GLP_FX)
        #expect(try type(.fixed(2)) == GLP_FX)
        #expect(try type(.lower(-.infinity)) == GLP_FR)
        #expect(try type(.range(-.infinity, 4)) == GLP_UP)
        #expect(throws: GLPKError.self) { try GLPKBounds(.upper(-.infinity), what: "x") }
    }

    @Test("integer tightening keeps exactly the same integers")
    func integral() throws {
        let tightened = try #require(try GLPKBounds(.range(-2.5, 7.9), what: "x").integral())
        #expect(tightened == GLPKBounds(type: GLP_DB, lower: -2, upper: 7))
        let snapped = try #require(try GLPKBounds(.range(1 - 1e-12, 3 + 1e-12), what: "x").integral())
        #expect(snapped == GLPKBounds(type: GLP_DB, lower: 1, upper: 3))
        let single = try #require(try GLPKBounds(.range(0.5, 1.5), what: "x").integral())
        #expect(single == GLPKBounds(type: GLP_FX, lower: 1, upper: 1))
        #expect(try GLPKBounds(.range(0.2, 0.8), what: "x").integral() == nil)
        #expect(try GLPKBounds(.fixed(0.5), what: "x").integral() == nil)
    }
}
