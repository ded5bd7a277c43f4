/// Prints declarations and source files as Swift text. Output depends only on the input
/// values, so the same plan always gives byte-identical files.
public enum SwiftPrinter {
    /// The text of a whole file.
    public static func render(_ file: SourceFile) -> String {
        var writer = CodeWriter()
        for line in file.header { writer.line("// " + line) }
        if !file.header.isEmpty { writer.line("") }
        // An entry may carry attributes before the module (`@_spi(Generated) ViduRuntime`).
        for module in file.imports {
            if let space = module.lastIndex(of: " ") {
                writer.line("\(module[..<space]) import \(module[module.index(after: space)...])")
            } else {
                writer.line("import \(module)")
            }
        }
        if !file.imports.isEmpty { writer.line("") }
        write(file.declarations, separated: true, into: &writer)
        return writer.text
    }

    /// The text of one declaration, at no indentation.
    public static func render(_ declaration: Declaration) -> String {
        var writer = CodeWriter()
        write(declaration, into: &writer)
        return writer.text
    }

    /// The text of statements, at no indentation.
    public static func render(_ statements: [Statement]) -> String {
        var writer = CodeWriter()
        write(statements, into: &writer)
        return writer.text
    }

    // MARK: - Declarations

    /// Writes members with an empty line between them, except between compact neighbours
    /// (undocumented enum cases and undocumented properties, such as a protocol's witnesses,
    /// which its documentation covers).
    private static func write(_ declarations: [Declaration], separated: Bool, into writer: inout CodeWriter) {
        var previous: Declaration?
        for declaration in declarations {
            if let previous, !(isCompact(previous) && isCompact(declaration) && sameKind(previous, declaration)) {
                writer.line("")
            }
            write(declaration, into: &writer)
            previous = declaration
        }
    }

    private static func isCompact(_ declaration: Declaration) -> Bool {
        switch declaration {
        case .enumCase: return true
        case .property(let value):
            return value.doc == nil
        default: return false
        }
    }

    private static func sameKind(_ lhs: Declaration, _ rhs: Declaration) -> Bool {
        switch (lhs, rhs) {
        case (.enumCase, .enumCase), (.property, .property): return true
        default: return false
        }
    }

    private static func write(_ doc: DocComment?, into writer: inout CodeWriter) {
        guard let doc else { return }
        for line in doc.lines { writer.line(line.isEmpty ? "///" : "/// " + line) }
    }

    private static func write(_ declaration: Declaration, into writer: inout CodeWriter) {
        write(declaration.doc, into: &writer)
        switch declaration {
        case .structure(let value):
            writeType("struct", value.access, value.name, value.conformances, value.members, into: &writer)
        case .enumeration(let value):
            writeType("enum", value.access, value.name, value.conformances, value.members, into: &writer)
        case .extensionOf(let value):
            writeType("extension", .internal, value.extendedType, value.conformances, value.members, into: &writer)
        case .property(let value):
            write(value, into: &writer)
        case .function(let value):
            write(value, into: &writer)
        case .enumCase(let value):
            var text = "case " + value.name
            if !value.associatedTypes.isEmpty {
                text += "(" + value.associatedTypes.map(\.text).joined(separator: ", ") + ")"
            }
            if let raw = value.rawValue { text += " = " + ExpressionPrinter.stringLiteral(raw) }
            writer.line(text)
        case .typeAlias(let value):
            writer.line("\(value.access.prefix)typealias \(value.name) = \(value.target.text)")
        }
    }

    private static func writeType(
        _ keyword: String, _ access: AccessModifier, _ name: String, _ conformances: [String],
        _ members: [Declaration], into writer: inout CodeWriter
    ) {
        let inheritance = conformances.isEmpty ? "" : ": " + conformances.joined(separator: ", ")
        let head = "\(access.prefix)\(keyword) \(name)\(inheritance)"
        if members.isEmpty {
            writer.line(head + " {}")
            return
        }
        writer.line(head + " {")
        writer.indented { write(members, separated: true, into: &$0) }
        writer.line("}")
    }

    private static func write(_ property: PropertyDeclaration, into writer: inout CodeWriter) {
        let prefix = property.attributes.map { $0 + " " }.joined() + property.access.prefix + (property.isStatic ? "static " : "")
        switch property.kind {
        case .variable(let initial):
            let suffix = initial.map { " = " + ExpressionPrinter.render($0) } ?? ""
            writer.lines(of: "\(prefix)var \(property.name): \(property.type.text)\(suffix)")
        case .stored:
            writer.line("\(prefix)let \(property.name): \(property.type.text)")
        case .constant(let value):
            writer.lines(of: "\(prefix)let \(property.name): \(property.type.text) = " + ExpressionPrinter.render(value))
        case .computed(let body):
            if body.count == 1, case .returnValue(let value) = body[0] {
                writer.line("\(prefix)var \(property.name): \(property.type.text) { \(ExpressionPrinter.render(value)) }")
                return
            }
            if body.count == 1, case .line(let text) = body[0], !text.contains("\n") {
                writer.line("\(prefix)var \(property.name): \(property.type.text) { \(text) }")
                return
            }
            writer.line("\(prefix)var \(property.name): \(property.type.text) {")
            writer.indented { write(body, into: &$0) }
            writer.line("}")
        }
    }

    private static func write(_ function: FunctionDeclaration, into writer: inout CodeWriter) {
        var head = function.access.prefix
        switch function.kind {
        case .initializer: head += "init"
        case .function(let name, let isStatic):
            let isOperator = !(name.first.map { $0.isLetter || $0 == "_" || $0 == "`" } ?? true)
            head += (isStatic ? "static " : "") + "func " + name + (isOperator ? " " : "")
        }
        let parameters = function.parameters.map { parameter -> String in
            var text = (parameter.label.map { $0 + " " } ?? "") + parameter.name + ": " + parameter.type.text
            if let value = parameter.defaultValue { text += " = " + ExpressionPrinter.render(value) }
            return text
        }
        let effects = (function.isAsync ? " async" : "") + (function.throwsErrors ? " throws" + (function.errorType.map { "(\($0.text))" } ?? "") : "")
        let result = function.returnType.map { " -> " + $0.text } ?? ""
        let single = head + "(" + parameters.joined(separator: ", ") + ")" + effects + result + " {"
        if single.count + writer.indentation.count <= 120 || parameters.count < 2 {
            writer.line(single)
        } else {
            writer.line(head + "(")
            writer.indented { inner in
                for (index, parameter) in parameters.enumerated() {
                    inner.line(parameter + (index == parameters.count - 1 ? "" : ","))
                }
            }
            writer.line(")" + effects + result + " {")
        }
        writer.indented { write(function.body, into: &$0) }
        writer.line("}")
    }

    // MARK: - Statements

    private static func write(_ statements: [Statement], into writer: inout CodeWriter) {
        for statement in statements {
            switch statement {
            case .line(let text):
                writer.lines(of: text)
            case .returnValue(let value):
                writer.lines(of: "return " + ExpressionPrinter.render(value))
            case .expression(let value):
                writer.lines(of: ExpressionPrinter.render(value))
            case .block(let header, let body):
                writer.line(header + " {")
                writer.indented { write(body, into: &$0) }
                writer.line("}")
            case .switchOver(let subject, let cases):
                writer.line("switch \(subject) {")
                for switchCase in cases {
                    let label = switchCase.patterns.isEmpty ? "default:" : "case " + switchCase.patterns.joined(separator: ", ") + ":"
                    // A case whose body is one expression (a `switch` expression's value) stays on its line.
                    if switchCase.body.count == 1, case .expression(let value) = switchCase.body[0] {
                        writer.line(label + " " + ExpressionPrinter.render(value))
                        continue
                    }
                    writer.line(label)
                    writer.indented { write(switchCase.body, into: &$0) }
                }
                writer.line("}")
            case .blank:
                writer.line("")
            }
        }
    }
}
