import ViduRuntime

extension CompiledSchemaTable {
    /// `ViduRuntime.SchemaTable(encoded: #""" … """#)`: the table's `encoded` text, one node
    /// a line, read by the runtime on first use.
    public var expression: Expression {
        let lines = table.encoded.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return .call(.identifier(RuntimeSymbols.schemaTable), [Argument("encoded", .literal(.multilineRaw(lines)))])
    }

    /// The Swift declaration `public static let schemaTable = …` of `expression`, starting at
    /// `indent` and ending with a newline.
    public func declaration(indent: String = "", name: String = "schemaTable", access: String = "public") -> String {
        let text = (access.isEmpty ? "" : access + " ") + "static let \(name) = " + ExpressionPrinter.render(expression)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { indent + $0 }.joined(separator: "\n") + "\n"
    }
}
