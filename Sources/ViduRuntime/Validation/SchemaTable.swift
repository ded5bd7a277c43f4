/// The compiled schemas of one spec: a flat table of nodes that refer to each other by index.
///
/// Generated code declares one table per provider and points each type at its root node.
/// `validate(_:against:)` returns every violation at once, never just the first.
public struct SchemaTable: Sendable {
    /// The nodes; subschema references are indexes into this array.
    public let nodes: [SchemaNode]

    /// A table of the given nodes.
    public init(nodes: [SchemaNode]) {
        self.nodes = nodes
    }

    /// Every violation of `instance` against the schema at node `root`, in document order.
    public func validate(_ instance: JSONValue, against root: Int) -> [Violation] {
        var evaluator = SchemaEvaluator(table: self)
        return evaluator.violations(of: instance, against: root)
    }

    /// True when `instance` conforms to the schema at node `root`.
    public func isValid(_ instance: JSONValue, against root: Int) -> Bool {
        var evaluator = SchemaEvaluator(table: self)
        return evaluator.isValid(instance, against: root)
    }
}
