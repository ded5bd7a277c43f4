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

    @Test func propertiesThatCollideAfterNamingAreRenamed() throws {
        let diagnostic = try only(TestSupport.warnings(TestSupport.spec(schemas:
            #""Body": {"type": "object", "properties": {"image_url": {"type": "string"}, "imageUrl": {"type": "string"}}}"#)))
        #expect(diagnostic.message == "property 'imageUrl' of 'Body' is generated as 'imageURL2': another name of the same scope already becomes 'imageURL'")
        #expect(diagnostic.pointer == "/components/schemas/Body/properties/imageUrl")
        #expect(diagnostic.severity == .warning && diagnostic.hint != nil)
    }

    @Test func enumValuesThatCollideAfterNamingAreRenamed() throws {
        let diagnostic = try only(TestSupport.warnings(TestSupport.spec(schemas:
            #""Body": {"type": "object", "properties": {"mode": {"type": "string", "enum": ["text-video", "text_video"]}}}"#)))
        #expect(diagnostic.message == "enum value 'text_video' of 'Mode' is generated as 'textVideo2': another name of the same scope already becomes 'textVideo'")
    }

    @Test func enumValueThatCollidesWithUnknownIsRenamed() throws {
        let diagnostic = try only(TestSupport.warnings(TestSupport.spec(schemas:
            #""Body": {"type": "object", "properties": {"state": {"type": "string", "enum": ["ok", "unknown"]}}}"#)))
        #expect(diagnostic.message.hasPrefix("enum value 'unknown' of 'State' is generated as 'unknownValue'"))
    }

    @Test func typeNamedWithAKeywordIsRenamed() throws {
        let diagnostic = try only(TestSupport.warnings(TestSupport.spec(schemas:
            #""Body": {"type": "object", "properties": {"a": {"type": "string"}}}, "Type": {"type": "string"}"#)))
        #expect(diagnostic.message == "schema 'Type' is generated as 'TypeValue': 'Type' is a Swift keyword, a standard library type or a name the generated code declares itself")
        #expect(diagnostic.pointer == "/components/schemas/Type")
    }

    @Test func namespaceThatIsAKeyword() throws {
        // SpecKit refuses it while reading (since vendor-read).
        let text = TestSupport.spec(namespace: "Protocol", schemas: #""Body": {"type": "object", "properties": {"a": {"type": "string"}}}"#)
        do {
            _ = try DocumentReader.read(text: text, file: "specs/test.json")
            Issue.record("expected the namespace to be refused")
        } catch {
            let diagnostic = try only(error.diagnostics)
            #expect(diagnostic.message.contains("not 'Protocol'"))
            #expect(diagnostic.pointer == "/info/x-swift-namespace")
        }
    }

    @Test func validSpecHasNoDiagnostics() throws {
        #expect(try TestSupport.diagnostics(TestSupport.spec(schemas: #""Body": {"type": "object", "properties": {"a": {"type": "string"}}}"#)).isEmpty)
    }
}
