import Testing
@testable import SpecKit

@Suite struct JSONParserTests {
    @Test func recordsLineAndColumnOfNestedValues() throws {
        let node = try JSONParser.parse("{\n  \"a\": [1, \"x\"],\n  \"b\": {\"c\": null}\n}", file: "t.json")
        #expect(node["a"]?.location == SourceLocation(line: 2, column: 8))
        #expect(node["a"]?.elements?[1].location == SourceLocation(line: 2, column: 12))
        #expect(node.member("b")?.keyLocation == SourceLocation(line: 3, column: 3))
        #expect(node["b"]?["c"]?.value == .null)
    }

    @Test func keepsKeyOrderAndNumberText() throws {
        let node = try JSONParser.parse(#"{"z": 1.50, "a": -0, "m": 1e3}"#, file: "t.json")
        #expect(node.members?.map(\.key) == ["z", "a", "m"])
        #expect(node["z"]?.value == .number(1.5, text: "1.50"))
        #expect(node["m"]?.number == 1000)
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let node = try JSONParser.parse(#"["a\nb", "\u00e9", "\ud83c\uddeb\ud83c\uddf7", "\/"]"#, file: "t.json")
        #expect(node.elements?.map { $0.string } == ["a\nb", "é", "🇫🇷", "/"])
    }

    @Test(arguments: [
        ("{\"a\": 1,}", "trailing comma", 1, 9),
        ("{\"a\": 1, \"a\": 2}", "duplicate key", 1, 10),
        ("[1, 2", "end of file", 1, 1),
        ("{\"a\": tru}", "unknown literal", 1, 7),
        ("[01]", "leading zero", 1, 2),
        ("\"\\ud800\"", "surrogate", 1, 8),
        ("{} x", "after the end", 1, 4),
        ("\n\n  [\"a\tb\"]", "control character", 3, 6),
    ])
    func reportsErrorsWithPosition(text: String, fragment: String, line: Int, column: Int) {
        do {
            _ = try JSONParser.parse(text, file: "bad.json")
            Issue.record("parsed invalid JSON: \(text)")
        } catch {
            #expect(error.message.contains(fragment), "\(error.message)")
            #expect(error.location == SourceLocation(line: line, column: column), "\(error)")
            #expect(error.description.hasPrefix("bad.json:\(line):\(column): error: invalid JSON"))
        }
    }
}
