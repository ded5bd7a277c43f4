import Testing
@testable import ViduRuntime

/// Issue 12: each problem once. A violation identical to one already reported (same pointer,
/// keyword and message) is dropped; violations that differ in message are different facts.
@Suite struct SchemaEvaluatorDeduplicationTests {
    /// Like apimart's video request: a shared duration bound 1–16 and `prompt` required, plus
    /// model rules in `allOf` `if`/`then` branches. viduq3 repeats the shared bound (3–16) and
    /// requires `prompt` again and `seed`; viduq2 narrows the bound to 10.
    static let request = SchemaTable(nodes: [
        SchemaNode(
            types: [.object],
            properties: [SchemaMember("model", 1), SchemaMember("duration", 2), SchemaMember("prompt", 3), SchemaMember("seed", 3)],
            required: ["prompt"], allOf: [4, 8]),
        SchemaNode(types: [.string]),
        SchemaNode(types: [.integer], minimum: 1, maximum: 16),
        SchemaNode(types: [.string]),
        SchemaNode(ifSchema: 5, thenSchema: 7),
        SchemaNode(properties: [SchemaMember("model", 6)], required: ["model"]),
        SchemaNode(constValue: .string("viduq3")),
        SchemaNode(properties: [SchemaMember("duration", 9)], required: ["prompt", "seed"]),
        SchemaNode(ifSchema: 10, thenSchema: 12),
        SchemaNode(minimum: 3, maximum: 16),
        SchemaNode(properties: [SchemaMember("model", 11)], required: ["model"]),
        SchemaNode(constValue: .string("viduq2")),
        SchemaNode(properties: [SchemaMember("duration", 13)]),
        SchemaNode(maximum: 10),
    ])

    @Test func identicalRepeatIsReportedOnceAtItsFirstPlace() {
        // The viduq3 branch repeats "/duration maximum must be at most 16" and "/prompt
        // required"; each stays once, where it was first reported, and the branch's new
        // violation (`seed`) follows.
        #expect(Self.request.validate(["model": "viduq3", "duration": 17], against: 0) == [
            Violation(pointer: "/duration", keyword: "maximum", message: "must be at most 16 (got 17)"),
            Violation(pointer: "/prompt", keyword: "required", message: "is required"),
            Violation(pointer: "/seed", keyword: "required", message: "is required"),
        ])
    }

    @Test func samePointerAndKeywordWithDifferentMessagesAreBothKept() {
        // The shared bound (16) and the viduq2 bound (10) are two facts about one value.
        #expect(Self.request.validate(["model": "viduq2", "duration": 17], against: 0) == [
            Violation(pointer: "/duration", keyword: "maximum", message: "must be at most 16 (got 17)"),
            Violation(pointer: "/prompt", keyword: "required", message: "is required"),
            Violation(pointer: "/duration", keyword: "maximum", message: "must be at most 10 (got 17)"),
        ])
    }

    @Test func violationsOnlyTheBranchReportsAreUnaffected() {
        // 2 is inside the shared bound: only the viduq3 branch rejects it, once.
        #expect(Self.request.validate(["model": "viduq3", "duration": 2, "prompt": "a cat", "seed": "1"], against: 0) == [
            Violation(pointer: "/duration", keyword: "minimum", message: "must be at least 3 (got 2)"),
        ])
        #expect(Self.request.validate(["model": "viduq3", "duration": 16, "prompt": "a cat", "seed": "1"], against: 0) == [])
    }

    @Test func eachValidationStartsAfresh() {
        // Nothing seen by one call suppresses the same violation in the next.
        let instance: JSONValue = ["model": "viduq3", "duration": 17]
        let first = Self.request.validate(instance, against: 0)
        #expect(Self.request.validate(instance, against: 0) == first)
        #expect(first.count == 3)
    }

    /// `anyOf` names its closest branch and counts that branch's other violations; a repeat
    /// inside the branch is not counted twice.
    static let choice = SchemaTable(nodes: [
        SchemaNode(anyOf: [1, 2]),
        SchemaNode(types: [.string]),
        SchemaNode(types: [.object], properties: [SchemaMember("n", 3)], allOf: [4]),
        SchemaNode(maximum: 5),
        SchemaNode(properties: [SchemaMember("n", 3)]),
    ])

    @Test func closestBranchCountsARepeatOnce() {
        let violations = Self.choice.validate(["n": 6], against: 0)
        #expect(violations == [
            Violation(pointer: "", keyword: "anyOf", message: "must match at least one of the 2 schemas in \"anyOf\"; closest is schema 1, where /n must be at most 5 (got 6)"),
        ])
    }
}
