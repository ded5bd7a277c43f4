import Foundation
import SpecKit
import Testing
@testable import CodeGen

/// Large providers' type declarations are spread over several files, so that each compiles in
/// its own compiler process (`ProviderGenerator.defaultLinesPerFile`). A small budget here makes
/// a twelve-schema spec split the way a 1,600-schema one does with the default.
@Suite struct FileSplitTests {
    /// Twelve objects of a few properties each, referring to one another, plus the body.
    private static let schemas: String = {
        let things = (1...12).map { index in
            """
            "Thing\(index)": {"type": "object", "description": "Thing number \(index).", "properties": {
                "name": {"type": "string", "minLength": 1}, "count": {"type": "integer", "minimum": \(index)},
                "next": {"$ref": "#/components/schemas/Thing\(index % 12 + 1)"}}}
            """
        }
        let body = ##""Body": {"type": "object", "properties": {"first": {"$ref": "#/components/schemas/Thing1"}}}"##
        return (things + [body]).joined(separator: ",\n")
    }()

    private func generate(linesPerFile: Int) throws -> [String: String] {
        let document = try DocumentReader.read(text: TestSupport.spec(schemas: Self.schemas), file: "specs/test.json")
        let files = try ProviderGenerator(document: document, linesPerFile: linesPerFile).generate().files
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }

    /// The `Test+Components` files in order: the unnumbered one, then `-2`, `-3`, …
    private func componentFiles(_ files: [String: String]) -> [String] {
        var names = ["Test/Test+Components.swift"]
        var index = 2
        while files["Test/Test+Components-\(index).swift"] != nil {
            names.append("Test/Test+Components-\(index).swift")
            index += 1
        }
        return names
    }

    /// The declarations inside a file's `extension Test { … }`, without the file's header.
    private func body(_ text: String) throws -> String {
        let start = try #require(text.range(of: "extension Test {\n"))
        let end = try #require(text.range(of: "\n}\n", options: .backwards))
        return String(text[start.upperBound..<end.lowerBound])
    }

    @Test func theDefaultBudgetKeepsOneFile() throws {
        let files = try generate(linesPerFile: ProviderGenerator.defaultLinesPerFile)
        #expect(componentFiles(files) == ["Test/Test+Components.swift"])
        #expect(files["Test/Test+Components-2.swift"] == nil)
    }

    @Test func aSmallBudgetSplitsIntoWholeDeclarationsInOrder() throws {
        let whole = try generate(linesPerFile: ProviderGenerator.defaultLinesPerFile)
        let split = try generate(linesPerFile: 60)
        let names = componentFiles(split)
        #expect(names.count > 3, "\(split.keys.sorted())")
        // Every file but the last is within the budget, or holds a single declaration.
        for name in names {
            let text = try #require(split[name])
            let lines = try body(text).split(separator: "\n", omittingEmptySubsequences: false)
            // A top-level declaration starts the body or follows a blank line, indented by 4.
            let declarations = 1 + zip(lines, lines.dropFirst()).filter { blank, next in
                blank.isEmpty && next.hasPrefix("    ") && !next.hasPrefix("     ")
            }.count
            #expect(lines.count <= 60 || declarations == 1, "\(name): \(lines.count) lines, \(declarations) declarations")
            #expect(text.hasPrefix(try #require(whole["Test/Test+Components.swift"]).components(separatedBy: "extension Test {")[0]),
                    "\(name) starts with the same header")
        }
        // Together they hold exactly the unsplit file's declarations, in its order.
        let joined = try names.map { try body(#require(split[$0])) }.joined(separator: "\n\n")
        #expect(joined == (try body(#require(whole["Test/Test+Components.swift"]))))
        // Nothing else changes.
        for (path, text) in whole where !path.contains("+Components") {
            #expect(split[path] == text, "\(path)")
        }
    }

    @Test(.enabled(if: CompileCheck.isAvailable, CompileCheck.unavailableReason))
    func splitFilesCompileTogether() async throws {
        let files = try generate(linesPerFile: 60)
        CompileCheck.expectSuccess(try await CompileCheck.typecheck(files), "swiftc -typecheck")
    }
}
