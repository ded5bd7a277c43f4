import SpecKit
import ViduRuntime

/// Compiles SpecKit schemas into one runtime `SchemaTable`: it fills the runtime's own
/// `SchemaNode`s, so the compiled schema model has one definition.
///
/// Numbering is deterministic: nodes are numbered depth-first as they are first reached,
/// visiting a schema's keywords in the order `lowerKeywords` reads them and their entries
/// in source order. A schema reached twice (a shared `$ref` target, a recursive schema)
/// gets one node. Problems that would make the table check less than the spec says — an
/// unresolvable reference, a pattern that does not compile, an unknown type name — are
/// collected and thrown by `compiled()`, never dropped.
public struct SchemaTableBuilder: Sendable {
    /// Where `$ref` and `$dynamicRef` targets are looked up.
    public let registry: SchemaRegistry
    /// The nodes so far.
    public private(set) var nodes: [SchemaNode] = []
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
    public func compiled() throws(DiagnosticList) -> CompiledSchemaTable {
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        var finished = nodes
        if finished.contains(where: { $0.dynamicRef != nil }) {
            for (target, resource) in enteredResources.sorted(by: { $0.key < $1.key }) where target != resource {
                finished[target].resource = resource
            }
        }
        return CompiledSchemaTable(table: SchemaTable(nodes: finished), roots: roots)
    }

    /// The node of `schema`, lowering it first if this is the first time it is reached.
    mutating func lower(_ schema: Schema) -> Int {
        let identity = ObjectIdentifier(schema)
        if let index = indexes[identity] { return index }
        let index = nodes.count
        indexes[identity] = index
        nodes.append(SchemaNode(location: schema.source.pointer))
        var node = SchemaNode(location: schema.source.pointer)
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

/// A compiled table and the root node of each schema added, in the order added.
public struct CompiledSchemaTable: Sendable {
    /// The runtime table.
    public var table: SchemaTable
    /// The node of each root schema, in the order the roots were added.
    public var roots: [Int]

    /// A compiled table with its roots.
    public init(table: SchemaTable, roots: [Int]) {
        self.table = table
        self.roots = roots
    }
}
