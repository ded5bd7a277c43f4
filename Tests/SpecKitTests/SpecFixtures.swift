@testable import SpecKit

/// Small helpers shared by the SpecKit tests.
enum SpecFixtures {
    /// A valid document whose `components.schemas` body is `schemas`; it starts on line 8.
    static func document(schemas: String) -> String {
        """
        {
          "openapi": "3.1.0",
          "info": {"title": "T", "version": "1", "x-swift-namespace": "T"},
          "security": [{"key": []}],
          "components": {
            "securitySchemes": {"key": {"type": "http", "scheme": "bearer"}},
            "schemas": {
        \(schemas)
            }
          }
        }
        """
    }

    /// The diagnostics of reading `text` as `file` (empty when it reads cleanly).
    static func diagnostics(_ text: String, file: String = "specs/t.json") -> [Diagnostic] {
        do {
            _ = try DocumentReader.read(text: text, file: file)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// The first line (`file:LINE:COL: warning: ... [#/pointer]`) of each warning of a
    /// document that must read without errors (an error is one line too, so a test sees it).
    static func warningLines(_ text: String, file: String = "specs/t.json") -> [String] {
        do {
            return try DocumentReader.read(text: text, file: file).warnings.map { String($0.description.split(separator: "\n", omittingEmptySubsequences: false)[0]) }
        } catch {
            return error.diagnostics.map { String($0.description.split(separator: "\n", omittingEmptySubsequences: false)[0]) }
        }
    }

    /// The warnings of a bare schema document read as plain JSON Schema.
    static func schemaWarnings(_ text: String) throws -> [Diagnostic] {
        var reader = SchemaReader(file: "s.json")
        _ = reader.read(try JSONParser.parse(text, file: "s.json"), at: "", documentURI: "https://example.com/root.json")
        return reader.warnings
    }

    /// The first line (`file:LINE:COL: error: ... [#/pointer]`) of each diagnostic.
    static func firstLines(_ text: String, file: String = "specs/t.json") -> [String] {
        diagnostics(text, file: file).map { String($0.description.split(separator: "\n", omittingEmptySubsequences: false)[0]) }
    }

    /// The diagnostics of reading a bare schema document.
    static func schemaDiagnostics(_ text: String, externalDocuments: [(uri: String, node: JSONNode)] = []) -> [Diagnostic] {
        do {
            let node = try JSONParser.parse(text, file: "s.json")
            _ = try SchemaDocumentReader.read(node, file: "s.json", baseURI: "https://example.com/root.json", externalDocuments: externalDocuments)
            return []
        } catch let error as DiagnosticList {
            return error.diagnostics
        } catch {
            return [error as! Diagnostic]
        }
    }

    /// Reads a bare schema document that must be valid.
    static func readSchema(_ text: String, baseURI: String = "https://example.com/root.json", externalDocuments: [(uri: String, node: JSONNode)] = []) throws -> (root: Schema, registry: SchemaRegistry) {
        let node = try JSONParser.parse(text, file: "s.json")
        return try SchemaDocumentReader.read(node, file: "s.json", baseURI: baseURI, externalDocuments: externalDocuments)
    }
}
