import Foundation
import ViduRuntime

/// Reads the documented examples out of `specs/*.json`.
enum SpecExamples {
    /// The repository's `specs/` directory.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("specs")

    /// The parsed spec `name` (`apimart`, `apixo`, `vidu`, `uniall`).
    static func spec(_ name: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(contentsOf: directory.appendingPathComponent("\(name).json")))
    }

    /// The request-body examples of `operationID`, by name.
    static func requestExamples(_ spec: String, operationID: String) throws -> [String: JSONValue] {
        try examples(in: spec, operationID: operationID) { $0["requestBody"] }
    }

    /// The response examples of `operationID` for `status`, by name.
    static func responseExamples(_ spec: String, operationID: String, status: String) throws -> [String: JSONValue] {
        try examples(in: spec, operationID: operationID) { $0["responses"]?[status] }
    }

    private static func examples(in name: String, operationID: String, part: (JSONValue) -> JSONValue?) throws -> [String: JSONValue] {
        let document = try spec(name)
        for (_, item) in document["paths"]?.objectValue ?? [:] {
            for (_, operation) in item.objectValue ?? [:] where operation["operationId"]?.stringValue == operationID {
                let examples = part(operation)?["content"]?["application/json"]?["examples"]?.objectValue ?? [:]
                return examples.compactMapValues { $0["value"] }
            }
        }
        return [:]
    }
}
