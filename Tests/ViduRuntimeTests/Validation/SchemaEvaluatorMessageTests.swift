import Testing
@testable import ViduRuntime

/// Exact violation lists: pointer, keyword and message for each.
@Suite struct SchemaEvaluatorMessageTests {
    /// A request-like object: model enum, bounded duration, prompt length, required fields,
    /// no extra members.
    static let request = SchemaTable(nodes: [
        SchemaNode(
            types: [.object],
            properties: [SchemaMember("model", 1), SchemaMember("duration", 2), SchemaMember("prompt", 3), SchemaMember("images", 4)],
            additionalProperties: 6, required: ["model", "prompt"]),
        SchemaNode(types: [.string], enumValues: [.string("540p"), .string("720p"), .string("1080p")]),
        SchemaNode(types: [.integer], minimum: 1, maximum: 16),
        SchemaNode(types: [.string], maxLength: 5000),
        SchemaNode(types: [.array], items: 5, maxItems: 2, uniqueItems: true),
        SchemaNode(types: [.string], pattern: SchemaPattern("^https://")),
        SchemaNode(always: false),
    ])

    @Test func reportsEveryViolationWithPointerKeywordAndMessage() {
        let instance: JSONValue = [
            "model": "360p", "duration": 17,
            "images": ["http://a", "https://b", "https://b"], "extra": 1,
        ]
        #expect(Self.request.validate(instance, against: 0) == [
            Violation(pointer: "/model", keyword: "enum", message: #"must be one of "540p", "720p", "1080p" (got "360p")"#),
            Violation(pointer: "/duration", keyword: "maximum", message: "must be at most 16 (got 17)"),
            Violation(pointer: "/images/0", keyword: "pattern", message: #"must match the pattern ^https:// (got "http://a")"#),
            Violation(pointer: "/images", keyword: "maxItems", message: "must have at most 2 items (has 3)"),
            Violation(pointer: "/images", keyword: "uniqueItems", message: #"must not contain equal items (items 1 and 2 are both "https://b")"#),
            Violation(pointer: "/extra", keyword: "additionalProperties", message: "is not a member the spec declares (misspelt? a field the spec does not know yet goes through extraFields)"),
            Violation(pointer: "/prompt", keyword: "required", message: "is required"),
        ])
        #expect(!Self.request.isValid(instance, against: 0))
    }

    @Test func validInstanceHasNoViolations() {
        let instance: JSONValue = ["model": "720p", "duration": 8.0, "prompt": "a cat", "images": ["https://x"]]
        #expect(Self.request.validate(instance, against: 0) == [])
        #expect(Self.request.isValid(instance, against: 0))
    }

    @Test func typeAndLengthMessages() {
        let duration = Self.request.validate(["model": "720p", "prompt": .string(String(repeating: "a", count: 5001)), "duration": 1.5], against: 0)
        #expect(duration == [
            Violation(pointer: "/duration", keyword: "type", message: "must be of type integer (got number 1.5)"),
            Violation(pointer: "/prompt", keyword: "maxLength", message: "must have at most 5000 characters (has 5001)"),
        ])
        #expect(Self.request.validate("x", against: 0) == [
            Violation(pointer: "", keyword: "type", message: #"must be of type object (got string "x")"#),
        ])
    }

    /// anyOf/oneOf report once at the instance, naming the closest branch; allOf and
    /// if/then report the inner violations.
    static let combinators = SchemaTable(nodes: [
        SchemaNode(properties: [SchemaMember("a", 1), SchemaMember("o", 4), SchemaMember("n", 5), SchemaMember("c", 7)]),
        SchemaNode(anyOf: [2, 3]),
        SchemaNode(types: [.string]),
        SchemaNode(types: [.integer], maximum: 3),
        SchemaNode(oneOf: [2, 9]),
        SchemaNode(not: 6),
        SchemaNode(constValue: .number(0)),
        SchemaNode(allOf: [3], ifSchema: 8, thenSchema: 6),
        SchemaNode(minimum: 2),
        SchemaNode(minLength: 1),
    ])

    @Test func combinatorMessages() {
        let instance: JSONValue = ["a": 4, "o": "x", "n": 0.0, "c": 5]
        #expect(Self.combinators.validate(instance, against: 0) == [
            Violation(pointer: "/a", keyword: "anyOf", message: #"must match at least one of the 2 schemas in "anyOf"; closest is schema 1, where must be at most 3 (got 4)"#),
            Violation(pointer: "/o", keyword: "oneOf", message: #"must match exactly one of the 2 schemas in "oneOf" but matches 2 (schemas 0, 1)"#),
            Violation(pointer: "/n", keyword: "not", message: #"must not match the schema in "not" (got 0)"#),
            Violation(pointer: "/c", keyword: "maximum", message: "must be at most 3 (got 5)"),
            Violation(pointer: "/c", keyword: "const", message: "must be 0 (got 5)"),
        ])
    }

    static let objectRules = SchemaTable(nodes: [
        SchemaNode(
            propertyNames: 1, dependentRequired: [SchemaDependency("width", ["height"])], minProperties: 2,
            unevaluatedProperties: 2),
        SchemaNode(maxLength: 5),
        SchemaNode(always: false),
    ])

    @Test func objectMessages() {
        #expect(Self.objectRules.validate(["width": 3, "a/b~toolong": 1], against: 0) == [
            Violation(pointer: "/a~1b~0toolong", keyword: "propertyNames", message: "is not an allowed property name (must have at most 5 characters (has 11))"),
            Violation(pointer: "/height", keyword: "dependentRequired", message: #"is required when "width" is present"#),
            Violation(pointer: "/a~1b~0toolong", keyword: "unevaluatedProperties", message: "is not a member the spec declares (misspelt? a field the spec does not know yet goes through extraFields)"),
            Violation(pointer: "/width", keyword: "unevaluatedProperties", message: "is not a member the spec declares (misspelt? a field the spec does not know yet goes through extraFields)"),
        ])
        #expect(Self.objectRules.validate([:], against: 0) == [
            Violation(pointer: "", keyword: "minProperties", message: "must have at least 2 properties (has 0)"),
        ])
    }
}
