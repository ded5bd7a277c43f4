import SpecKit

/// Canonical text of JSON values and schemas: object keys sorted, numbers by value, annotations
/// (descriptions, titles, examples, source positions) left out. Two schemas with the same
/// fingerprint assert the same thing; the diff matches `if` rules, `not` and untyped branches by it.
enum SchemaFingerprint {
    /// `node` as compact JSON with sorted keys.
    static func text(_ node: JSONNode) -> String {
        switch node.value {
        case .null: return "null"
        case .bool(let value): return value ? "true" : "false"
        case .number(let value, _): return number(value)
        case .string(let value): return quoted(value)
        case .array(let elements): return "[" + elements.map(text).joined(separator: ",") + "]"
        case .object(let members):
            return "{" + members.sorted { $0.key < $1.key }.map { quoted($0.key) + ":" + text($0.value) }.joined(separator: ",") + "}"
        }
    }

    /// A number without a trailing `.0` when it is integral.
    static func number(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    static func quoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// The fragment of a `$ref` target (`#/components/schemas/HttpUrl`), which is the same in both
    /// versions of a document although the files' URIs differ.
    static func referenceFragment(_ uri: String) -> String {
        guard let hash = uri.firstIndex(of: "#") else { return uri }
        return String(uri[hash...])
    }

    /// The canonical text of `schema`'s assertions and applicators.
    static func of(_ schema: Schema) -> String {
        if let boolean = schema.booleanValue { return boolean ? "true" : "false" }
        var parts: [(String, String)] = []
        func add(_ key: String, _ value: String?) { if let value { parts.append((key, value)) } }
        func add(_ key: String, _ value: Double?) { add(key, value.map(number)) }
        func add(_ key: String, _ value: Int?) { add(key, value.map(String.init)) }
        func list(_ schemas: [Schema]) -> String? { schemas.isEmpty ? nil : "[" + schemas.map(of).joined(separator: ",") + "]" }
        add("$ref", schema.ref.map { quoted(referenceFragment($0)) })
        add("type", schema.types.isEmpty ? nil : "[" + schema.types.sorted().map(quoted).joined(separator: ",") + "]")
        add("enum", schema.enumValues.map { "[" + $0.map(text).sorted().joined(separator: ",") + "]" })
        add("const", schema.constValue.map(text))
        add("minimum", schema.minimum)
        add("maximum", schema.maximum)
        add("exclusiveMinimum", schema.exclusiveMinimum)
        add("exclusiveMaximum", schema.exclusiveMaximum)
        add("multipleOf", schema.multipleOf)
        add("minLength", schema.minLength)
        add("maxLength", schema.maxLength)
        add("pattern", schema.pattern.map(quoted))
        add("minItems", schema.minItems)
        add("maxItems", schema.maxItems)
        add("uniqueItems", schema.uniqueItems ? "true" : nil)
        add("items", schema.items.map(of))
        add("prefixItems", list(schema.prefixItems))
        add("contains", schema.contains.map(of))
        add("minProperties", schema.minProperties)
        add("maxProperties", schema.maxProperties)
        if !schema.properties.isEmpty {
            let entries: [String] = schema.properties.sorted { $0.name < $1.name }.map { quoted($0.name) + ":" + of($0.schema) }
            add("properties", "{" + entries.joined(separator: ",") + "}")
        }
        add("additionalProperties", schema.additionalProperties.map(of))
        add("required", schema.required.isEmpty ? nil : "[" + schema.required.sorted().map(quoted).joined(separator: ",") + "]")
        if !schema.dependentRequired.isEmpty {
            let entries: [String] = schema.dependentRequired.sorted { $0.name < $1.name }.map { entry in
                let names: [String] = entry.requires.sorted().map(quoted)
                return quoted(entry.name) + ":[" + names.joined(separator: ",") + "]"
            }
            add("dependentRequired", "{" + entries.joined(separator: ",") + "}")
        }
        add("allOf", list(schema.allOf))
        add("anyOf", list(schema.anyOf))
        add("oneOf", list(schema.oneOf))
        add("not", schema.not.map(of))
        add("if", schema.ifSchema.map(of))
        add("then", schema.thenSchema.map(of))
        add("else", schema.elseSchema.map(of))
        add("contentSchema", schema.contentSchema.map(of))
        for (name, value) in schema.extensions.sorted(by: { $0.name < $1.name }) { add(name, text(value)) }
        return "{" + parts.map { quoted($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }
}
