import Foundation
import Testing
@testable import SpecKit

/// The one spec loader: vidu-codegen, its `diff` and the tests read specs through it.
@Suite struct SpecLoaderTests {
    /// A fresh directory holding `files` (name → text).
    private func directory(with files: [String: String]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("speckit-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for (name, text) in files {
            try text.write(toFile: path + "/" + name, atomically: true, encoding: .utf8)
        }
        return path
    }

    @Test func loadsJSONFilesInSortedOrder() throws {
        let valid = SpecFixtures.document(schemas: #"      "A": {"type": "string"}"#)
        let path = try directory(with: [
            "b.json": valid.replacingOccurrences(of: #""x-swift-namespace": "T""#, with: #""x-swift-namespace": "B""#),
            "a.json": valid.replacingOccurrences(of: #""x-swift-namespace": "T""#, with: #""x-swift-namespace": "A""#),
            "notes.md": "not a spec",
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let documents = try SpecLoader.load(path)
        #expect(documents.map(\.namespace) == ["A", "B"])
        // Documents are named `<directory name>/<file>`, so generated headers hold no absolute path.
        let name = URL(fileURLWithPath: path).lastPathComponent
        #expect(documents.map(\.file) == [name + "/a.json", name + "/b.json"])
        #expect(documents[0].schemas[0].schema.source.uri == SchemaURI.fileURI(forPath: name + "/a.json") + "#/components/schemas/A")
    }

    @Test func reportsEveryFileAndLints() throws {
        let path = try directory(with: [
            "a.json": "{\n  \"openapi\": 3.1\n",
            "b.json": SpecFixtures.document(schemas: #"      "A": {"type": "strin"}"#),
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: DiagnosticList.self) { try SpecLoader.load(path) }
        let lint = SpecLoader.lint(directory: path + "/")
        #expect(!lint.passed)
        let lines = lint.report.split(separator: "\n").map(String.init)
        #expect(lines.first == "\(path)/a.json:1:1: error: invalid JSON: unexpected end of file inside an object [#]")
        #expect(lines.contains("\(path)/b.json:8:21: error: unknown type 'strin' [#/components/schemas/A/type]"))
        #expect(lines.contains("\(path)/b.json:8:21: note: did you mean 'string'?"))
        #expect(lines.last == "2 errors")
    }

    @Test func lintSummarizesCleanSpecs() throws {
        let path = try directory(with: ["p.json": DocumentReaderTests.miniSpec])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let lint = SpecLoader.lint(directory: path)
        #expect(lint.passed)
        #expect(lint.report == "\(URL(fileURLWithPath: path).lastPathComponent)/p.json: ok: Mini, 3 operations, 1 webhooks, 3 schemas")
    }
}
