import Testing
@testable import ViduRuntime

/// A matched `not` names the forbidden members when the negated schema is the spec's
/// "forbidden field" form, and falls back to the generic sentence otherwise.
@Suite struct SchemaEvaluatorNotMessageTests {
    static let table = SchemaTable(nodes: [
        SchemaNode(not: 1),                        // 0: not {required: [videos]}
        SchemaNode(required: ["videos"]),          // 1
        SchemaNode(not: 3),                        // 2: not {anyOf: [{required: [style]}, {required: [aspect_ratio]}]}
        SchemaNode(anyOf: [4, 5]),                 // 3
        SchemaNode(required: ["style"]),           // 4
        SchemaNode(required: ["aspect_ratio"]),    // 5
        SchemaNode(not: 7),                        // 6: not {type: string}
        SchemaNode(types: [.string]),              // 7
    ])

    @Test func namesTheForbiddenMember() {
        #expect(Self.table.validate(["videos": ["https://a/v.mp4"]], against: 0) == [
            Violation(pointer: "", keyword: "not", message: #"must not have "videos" here"#),
        ])
    }

    @Test func namesOnlyTheForbiddenMembersThatArePresent() {
        #expect(Self.table.validate(["aspect_ratio": "16:9", "prompt": "x"], against: 2) == [
            Violation(pointer: "", keyword: "not", message: #"must not have "aspect_ratio" here"#),
        ])
        #expect(Self.table.validate(["aspect_ratio": "16:9", "style": "anime"], against: 2).map(\.message) == [
            #"must not have "style" or "aspect_ratio" here"#,
        ])
        #expect(Self.table.validate(["prompt": "x"], against: 2) == [])
    }

    @Test func otherSchemasGetTheGenericSentence() {
        #expect(Self.table.validate("abc", against: 6) == [
            Violation(pointer: "", keyword: "not", message: #"must not match the schema in "not" (got "abc")"#),
        ])
    }
}
