import SpecKit

/// The compiled schema table of a provider, as an expression, and each root's node index.
struct LoweredSchemaTable {
    var table: Expression
    var roots: [Int]
}

/// Compiles root schemas into one `SchemaTable` expression with `SchemaTableBuilder`
/// (in `Validation/`); this is the one place the planners call it.
enum SchemaTableCompiler {
    static func compile(roots: [Schema], document: SpecDocument) throws(DiagnosticList) -> LoweredSchemaTable {
        var builder = SchemaTableBuilder(registry: document.registry)
        let indexes = roots.map { builder.addRoot($0) }
        let lowering = try builder.lowering()
        return LoweredSchemaTable(table: lowering.tableExpression, roots: indexes)
    }
}
