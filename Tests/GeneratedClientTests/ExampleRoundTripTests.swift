import Foundation
import Testing
import ViduClients
import ViduRuntime

/// Every documented example of every spec decodes into its generated type and encodes back
/// to the same JSON, through the generated `schemaEntries`.
@Suite struct ExampleRoundTripTests {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every generated provider's entries, by id (the spec file's base name).
    static let entries: [String: [SchemaEntry]] = Dictionary(uniqueKeysWithValues: ProviderRegistry.all.map { ($0.id, $0.schemaEntries) })

    /// An example: which body of which operation, and its JSON.
    struct Example: CustomStringConvertible {
        var provider: String
        var operationID: String
        var kind: SchemaEntry.Kind
        var name: String
        var value: Any
        var description: String { "\(provider) \(operationID) \(kind) example '\(name)'" }
    }

    static func examples() throws -> [Example] {
        var result: [Example] = []
        for provider in entries.keys.sorted() {
            let data = try Data(contentsOf: packageRoot.appendingPathComponent("specs/\(provider).json"))
            let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            func collect(_ operation: [String: Any], operationID: String, requestKind: SchemaEntry.Kind) {
                func add(_ content: Any?, _ kind: SchemaEntry.Kind) {
                    let media = ((content as? [String: Any])?["content"] as? [String: Any])?["application/json"] as? [String: Any]
                    for (name, example) in (media?["examples"] as? [String: Any] ?? [:]) {
                        guard let value = (example as? [String: Any])?["value"] else { continue }
                        result.append(Example(provider: provider, operationID: operationID, kind: kind, name: name, value: value))
                    }
                }
                add(operation["requestBody"], requestKind)
                for (status, response) in operation["responses"] as? [String: Any] ?? [:] {
                    add(response, .response(status: status))
                }
            }
            for (_, item) in root["paths"] as? [String: Any] ?? [:] {
                for (_, operation) in item as? [String: Any] ?? [:] {
                    guard let operation = operation as? [String: Any], let id = operation["operationId"] as? String else { continue }
                    collect(operation, operationID: id, requestKind: .request)
                }
            }
            for (name, item) in root["webhooks"] as? [String: Any] ?? [:] {
                for (_, operation) in item as? [String: Any] ?? [:] {
                    guard let operation = operation as? [String: Any] else { continue }
                    collect(operation, operationID: operation["operationId"] as? String ?? name, requestKind: .webhook(name: name))
                }
            }
        }
        return result
    }

    /// A documented example with its schema entry, its JSON text and its decoded value.
    struct DecodedExample {
        var example: Example
        var entry: SchemaEntry
        var data: Data
        var decoded: any Sendable
    }

    /// Every documented example, decoded into its generated type through `schemaEntries`.
    /// An example without an entry, or one that does not decode, is recorded as a test issue.
    static func decodedExamples() throws -> [DecodedExample] {
        let examples = try examples()
        #expect(examples.count > 10)
        var result: [DecodedExample] = []
        for example in examples {
            guard let entry = entries[example.provider]?.entry(operationID: example.operationID, kind: example.kind) else {
                Issue.record("no schema entry for \(example)")
                continue
            }
            let data = try JSONSerialization.data(withJSONObject: example.value, options: [.fragmentsAllowed])
            do {
                result.append(DecodedExample(example: example, entry: entry, data: data, decoded: try entry.decode(data)))
            } catch {
                Issue.record("\(example) does not decode into \(entry.typeName): \(error)")
            }
        }
        return result
    }

    @Test func everyExampleRoundTrips() throws {
        for item in try Self.decodedExamples() {
            let encodable = try #require(item.decoded as? any Encodable)
            let reencoded = try JSONValue(parsing: JSONEncoder().encode(encodable))
            #expect(reencoded == (try JSONValue(parsing: item.data)), "\(item.example) does not round-trip through \(item.entry.typeName)")
        }
    }

    @Test func everyExampleIsValidAgainstItsCompiledSchema() throws {
        for item in try Self.decodedExamples() {
            #expect(item.entry.validate(try JSONValue(parsing: item.data)) == [], "\(item.example)")
        }
    }

    @Test func invalidRequestIsCaughtBeforeSending() throws {
        let request = Apimart.ApimartCreateVideoRequest(model: .viduq3, prompt: "a cat", imageURLs: [], duration: 99)
        let violations = request.validate()
        #expect(violations.contains { $0.pointer == "/duration" && $0.keyword == "maximum" })
        #expect(violations.contains { $0.pointer == "/image_urls" && $0.keyword == "minItems" })
    }

    @Test func openEnumsKeepUnknownValues() throws {
        let state = try JSONDecoder().decode(ViduPlatform.ViduTaskState.self, from: Data(#""brand-new-state""#.utf8))
        #expect(state == .unknown("brand-new-state"))
        #expect(state.rawValue == "brand-new-state")
        #expect(String(decoding: try JSONEncoder().encode(state), as: UTF8.self) == #""brand-new-state""#)
        #expect(ViduPlatform.ViduTaskState(rawValue: "success") == .success)
    }

    @Test func absentOptionalsAreNotEncoded() throws {
        let request = Apimart.ApimartCreateVideoRequest(model: .viduq3, prompt: "a cat", imageURLs: ["https://example.com/a.png"])
        let json = try JSONValue(parsing: JSONEncoder().encode(request))
        #expect(json == ["model": "viduq3", "prompt": "a cat", "image_urls": ["https://example.com/a.png"]])
        #expect(request.durationOrDefault == 5)
        #expect(request.resolutionOrDefault == .p720)
    }
}
