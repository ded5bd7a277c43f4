import Foundation
import SpecKit
import Testing
@testable import CodeGen

/// Schema, property and enum value names that collide with Swift, the standard library or the
/// generated code's own names are renamed with a warning, never refused.
@Suite struct CollidingNameTests {
    static let schemas = #"""
    "Body": {"type": "object", "properties": {
      "error": {"$ref": "#/components/schemas/Error"}, "self": {"type": "string"}, "json_value": {"type": "integer"},
      "fooBar": {"type": "string"}, "foo_bar": {"type": "object", "properties": {"a": {"type": "string"}}},
      "state": {"type": "string", "x-known-values": ["unknown", "rawValue", "done", "self"]}
    }},
    "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
    "Client": {"type": "object", "properties": {"id": {"type": "string"}}},
    "Operations": {"type": "string"}, "Tasks": {"type": "integer"}, "Webhooks": {"type": "boolean"},
    "Type": {"type": "string"}, "Protocol": {"type": "string"}, "Self": {"type": "string"}, "struct": {"type": "string"},
    "String": {"type": "object", "properties": {"s": {"type": "string"}}}, "Data": {"type": "string"}, "URL": {"type": "string"},
    "ErrorValue": {"type": "string"}, "CreateThingRequest": {"type": "string"}
    """#

    static func generate() throws -> (text: String, warnings: [String]) {
        let document = try DocumentReader.read(text: TestSupport.spec(schemas: schemas), file: "specs/test.json")
        let result = try CodeGenerator.generateReportingWarnings([document])
        return (TestSupport.allText(Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0.contents) })), result.warnings.map(\.message))
    }

    @Test func collidingNamesAreRenamedWithAWarning() throws {
        let (text, warnings) = try Self.generate()
        for renamed in ["ErrorValue2", "ClientValue", "OperationsValue", "TasksValue", "WebhooksValue", "TypeValue", "ProtocolValue",
                        "SelfValue", "StringValue", "DataValue", "URLValue"] {
            #expect(text.contains("public struct \(renamed):") || text.contains("public typealias \(renamed) ="), "\(renamed)")
        }
        // A name usable as it is keeps it: `ErrorValue` is the spec's own schema.
        #expect(text.contains("public typealias ErrorValue = String"))
        #expect(text.contains("public var error: Test.ErrorValue2?"))
        #expect(text.contains("public var selfValue: String?") && text.contains("public var jsonValueValue: Int?"))
        #expect(text.contains("public var fooBar: String?") && text.contains("public var fooBar2: FooBar2?"))
        for name in ["case unknownValue", "case rawValueValue", "case selfValue", "case unknown(String)", #"case .unknownValue: "unknown""#] {
            #expect(text.contains(name), "\(name)")
        }
        let expected = [
            "property 'self' of 'Body' is generated as 'selfValue': 'self' is a Swift keyword, a standard library type or a name the generated code declares itself",
            "property 'foo_bar' of 'Body' is generated as 'fooBar2': another name of the same scope already becomes 'fooBar'",
            "enum value 'unknown' of 'State' is generated as 'unknownValue': 'unknown' is a Swift keyword, a standard library type or a name the generated code declares itself",
            "schema 'Error' is generated as 'ErrorValue2': 'Error' is a Swift keyword, a standard library type or a name the generated code declares itself",
            "schema 'URL' is generated as 'URLValue': 'URL' is a Swift keyword, a standard library type or a name the generated code declares itself",
        ]
        for message in expected { #expect(warnings.contains(message), "\(message)") }
        #expect(warnings.count == 17)
    }

    @Test(.enabled(if: CompileCheck.isAvailable, CompileCheck.unavailableReason))
    func theRenamedOutputTypeChecks() async throws {
        let document = try DocumentReader.read(text: TestSupport.spec(schemas: Self.schemas), file: "specs/test.json")
        let files = try CodeGenerator.generate([document])
        CompileCheck.expectSuccess(try await CompileCheck.typecheck(Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })), "swiftc -typecheck")
    }
}
