import Testing
@testable import ViduRuntime

/// Messages say each problem once, and describe URL patterns in words.
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

    @Test func theSameViolationFromTwoBranchesIsReportedOnce() {
        // Two allOf branches that both cap the length: one problem, one message.
        let table = SchemaTable(nodes: [
            SchemaNode(allOf: [1, 1, 2]),
            SchemaNode(types: [.string], maxLength: 3),
            SchemaNode(types: [.string], minLength: 10),
        ])
        let violations = table.validate("abcdef", against: 0)
        #expect(violations == [
            Violation(pointer: "", keyword: "maxLength", message: "must have at most 3 characters (has 6)"),
            Violation(pointer: "", keyword: "minLength", message: "must have at least 10 characters (has 6)"),
        ])
    }
}
