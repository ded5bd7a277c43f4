import Foundation
import SpecKit
import Testing
@testable import CodeGen

/// `oneOf`/`anyOf` with branches of the same JSON type: told apart by a `const`-tagged
/// property, else by the schema validator; a free-form branch too. Never refused.
@Suite struct ObjectUnionTests {
    static let schemas = #"""
    "Body": {"type": "object", "properties": {
      "pet": {"$ref": "#/components/schemas/Pet"},
      "shape": {"oneOf": [
        {"type": "object", "required": ["radius"], "properties": {"radius": {"type": "number"}}},
        {"type": "object", "required": ["side"], "properties": {"side": {"type": "number"}}}
      ]},
      "loose": {"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "integer"}}, {"type": "array", "items": {"type": "string"}}, {}]}
    }},
    "Pet": {"oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}]},
    "Cat": {"type": "object", "required": ["type"], "properties": {"type": {"const": "cat"}, "meow": {"type": "boolean"}}},
    "Dog": {"type": "object", "required": ["type"], "properties": {"type": {"type": "string", "enum": ["dog"]}, "bark": {"type": "boolean"}}}
    """#

    static func generate() throws -> [String: String] {
        try TestSupport.generate(TestSupport.spec(schemas: schemas))
    }

    @Test func constTaggedBranchesAreChosenByTheirTag() throws {
        let text = TestSupport.allText(try Self.generate())
        #expect(text.contains(#"if case .object(let object) = json, case .string(let tag)? = object["type"] {"#))
        #expect(text.contains(#"case "cat":"#) && text.contains("self = .cat(try container.decode(Test.Cat.self))"))
    }

    @Test func untaggedBranchesAreChosenByTheValidator() throws {
        let text = TestSupport.allText(try Self.generate())
        #expect(text.contains("if Test.schemaTable.validate(json, against: Test.unionBranchRoots[1]).isEmpty, let value = try? container.decode(ShapeObject2.self) {"))
        #expect(text.contains("public static let unionBranchRoots: [Int] = ["))
    }

    @Test(.enabled(if: CompileCheck.isAvailable, CompileCheck.unavailableReason))
    func decodingPicksTheBranchTheJSONBelongsTo() async throws {
        let main = #"""
        import Foundation
        import ViduRuntime
        func show(_ text: String) {
            let body = try! JSONDecoder().decode(Test.Body.self, from: Data(text.utf8))
            var parts: [String] = []
            if let pet = body.pet { parts.append(pet.catValue != nil ? "cat" : "dog") }
            if let shape = body.shape { parts.append(shape.objectValue != nil ? "circle" : "square") }
            if let loose = body.loose { parts.append(loose.stringValue != nil ? "string" : loose.arrayValue != nil ? "ints" : loose.array3Value != nil ? "strings" : "json") }
            print(parts.joined(separator: " "))
            let again = try! JSONDecoder().decode(Test.Body.self, from: JSONEncoder().encode(body))
            precondition(again == body && body.jsonValue == (try! ViduRuntime.JSONValueEncoder().encode(body)))
        }
        show(#"{"pet": {"type": "dog", "bark": true}, "shape": {"side": 2}, "loose": ["a"]}"#)
        show(#"{"pet": {"type": "cat"}, "shape": {"radius": 1}, "loose": [1, 2]}"#)
        show(#"{"shape": {"side": 2, "radius": 1}, "loose": {"x": 1}}"#)
        show(#"{"loose": "s"}"#)
        """#
        let outcome = try await CompileCheck.run(try Self.generate(), main: main)
        CompileCheck.expectSuccess(outcome, "compile and run")
        #expect(outcome.output.hasSuffix("dog square strings\ncat circle ints\ncircle json\nstring\n"))
    }
}
