import Testing
@testable import SpecKit

/// Small vendor-style documents (YAML, no x- extensions) for the reading tests.
enum VendorFixtures {
    /// A document with `paths` and `components` bodies (YAML, indented by the caller as
    /// shown), security `key` (an http bearer scheme unless `schemes` replaces it).
    static func document(
        version: String = "3.0.3", title: String = "Acme Video API", security: String? = "[{key: []}]",
        paths: String = "", schemes: String = "key: {type: http, scheme: bearer}", schemas: String = "{}"
    ) -> String {
        var text = """
        openapi: \(version)
        info: {title: \(title), version: "1"}
        servers: [{url: "https://api.acme.example"}]

        """
        if let security { text += "security: \(security)\n" }
        text += "paths:\n" + (paths.isEmpty ? "  {}\n" : paths)
        text += """
        components:
          securitySchemes: {\(schemes)}
          schemas: \(schemas)

        """
        return text
    }

    /// A document whose one schema `S` is `schema` (a YAML flow mapping).
    static func schemaDocument(_ schema: String, version: String = "3.0.3") -> String {
        document(version: version, schemas: "{S: \(schema)}")
    }

    /// The document read from `text` (as `specs/acme.yaml`), or nil after recording its errors.
    static func read(_ text: String, file: String = "specs/acme.yaml", namespace: String? = nil) -> SpecDocument? {
        do {
            return try DocumentReader.read(text: text, file: file, namespace: namespace)
        } catch {
            Issue.record("does not read: \(error.description)")
            return nil
        }
    }

    /// The schema `S` of `schemaDocument(schema)`.
    static func schema(_ schema: String, version: String = "3.0.3") -> Schema? {
        read(schemaDocument(schema, version: version))?.schemas.first?.schema
    }

    /// The warnings' messages.
    static func warnings(_ text: String) -> [String] {
        read(text)?.warnings.map(\.message) ?? []
    }

    /// The errors' messages (empty when the document reads).
    static func errors(_ text: String, file: String = "specs/acme.yaml") -> [String] {
        do {
            _ = try DocumentReader.read(text: text, file: file)
            return []
        } catch {
            return error.diagnostics.map(\.message)
        }
    }
}
