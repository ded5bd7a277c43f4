import Testing
@testable import SpecKit

/// `YAMLReader` on its own: locations, the core schema, JSON keys, aliases and limits,
/// and errors that name the file, line and column.
@Suite struct YAMLReaderTests {
    private func read(_ text: String, limits: YAMLReader.Limits = YAMLReader.Limits()) throws -> JSONNode {
        try YAMLReader.read(text, file: "t.yaml", limits: limits)
    }

    /// The first line of the error reading `text`, or nil when it reads.
    private func error(_ text: String, limits: YAMLReader.Limits = YAMLReader.Limits()) -> String? {
        do {
            _ = try YAMLReader.read(text, file: "t.yaml", limits: limits)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func keepsLinesAndColumnsOfValuesAndKeys() throws {
        let root = try read("# c\nname: \"x\"\nlist:\n  - 1\n  - {k: v}\nblock: |\n  text\n")
        #expect(root.location == SourceLocation(line: 2, column: 1))
        #expect(root.member("name")?.keyLocation == SourceLocation(line: 2, column: 1))
        #expect(root["name"]?.location == SourceLocation(line: 2, column: 7))
        let list = try #require(root["list"])
        #expect(list.location == SourceLocation(line: 4, column: 3))
        #expect(list.elements?[1].location == SourceLocation(line: 5, column: 5))
        #expect(list.elements?[1].member("k")?.keyLocation == SourceLocation(line: 5, column: 6))
        #expect(root["block"]?.string == "text\n")
        #expect(root["block"]?.location == SourceLocation(line: 6, column: 8))
        #expect(root.members?.map(\.key) == ["name", "list", "block"])
    }

    @Test func resolvesTheCoreSchema() throws {
        let root = try read("""
        [null, ~, Null, true, False, 12, -0, +7, 0o17, 0x1F, 1.5, .5, -1e3, 1., 007, "12", '~', !!str 12, !!float 3, !local 5, 12ab, yes]
        """)
        let values = try #require(root.elements).map { node -> String in
            switch node.value {
            case .null: return "null"
            case .bool(let value): return "\(value)"
            case .number(_, let text): return "#" + text
            case .string(let text): return "'" + text + "'"
            default: return "?"
            }
        }
        #expect(values == ["null", "null", "null", "true", "false", "#12", "#0", "#7", "#15", "#31", "#1.5", "#0.5", "#-1e3", "#1", "#7",
                           "'12'", "'~'", "'12'", "#3", "'5'", "'12ab'", "'yes'"])
        #expect(error("- .inf") == "t.yaml:1:3: error: '.inf' is infinity or NaN, which JSON cannot hold; quote it to make it a string")
        #expect(error("!!int x") == "t.yaml:1:7: error: 'x' is not an integer")
    }

    @Test func makesKeysStringsAndRejectsDuplicates() throws {
        let root = try read("1: a\ntrue: b\n\"x\": c\n<<: {d: 1}\n")
        #expect(root.members?.map(\.key) == ["1", "true", "x", "<<"])
        #expect(error("a: 1\nb: 2\na: 3\n") == #"t.yaml:3:1: error: duplicate key "a" in one mapping (first at 1:1)"#)
        #expect(error("{1: a, \"1\": b}") == #"t.yaml:1:8: error: duplicate key "1" in one mapping (first at 1:2)"#)
        #expect(error("? [a]\n: b\n") == "t.yaml:1:3: error: a mapping key must be a scalar: JSON object keys are strings")
    }

    @Test func expandsAliasesWithinLimits() throws {
        let root = try read("base: &b {x: 1}\ncopy: *b\n")
        #expect(root["copy"]?["x"]?.number == 1)
        #expect(root["copy"]?.location == SourceLocation(line: 2, column: 7))
        var laughs = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<9 {
            laughs += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        #expect(error(laughs)?.contains("aliases expand to more than 1000000 nodes") == true)
        #expect(error("&a [*a]") == "t.yaml:1:5: error: the alias *a is inside the node it names; JSON cannot hold a cycle")
        #expect(error("a: *nope") == "t.yaml:1:4: error: the alias *nope names no anchor before it in this document")
    }

    @Test func boundsNesting() throws {
        _ = try read(String(repeating: "[", count: 512) + String(repeating: "]", count: 512))
        #expect(error(String(repeating: "[", count: 513) + String(repeating: "]", count: 513)) == "t.yaml:1:513: error: the document nests deeper than 512 levels")
        #expect(error(String(repeating: "- ", count: 600) + "x") == "t.yaml:1:1025: error: the document nests deeper than 512 levels")
        #expect(error("a: &a [[[x]]]\nb: [*a]\n", limits: YAMLReader.Limits(maximumDepth: 4)) == "t.yaml:2:5: error: the alias *a nests the document deeper than 4 levels")
        #expect(error(String(repeating: "[", count: 100_000)) == "t.yaml:1:513: error: the document nests deeper than 512 levels")
    }

    @Test func readsExactlyOneDocument() throws {
        #expect(try read("--- # one\na: 1\n...\n")["a"]?.number == 1)
        #expect(error("") == "t.yaml:1:1: error: the file holds no YAML document")
        #expect(error("a\n---\nb\n") == "t.yaml:3:1: error: the file holds 2 YAML documents; a spec must be one document")
        #expect(try YAMLReader.readStream("a\n---\nb\n", file: "t.yaml").map(\.string) == ["a", "b"])
        #expect(try read("%YAML 1.2\n%TAG !e! tag:example.com,2000:\n--- !e!x text\n").string == "text")
    }

    @Test func reportsSyntaxErrorsWithTheirPosition() {
        #expect(error("a:\n\tb: 1\n") == "t.yaml:2:2: error: tabs cannot be used for indentation; use spaces")
        #expect(error("key: \"open\n") == "t.yaml:1:6: error: this quoted scalar is not closed")
        #expect(error("k: [a,\nb]\n") == "t.yaml:2:1: error: the lines of a flow collection must be indented more than the block around it")
        #expect(error("a: \"\\q\"") == "t.yaml:1:5: error: '\\q' is not a YAML escape")
        #expect(error("a: b: c") == "t.yaml:1:5: error: a mapping value (':') is not allowed here; an implicit key must be on one line, and a plain scalar cannot hold ': '")
        #expect(error("a: 1\n b: 2\n")?.hasPrefix("t.yaml:2:3: error: ") == true)
        #expect(error([UInt8]([0x61, 0xFF])) == "t.yaml:1:1: error: the file is not valid UTF-8")
        #expect(error("a: \u{7}") == "t.yaml:1:4: error: the character U+0007 is not allowed in YAML")
    }

    private func error(_ bytes: [UInt8]) -> String? {
        do {
            _ = try YAMLReader.read(bytes: bytes, file: "t.yaml")
            return nil
        } catch {
            return error.description
        }
    }

    @Test func readsCRLFAndABOM() throws {
        let root = try YAMLReader.read(bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\r\nb: |\r\n  x\r\n".utf8), file: "t.yaml")
        #expect(root["b"]?.string == "x\n")
        #expect(root.member("b")?.keyLocation == SourceLocation(line: 2, column: 1))
    }
}
