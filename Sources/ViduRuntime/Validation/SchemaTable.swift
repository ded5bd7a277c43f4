/// The compiled schemas of one spec: a flat table of nodes that refer to each other by index.
///
/// Generated code declares one table per provider and points each type at its root node.
/// `validate(_:against:)` returns every violation at once, never just the first, and each
/// problem once.
public struct SchemaTable: Sendable {
    /// The nodes; subschema references are indexes into this array.
    public let nodes: [SchemaNode]

    /// A table of the given nodes.
    public init(nodes: [SchemaNode]) {
        self.nodes = nodes
    }

    /// Every violation of `instance` against the schema at node `root`, in document order.
    ///
    /// A violation identical to one already reported (same `pointer`, `keyword` and `message`)
    /// is dropped, keeping the first: when a shared bound and a model's `if`/`then` branch both
    /// reject `duration: 17` with "must be at most 16", it is reported once. Violations that
    /// differ in message are different facts and are all kept, even at the same pointer and
    /// keyword ("must be at most 10" from a model branch and "must be at most 16" from the
    /// shared bound). The order is that of first report.
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
