import SpecKit

/// The compiled schema table of a provider, as an expression, and each root's node index.
struct LoweredSchemaTable {
    var table: Expression
    var roots: [Int]
}

/// Compiles root schemas into one `SchemaTable` expression. The lowering itself lives in
/// `Validation/`; this is the one place the planners call it.
enum SchemaTableLowering {
    static func lower(roots: [Schema], document: SpecDocument) throws(DiagnosticList) -> LoweredSchemaTable {
        // Until the lowering lands: one accept-everything node per root.
        let nodes = roots.map { _ in Expression.call(.identifier("SchemaNode"), [Argument("always", .literal(.bool(true)))]) }
        return LoweredSchemaTable(
            table: .call(.identifier("SchemaTable"), [Argument("nodes", .array(nodes, multiline: true))]),
            roots: Array(roots.indices)
        )
    }
}
