import Testing
@testable import ViduRuntime

/// Messages describe URL patterns in words, not as JSON-escaped regular expressions.
@Suite struct MessageWordingTests {
    @Test func urlPatternsAreDescribedInWords() {
        let table = SchemaTable(nodes: [
            SchemaNode(types: [.object], properties: [SchemaMember("callback_url", 1), SchemaMember("image", 2), SchemaMember("seed", 3)]),
            SchemaNode(types: [.string], pattern: SchemaPattern(#"^https?://\S+$"#)),
            SchemaNode(types: [.string], pattern: SchemaPattern(#"^(https?://\S+|data:image/[A-Za-z0-9.+-]+;base64,\S+)$"#)),
            SchemaNode(types: [.string], pattern: SchemaPattern(#"^[0-9]+$"#)),
        ])
        let violations = table.validate(["callback_url": "ftp://x", "image": "cat.png", "seed": "12a"], against: 0)
        #expect(violations.map(\.message) == [
            #"must be an http(s) URL (got "ftp://x")"#,
            #"must be an http(s) URL or a base64 data URL of an image (got "cat.png")"#,
            #"must be a string of digits (got "12a")"#,
        ])
        #expect(!violations.contains { $0.message.contains(#"\\"#) || $0.message.contains("^") })
    }
}
