import Testing
@testable import ViduRuntime

/// `$dynamicRef` resolves to the outermost resource in the dynamic scope that declares the
/// anchor, and a `$ref` into the middle of a resource enters that resource's scope.
@Suite struct SchemaEvaluatorDynamicScopeTests {
    /// A `$ref`s B's `/$defs/x`, which `$ref`s C; C's `$dynamicRef "#node"` starts at C's own
    /// anchor (integer), but B, entered on the way, also declares `node` (string).
    static func table(markingResource: Bool) -> SchemaTable {
        SchemaTable(nodes: [
            SchemaNode(ref: 1, isResourceRoot: true),
            SchemaNode(location: "/$defs/x", ref: 3, resource: markingResource ? 2 : nil),
            SchemaNode(dynamicAnchors: [SchemaDynamicAnchor("node", 4)], isResourceRoot: true),
            SchemaNode(dynamicRef: SchemaDynamicReference("node", fallback: 5), dynamicAnchors: [SchemaDynamicAnchor("node", 5)], isResourceRoot: true),
            SchemaNode(types: [.string]),
            SchemaNode(types: [.integer]),
        ])
    }

    @Test func outermostDeclaringResourceWins() {
        let table = Self.table(markingResource: true)
        #expect(table.isValid("x", against: 0))
        #expect(table.validate(1, against: 0) == [
            Violation(pointer: "", keyword: "type", message: "must be of type string (got integer 1)")
        ])
    }

    @Test func withoutEnteringTheResourceTheStaticTargetApplies() {
        let table = Self.table(markingResource: false)
        #expect(table.isValid(1, against: 0))
        #expect(!table.isValid("x", against: 0))
        #expect(table.isValid("x", against: 2) && table.isValid(3, against: 3))
    }
}
