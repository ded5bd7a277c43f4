import SpecKit
import ViduRuntime

/// Compiles root schemas into one runtime `SchemaTable` with `SchemaTableBuilder` (in
/// `Validation/`), and writes it as generated code; this is the one place the planners call it.
enum SchemaTableCompiler {
    /// The table holding `roots` and everything they reach, with each root's node.
    static func compile(roots: [Schema], document: SpecDocument) throws(DiagnosticList) -> CompiledSchemaTable {
        var builder = SchemaTableBuilder(registry: document.registry)
        for root in roots { builder.addRoot(root) }
        return try builder.compiled()
    }
}
