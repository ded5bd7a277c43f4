import Testing
import SpecKit
@testable import CodeGen

/// One test per diagnostic the generator owns. Each names the file, line and column.
@Suite struct DiagnosticTests {
    private func only(_ diagnostics: [Diagnostic], sourceLocated: Bool = true) throws -> Diagnostic {
        #expect(diagnostics.count == 1, "\(diagnostics)")
        let diagnostic = try #require(diagnostics.first)
        if sourceLocated {
            #expect(diagnostic.location != nil)
            #expect(diagnostic.description.hasPrefix("specs/test.json:"))
        }
        return diagnostic
    }

    @Test func propertiesThatCollideAfterNaming() throws {
        let diagnostic = try only(TestSupport.diagnostics(TestSupport.spec(schemas:
            #""Body": {"type": "object", "properties": {"image_url": {"type": "string"}, "imageUrl": {"type": "string"}}}"#)))
        #expect(diagnostic.message == "property 'imageUrl' and 'image_url' of 'Body' both become the Swift name 'imageURL'")
        #expect(diagnostic.pointer == "/components/schemas/Body/properties/imageUrl")
        #expect(diagnostic.hint != nil)
    }

    @Test func enumValuesThatCollideAfterNaming() throws {
        let diagnostic = try only(TestSupport.diagnostics(TestSupport.spec(schemas:
            #""Body": {"type": "object", "properties": {"mode": {"type": "string", "enum": ["text-video", "text_video"]}}}"#)))
        #expect(diagnostic.message == "enum value 'text_video' and 'text-video' of 'Mode' both become the Swift name 'textVideo'")
    }

    @Test func enumValueThatCollidesWithUnknown() throws {
        let diagnostic = try only(TestSupport.diagnostics(TestSupport.spec(schemas:
            #""Body": {"type": "object", "properties": {"state": {"type": "string", "enum": ["ok", "unknown"]}}}"#)))
        #expect(diagnostic.message.contains("both become the Swift name 'unknown'"))
    }

    @Test func typeNamedWithAKeyword() throws {
        let diagnostic = try only(TestSupport.diagnostics(TestSupport.spec(schemas:
            #""Body": {"type": "object", "properties": {"a": {"type": "string"}}}, "Type": {"type": "string"}"#)))
        #expect(diagnostic.message == "schema name 'Type' becomes the Swift type name 'Type', which is a Swift keyword or a name the generated code needs")
        #expect(diagnostic.pointer == "/components/schemas/Type")
    }

    @Test func namespaceThatIsAKeyword() throws {
        let diagnostic = try only(TestSupport.diagnostics(TestSupport.spec(namespace: "Protocol", schemas:
            #""Body": {"type": "object", "properties": {"a": {"type": "string"}}}"#)), sourceLocated: false)
        #expect(diagnostic.message == "x-swift-namespace 'Protocol' is not usable as a Swift type name")
        #expect(diagnostic.pointer == "/info/x-swift-namespace")
    }

    @Test func validSpecHasNoDiagnostics() throws {
        #expect(try TestSupport.diagnostics(TestSupport.spec(schemas: #""Body": {"type": "object", "properties": {"a": {"type": "string"}}}"#)).isEmpty)
    }
}
