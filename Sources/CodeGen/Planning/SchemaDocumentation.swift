import SpecKit

/// Builds doc comments from a schema's annotations and constraints, so the generated code
/// documents the rules the validator checks.
enum SchemaDocumentation {
    /// The description (or title), then one `- Name: value` line per documented rule.
    static func comment(for schema: Schema, resolved: Schema? = nil, fallback: String? = nil) -> DocComment? {
        let target = resolved ?? schema
        let text = schema.description ?? schema.title ?? target.description ?? target.title ?? fallback
        var paragraphs: [String] = []
        if let text { paragraphs.append(text) }
        let facts = self.facts(for: schema)
        if !facts.isEmpty { paragraphs.append(facts.joined(separator: "\n")) }
        return paragraphs.isEmpty ? nil : DocComment(paragraphs)
    }

    /// `- Default: `5``, `- Minimum: `1``, and so on, in a fixed order.
    static func facts(for schema: Schema) -> [String] {
        var facts: [String] = []
        func add(_ name: String, _ value: String?) {
            if let value { facts.append("- \(name): `\(value)`") }
        }
        add("Default", schema.defaultValue.map(JSONText.compact))
        add("Const", schema.constValue.map(JSONText.compact))
        add("Minimum", schema.minimum.map(number))
        add("Exclusive minimum", schema.exclusiveMinimum.map(number))
        add("Maximum", schema.maximum.map(number))
        add("Exclusive maximum", schema.exclusiveMaximum.map(number))
        add("Multiple of", schema.multipleOf.map(number))
        add("Minimum length", schema.minLength.map(String.init))
        add("Maximum length", schema.maxLength.map(String.init))
        add("Pattern", schema.pattern)
        add("Format", schema.format)
        add("Minimum items", schema.minItems.map(String.init))
        add("Maximum items", schema.maxItems.map(String.init))
        if schema.uniqueItems { facts.append("- Items are unique.") }
        if let values = schema.enumValues { add("Allowed values", values.map(JSONText.compact).joined(separator: ", ")) }
        if schema.deprecated { facts.append("- Deprecated.") }
        return facts
    }

    private static func number(_ value: Double) -> String {
        value.rounded(.towardZero) == value && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
    }
}

/// Compact JSON text of a spec value, numbers exactly as written, keys in source order.
enum JSONText {
    static func compact(_ node: JSONNode) -> String {
        switch node.value {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(_, let text): return text
        case .string(let value): return quoted(value)
        case .array(let elements): return "[" + elements.map(compact).joined(separator: ", ") + "]"
        case .object(let members):
            return "{" + members.map { quoted($0.key) + ": " + compact($0.value) }.joined(separator: ", ") + "}"
        }
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "`": out += "\\u0060"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
