import Foundation
import SpecKit
@testable import CodeGen

/// Shared helpers: where the package and fixtures are, and generating from spec text.
enum TestSupport {
    /// The package root, found from this file's path (Tests/CodeGenTests/TestSupport.swift).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Tests/CodeGenTests in the source tree (goldens are re-recorded here, not in the bundle).
    static let testsDirectory = packageRoot.appendingPathComponent("Tests/CodeGenTests")

    /// The fixture spec's text.
    static func fixtureText() throws -> String {
        try String(contentsOf: testsDirectory.appendingPathComponent("Fixtures/fixture.json"), encoding: .utf8)
    }

    /// Reads `text` as `file` and generates it; files by path.
    static func generate(_ text: String, file: String = "specs/test.json") throws -> [String: String] {
        let document = try DocumentReader.read(text: text, file: file)
        let files = try CodeGenerator.generate([document])
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
    }

    /// The diagnostics of generating `text`, or an empty list when it generates.
    static func diagnostics(_ text: String, file: String = "specs/test.json") throws -> [Diagnostic] {
        let document = try DocumentReader.read(text: text, file: file)
        do {
            _ = try CodeGenerator.generate([document])
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// The warnings of generating `text` (which must generate).
    static func warnings(_ text: String, file: String = "specs/test.json") throws -> [Diagnostic] {
        let document = try DocumentReader.read(text: text, file: file)
        return try CodeGenerator.generateReportingWarnings([document]).warnings
    }

    /// A minimal spec around `schemas` (the JSON text of `components.schemas` members) with one
    /// operation whose request body is `#/components/schemas/<body>`.
    static func spec(namespace: String = "Test", schemas: String, body: String = "Body", extraPaths: String = "") -> String {
        """
        {
          "openapi": "3.1.0",
          "info": {"title": "Test", "version": "1", "x-swift-namespace": "\(namespace)"},
          "servers": [{"url": "https://api.example.com"}],
          "security": [{"auth": []}],
          "paths": {
            "/v1/things": {
              "post": {
                "operationId": "createThing",
                "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/\(body)"}}}},
                "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/\(body)"}}}}}
              }
            }\(extraPaths)
          },
          "components": {
            "securitySchemes": {"auth": {"type": "http", "scheme": "bearer"}},
            "schemas": {\(schemas)}
          }
        }
        """
    }

    /// The generated text of every file, joined (for snippet searches).
    static func allText(_ files: [String: String]) -> String {
        files.keys.sorted().map { files[$0]! }.joined(separator: "\n")
    }

    /// The exact text of the declaration whose first line starts (after indentation) with
    /// `start`: from that line to the first later line at its indentation that closes it
    /// (`}` or `)`), both included. Nil when no line starts so. Snippet tests compare this
    /// exactly, not with `contains`.
    static func block(startingWith start: String, in text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.firstIndex(where: { $0.drop(while: { $0 == " " }).hasPrefix(start) }) else { return nil }
        let indent = lines[first].prefix(while: { $0 == " " })
        for index in first..<lines.count {
            let line = lines[index]
            if line.hasSuffix("{") || line.hasSuffix("(") || index == first {
                if index == first, !(line.hasSuffix("{") || line.hasSuffix("(")) { return String(line) }
                continue
            }
            if line.hasPrefix(indent), line.dropFirst(indent.count).first.map({ $0 == "}" || $0 == ")" }) == true {
                return lines[first...index].joined(separator: "\n")
            }
        }
        return nil
    }
}
