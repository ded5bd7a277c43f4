import Foundation
import ViduRuntime

/// Checks every JSON-in-string member an entry lists (`SchemaEntry.embeddedJSON`, generated from
/// `contentMediaType: application/json` with a `contentSchema`), for any provider and body.
///
/// Each string found in the instance must parse as JSON, conform to the content schema, decode
/// into the generated content type, and re-encode to the JSON parsed independently.
enum EmbeddedJSONChecks {
    /// Failures for `instance`, a body that conforms to `entry`.
    static func failures(of instance: JSONValue, entry: SchemaEntry) -> [String] {
        var failures: [String] = []
        for field in entry.embeddedJSON {
            for (pointer, text) in field.strings(in: instance) {
                failures += check(text, at: pointer, field: field, table: entry.schemaTable)
            }
        }
        return failures
    }

    private static func check(_ text: String, at pointer: String, field: SchemaEntry.EmbeddedJSON, table: SchemaTable) -> [String] {
        let content: JSONValue
        do {
            content = try JSONValue(parsing: Data(text.utf8))
        } catch {
            return ["\(pointer) is not JSON: \(error)"]
        }
        let violations = table.validate(content, against: field.contentRoot)
        guard violations.isEmpty else {
            return ["\(pointer) holds JSON that breaks its content schema: \(violations.map(\.description).joined(separator: "; "))"]
        }
        let decoded: any Sendable
        do {
            decoded = try field.decode(Data(text.utf8))
        } catch {
            return ["\(pointer) does not decode into \(field.typeName): \(error)"]
        }
        guard let encodable = decoded as? any Encodable else { return ["\(field.typeName) is not Encodable"] }
        do {
            let encoded = try JSONValueEncoder().encode(encodable)
            return JSONComparison.notContained(encoded, in: content).map { ["re-encoding \(pointer) as \(field.typeName) changes it: \($0)"] } ?? []
        } catch {
            return ["\(field.typeName) does not re-encode: \(error)"]
        }
    }
}
