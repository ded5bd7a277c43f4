import Testing
@testable import SpecKit

/// The namespace: `--namespace`, else `info.x-swift-namespace`, else derived from the title,
/// else from the file name.
@Suite struct NamespaceDerivationTests {
    @Test(arguments: [
        ("OpenAI API", "openai.json", "OpenAI"),
        ("Dream Machine API", "luma.yaml", "DreamMachine"),
        ("Kling AI API", "kling.yaml", "KlingAI"),
        ("Swagger Petstore", "petstore.yaml", "SwaggerPetstore"),
        ("Replicate HTTP API", "replicate.json", "ReplicateHTTP"),
        ("API", "acme.json", "API"),
        ("vidu: the official API (v2)", "vidu.json", "ViduTheOfficialAPIV2"),
        ("3D Studio", "studio-3d.yaml", "Studio3d"),
        ("Self", "my-self.yml", "MySelf"),
        ("", "kling-tryagi.yaml", "KlingTryagi"),
        ("Été", "ete.json", "T"),
        ("🎬", "9lives.json", "Provider9lives"),
        ("String", "string.json", "StringAPI"),
    ])
    func derivation(title: String, file: String, expected: String) {
        #expect(DocumentContext.derivedNamespace(title: title, file: "specs/" + file) == expected)
    }

    @Test func theNamespaceIsTakenInOrder() throws {
        let text = VendorFixtures.document(title: "OpenAI API")
        #expect(VendorFixtures.read(text)?.namespace == "OpenAI")
        #expect(VendorFixtures.read(text, namespace: "Oai")?.namespace == "Oai")
        let written = text.replacingOccurrences(of: "title: OpenAI API,", with: "title: OpenAI API, x-swift-namespace: OpenAIClient,")
        #expect(VendorFixtures.read(written)?.namespace == "OpenAIClient")
        #expect(VendorFixtures.read(written, namespace: "Oai")?.namespace == "Oai")
        #expect(VendorFixtures.read(text)?.warnings.isEmpty == true)
    }

    @Test func anUnusableNameIsAnError() throws {
        let text = VendorFixtures.document()
        do {
            _ = try DocumentReader.read(text: text, file: "specs/acme.yaml", namespace: "self")
            Issue.record("read")
        } catch {
            #expect(error.diagnostics.map(\.message) == ["--namespace 'self' is not usable as a Swift namespace"])
            #expect(error.diagnostics.first?.hint == "give an ASCII identifier that starts with an upper-case letter and is not a Swift keyword or a name generated code needs, such as 'AcmeVideo'")
        }
        let written = text.replacingOccurrences(of: "version: \"1\"}", with: "version: \"1\", x-swift-namespace: Acme-Video}")
        #expect(VendorFixtures.errors(written) == [
            "'x-swift-namespace' must be an ASCII identifier that starts with an upper-case letter and is not a Swift keyword or a name generated code needs, not 'Acme-Video'",
        ])
        for reserved in ["Self", "Protocol", "ProviderRegistry", "Client"] {
            let taken = text.replacingOccurrences(of: "version: \"1\"}", with: "version: \"1\", x-swift-namespace: \(reserved)}")
            #expect(VendorFixtures.errors(taken).count == 1, "\(reserved)")
        }
    }

    @Test func theProviderIDDropsTheYAMLExtension() throws {
        let document = try #require(VendorFixtures.read(VendorFixtures.document(), file: "specs/kling-tryagi.yaml"))
        #expect(document.providerID == "kling-tryagi")
        #expect(SpecDocument.stem(of: "specs/acme.YML") == "acme")
        #expect(SpecDocument.stem(of: "specs/acme.json") == "acme")
    }
}
