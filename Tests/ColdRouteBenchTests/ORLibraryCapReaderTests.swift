import Testing
import ColdRouteBench
import ColdRouteSiting

@Suite("ORLibraryCapReader")
struct ORLibraryCapReaderTests {
    /// 2 facilities, 2 customers; the second customer's costs wrap onto the next line, as in capa.
    static let snippet = """
        2 2
         100 7500.
         capacity 40.5
        30
         10.5 20.25
        40
         8.
         12.
        """

    @Test("parses a snippet, filling the word 'capacity'")
    func parses() throws {
        let instance = try ORLibraryCapReader(capacity: 80).parse(Self.snippet, file: "snippet.txt")
        #expect(instance.facilityCount == 2 && instance.customerCount == 2)
        #expect(instance.capacities == [100, 80])
        #expect(instance.fixedCosts == [7500, 40.5])
        #expect(instance.demands == [30, 40])
        #expect(instance.cost(customer: 0, facility: 1) == 20.25)
        #expect(instance.cost(customer: 1, facility: 0) == 8)
    }

    @Test("the word 'capacity' without --capacity is an error naming file and line")
    func missingCapacity() {
        #expect { try ORLibraryCapReader().parse(Self.snippet, file: "snippet.txt") } throws: { error in
            let e = error as? ORLibraryFormatError
            return e?.file == "snippet.txt" && e?.line == 3 && "\(error)".hasPrefix("snippet.txt:3:")
        }
    }

    @Test("a bad number and a truncated file are errors with a line")
    func malformed() {
        let bad = Self.snippet.replacingOccurrences(of: "10.5", with: "ten")
        #expect { try ORLibraryCapReader(capacity: 80).parse(bad, file: "bad.txt") } throws: { error in
            (error as? ORLibraryFormatError)?.line == 5
        }
        let short = Self.snippet.replacingOccurrences(of: " 12.", with: "")
        #expect { try ORLibraryCapReader(capacity: 80).parse(short, file: "short.txt") } throws: { error in
            (error as? ORLibraryFormatError)?.message.contains("ends before") == true
        }
    }

    @Test("CRLF line ends count as lines, and a message never spans two (found by fuzzing)")
    func windowsLineEnds() throws {
        let crlf = Self.snippet.replacingOccurrences(of: "\n", with: "\r\n")
        let instance = try ORLibraryCapReader(capacity: 80).parse(crlf, file: "crlf.txt")
        #expect(instance.demands == [30, 40])
        let bad = crlf.replacingOccurrences(of: "10.5", with: "ten")
        #expect { try ORLibraryCapReader(capacity: 80).parse(bad, file: "bad.txt") } throws: { error in
            let e = error as? ORLibraryFormatError
            return e?.line == 5 && !"\(error)".contains(where: \.isNewline)
        }
        // Like the fuzzer's input: a bad word followed by a line separator (U+2028, NEL, CR-LF) and NULs.
        for separator in ["\u{2028}", "\u{85}", "\r\n", "\u{0B}"] {
            let odd = "2 2\n 100 7500.00.\(separator)\0\0"
            #expect { try ORLibraryCapReader(capacity: 80).parse(odd, file: "odd.txt") } throws: { error in
                !"\(error)".contains(where: \.isNewline)
            }
        }
    }

    @Test("instance names follow the benchmark convention")
    func names() {
        #expect(ORLibraryCapReader.instanceName(path: "/x/cap41.txt", capacity: nil) == "cap41")
        #expect(ORLibraryCapReader.instanceName(path: "/x/capa.txt", capacity: 8000) == "capa_8000")
        #expect(ORLibraryCapReader.instanceName(path: "/x/capc.txt", capacity: 5750) == "capc_5750")
    }
}
