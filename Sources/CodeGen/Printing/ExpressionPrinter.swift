/// Prints `Expression`s as Swift source. Deterministic: the same expression always gives the
/// same text, and every string literal reads back as exactly the same string.
public enum ExpressionPrinter {
    /// The Swift text of `expression`. Multiline arrays and dictionaries are indented by
    /// `indent` plus one level of four spaces.
    public static func render(_ expression: Expression, indent: String = "") -> String {
        switch expression {
        case .literal(.multilineRaw(let lines)):
            return rawMultilineLiteral(lines, indent: indent + "    ")
        case .literal(let literal):
            return render(literal)
        case .identifier(let name):
            return name
        case .member(let base, let name):
            return (base.map { render($0, indent: indent) } ?? "") + "." + name
        case .call(let callee, let arguments):
            let rendered = arguments.map { argument in
                (argument.label.map { "\($0): " } ?? "") + render(argument.value, indent: indent)
            }
            return render(callee, indent: indent) + "(" + rendered.joined(separator: ", ") + ")"
        case .multilineCall(let callee, let arguments):
            if arguments.isEmpty { return render(callee, indent: indent) + "()" }
            let inner = indent + "    "
            let rendered = arguments.map { argument in
                inner + (argument.label.map { "\($0): " } ?? "") + render(argument.value, indent: inner)
            }
            return render(callee, indent: indent) + "(\n" + rendered.joined(separator: ",\n") + "\n" + indent + ")"
        case .array(let elements, let multiline):
            if elements.isEmpty { return "[]" }
            if !multiline {
                return "[" + elements.map { render($0, indent: indent) }.joined(separator: ", ") + "]"
            }
            let inner = indent + "    "
            return "[\n" + elements.map { inner + render($0, indent: inner) + ",\n" }.joined() + indent + "]"
        case .dictionary(let entries, let multiline):
            if entries.isEmpty { return "[:]" }
            let pairs = entries.map { (key, value) in (key, value) }
            if !multiline {
                return "[" + pairs.map { render($0.0, indent: indent) + ": " + render($0.1, indent: indent) }.joined(separator: ", ") + "]"
            }
            let inner = indent + "    "
            return "[\n" + pairs.map { inner + render($0.0, indent: inner) + ": " + render($0.1, indent: inner) + ",\n" }.joined() + indent + "]"
        case .tryExpression(let inner):
            return "try " + render(inner, indent: indent)
        case .awaitExpression(let inner):
            return "await " + render(inner, indent: indent)
        }
    }

    /// The Swift text of a literal.
    public static func render(_ literal: Literal) -> String {
        switch literal {
        case .string(let string): return stringLiteral(string)
        case .int(let value): return String(value)
        case .double(let value): return doubleLiteral(value)
        case .bool(let value): return value ? "true" : "false"
        case .nil: return "nil"
        case .multilineRaw(let lines): return rawMultilineLiteral(lines, indent: "    ")
        }
    }

    /// `#"""`, each line at `indent`, then `"""#` at `indent` (which Swift strips from every
    /// line). The delimiter has one `#` more than the longest run of `#` that follows a `\`
    /// or a `"""` in the text, so nothing inside reads as an escape, an interpolation or the
    /// end of the literal.
    public static func rawMultilineLiteral(_ lines: [String], indent: String) -> String {
        var longest = 0
        for line in lines {
            let scalars = Array(line.unicodeScalars)
            for (offset, scalar) in scalars.enumerated() where scalar == "\\" || scalar == "\"" {
                var run = 0
                while offset + 1 + run < scalars.count, scalars[offset + 1 + run] == "#" { run += 1 }
                longest = max(longest, run)
            }
        }
        let hashes = String(repeating: "#", count: longest + 1)
        return hashes + "\"\"\"\n" + lines.map { indent + $0 + "\n" }.joined() + indent + "\"\"\"" + hashes
    }

    /// A double-quoted Swift string literal for `string`. Quotes, backslashes and every
    /// control or non-ASCII-printable scalar are escaped, so the output is plain ASCII.
    public static func stringLiteral(_ string: String) -> String {
        var out = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\0": out += "\\0"
            default:
                if scalar.value >= 0x20 && scalar.value < 0x7F {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                }
            }
        }
        return out + "\""
    }

    /// A Swift literal that reads back as exactly `value`. Whole numbers print with `.0`
    /// so that the literal is a `Double` in any context.
    public static func doubleLiteral(_ value: Double) -> String {
        if value.isNaN { return "Double.nan" }
        if value.isInfinite { return value < 0 ? "-Double.infinity" : "Double.infinity" }
        let text = "\(value)"
        if text.contains(".") || text.contains("e") { return text }
        return text + ".0"
    }
}
