import SpecKit

/// Lowers SpecKit schemas into one flat table of nodes for the runtime's `SchemaTable`.
///
/// Numbering is deterministic: nodes are numbered depth-first as they are first reached,
/// visiting a schema's keywords in the order of `SchemaNode`'s initializer and their entries
/// in source order. A schema reached twice (a shared `$ref` target, a recursive schema)
/// gets one node. Problems that would make the table check less than the spec says — an
/// unresolvable reference, a pattern that does not compile, an unknown type name — are
/// collected and thrown by `lowering()`, never dropped.
public struct SchemaTableBuilder: Sendable {
    /// Where `$ref` and `$dynamicRef` targets are looked up.
    public let registry: SchemaRegistry
    /// The nodes so far.
    public private(set) var nodes: [LoweredSchemaNode] = []
    /// The node of each schema added with `addRoot(_:)`, in the order added.
    public private(set) var roots: [Int] = []

    var indexes: [ObjectIdentifier: Int] = [:]
    var diagnostics: [Diagnostic] = []
    /// Reference targets inside a resource, with the node of that resource's root.
    var enteredResources: [Int: Int] = [:]
    var resourceHasDynamicAnchors: [ObjectIdentifier: Bool] = [:]

    /// A builder that resolves references in `registry`.
    public init(registry: SchemaRegistry) {
        self.registry = registry
    }

    /// Lowers `schema` (and everything it reaches) and returns its node.
    @discardableResult
    public mutating func addRoot(_ schema: Schema) -> Int {
        let index = lower(schema)
        roots.append(index)
        return index
    }

    /// The finished table, or every problem found while lowering.
    public func lowering() throws(DiagnosticList) -> SchemaTableLowering {
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        var finished = nodes
        if finished.contains(where: { $0.dynamicRef != nil }) {
            for (target, resource) in enteredResources.sorted(by: { $0.key < $1.key }) where target != resource {
                finished[target].resource = resource
            }
        }
        return SchemaTableLowering(nodes: finished, roots: roots)
    }

    /// The node of `schema`, lowering it first if this is the first time it is reached.
    mutating func lower(_ schema: Schema) -> Int {
        let identity = ObjectIdentifier(schema)
        if let index = indexes[identity] { return index }
        let index = nodes.count
        indexes[identity] = index
        nodes.append(LoweredSchemaNode())
        var node = LoweredSchemaNode()
        node.location = schema.source.pointer
        if let always = schema.booleanValue {
            node.always = always
        } else {
            lowerKeywords(of: schema, into: &node)
        }
        nodes[index] = node
        return index
    }

    /// Records a problem with `schema`.
    mutating func diagnose(_ schema: Schema, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(
            file: schema.source.file, location: schema.source.location, pointer: schema.source.pointer,
            message: message, hint: hint))
    }
}

/// A lowered table: its nodes and the root node of each schema added.
public struct SchemaTableLowering: Sendable, Hashable {
    /// The nodes, numbered as `SchemaTableBuilder` numbered them.
    public var nodes: [LoweredSchemaNode]
    /// The node of each root schema, in the order the roots were added.
    public var roots: [Int]

    /// A lowering of the given nodes and roots.
    public init(nodes: [LoweredSchemaNode], roots: [Int]) {
        self.nodes = nodes
        self.roots = roots
    }

    /// `SchemaTable(nodes: [ … ])`, one node a line.
    public var tableExpression: Expression {
        .call(.identifier("SchemaTable"), [
            Argument("nodes", .array(nodes.map(SchemaNodeExpression.expression(for:)), multiline: true))
        ])
    }

    /// The Swift declaration `public static let schemaTable = SchemaTable(nodes: [...])`,
    /// starting at `indent` and ending with a newline.
    public func declaration(indent: String = "", name: String = "schemaTable", access: String = "public") -> String {
        indent + (access.isEmpty ? "" : access + " ") + "static let \(name) = "
            + ExpressionPrinter.render(tableExpression, indent: indent) + "\n"
    }
}
