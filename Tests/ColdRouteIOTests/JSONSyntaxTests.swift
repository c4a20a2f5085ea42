import ColdRouteIO
import Foundation
import Testing

/// Syntax errors: each names the line and column (1-based, in characters) of the fault.
@Suite("JSON syntax errors")
struct JSONSyntaxTests {
    private func syntaxError(_ text: String) -> String? {
        inputError { _ = try NetworkReader.loadJSON(text: text, file: "s.json") }?.description
    }

    @Test("stray and missing commas")
    func commas() {
        #expect(syntaxError("[1, 2,\n]") == "s.json: line 1, column 6: trailing comma before ']'")
        #expect(syntaxError(#"{"a": 1 "b": 2}"#) == "s.json: line 1, column 9: missing ',' between object members")
        #expect(syntaxError("[1 2]") == "s.json: line 1, column 4: expected ',' or ']' after an array element, got '2'")
        #expect(syntaxError("[,1]") == "s.json: line 1, column 2: expected a value, got ','")
    }

    @Test("end of file")
    func endOfFile() {
        #expect(syntaxError("") == "s.json: line 1, column 1: the file is empty")
        #expect(syntaxError("{\"a\": [1,\n  2") == "s.json: line 2, column 4: unexpected end of file: the array opened at line 1, column 7 is not closed")
        #expect(syntaxError("{\"a\": \"abc") == "s.json: line 1, column 11: unexpected end of file inside the string opened at line 1, column 7")
    }

    @Test("things JSON does not allow")
    func notJSON() {
        #expect(syntaxError("{\n  // note\n}") == "s.json: line 2, column 3: comments are not allowed in JSON (annotate with a \"_comment\" key instead)")
        #expect(syntaxError("{'a': 1}") == "s.json: line 1, column 2: expected a key in double quotes, got '''")
        #expect(syntaxError("[NaN]") == "s.json: line 1, column 2: unexpected word 'NaN' (strings need double quotes; literals are true, false, null)")
        #expect(syntaxError("[01]") == "s.json: line 1, column 2: numbers must not start with 0 (got '01')")
        #expect(syntaxError("[1.]") == "s.json: line 1, column 4: invalid number '1.': expected a digit, got ']'")
        #expect(syntaxError(#"{"a": 1, "a": 2}"#) == "s.json: line 1, column 10: duplicate key \"a\"")
        #expect(syntaxError("{} {}") == "s.json: line 1, column 4: unexpected '{' after the end of the JSON document")
        #expect(syntaxError("[\"a\nb\"]") == "s.json: line 1, column 4: the string opened at line 1, column 2 is not closed before the end of the line")
        #expect(syntaxError(#"["\x"]"#) == #"s.json: line 1, column 3: invalid escape '\x' in a string"#)
    }

    @Test("columns count characters, not bytes")
    func unicodeColumns() {
        #expect(syntaxError("[\"上岭村\" 1]") == "s.json: line 1, column 8: expected ',' or ']' after an array element, got '1'")
    }

    @Test("the top level must be an object")
    func topLevel() {
        #expect(syntaxError("[1]") == "s.json: line 1, column 1: expected an object at the top level, got an array")
    }

    @Test("escapes and non-ASCII text survive into values")
    func escapes() throws {
        let tiny = try String(contentsOfFile: Fixture.path("tiny.json"), encoding: .utf8)
        let name = #""name": "\u4e0a\u5cad \"Shangling\"\t\ud83c\udf51 桃""#
        let network = try NetworkReader.loadJSON(text: tiny.replacingOccurrences(of: #""name": "Tiny""#, with: name)).network
        #expect(network.name == "上岭 \"Shangling\"\t🍑 桃")
    }
}
