import Testing
@testable import SpecKit

/// `info.x-provider`: the provider's display name and key variable, checked where written.
@Suite struct ProviderInfoTests {
    static func document(_ provider: String) -> String {
        SpecFixtures.document(schemas: "").replacingOccurrences(
            of: #""x-swift-namespace": "T""#, with: #""x-swift-namespace": "T", "x-provider": "# + provider)
    }

    static func firstLines(_ text: String) -> [String] {
        SpecFixtures.diagnostics(text).map { String($0.description.split(separator: "\n")[0]) }
    }

    @Test func readsBothMembers() throws {
        let document = try DocumentReader.read(text: Self.document(#"{"displayName": "Acme", "keyEnvironmentVariable": "ACME_API_KEY"}"#), file: "specs/acme.json")
        #expect(document.providerInfo == ProviderInfo(displayName: "Acme", keyEnvironmentVariable: "ACME_API_KEY"))
        #expect(document.providerID == "acme")
    }

    @Test func isOptional() throws {
        let document = try DocumentReader.read(text: SpecFixtures.document(schemas: ""), file: "specs/acme.json")
        #expect(document.providerInfo == nil)
    }

    @Test func refusesBadValuesAndUnknownMembers() {
        let lines = Self.firstLines(Self.document(#"{"displayName": " ", "keyEnvironmentVariable": "acme-key", "colour": "red"}"#))
        #expect(lines.count == 3)
        #expect(lines.contains { $0.contains("'displayName' must not be empty [#/info/x-provider/displayName]") })
        #expect(lines.contains { $0.contains("'keyEnvironmentVariable' must be an environment variable name, not 'acme-key' [#/info/x-provider/keyEnvironmentVariable]") })
        #expect(lines.contains { $0.contains("colour") })
        #expect(Self.firstLines(Self.document(#""Acme""#)).first?.contains("'x-provider' must be an object, not a string") == true)
    }

    @Test func suggestsTheVariableFromTheFileName() {
        #expect(DocumentContext.suggestedKeyVariable(forFile: "specs/acme-video.json") == "ACME_VIDEO_API_KEY")
        #expect(DocumentContext.isEnvironmentVariableName("ACME_2_KEY"))
        #expect(!DocumentContext.isEnvironmentVariableName("2ACME"))
    }
}
