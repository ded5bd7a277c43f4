/// The Swift expression that constructs a runtime `SchemaNode` from a `LoweredSchemaNode`:
/// `SchemaNode(types: [.object], properties: [SchemaMember("a", 1)], …)`, naming only the
/// keywords that are present, in the initializer's parameter order.
public enum SchemaNodeExpression: Sendable {
    /// The `SchemaNode(…)` call for `node`.
    public static func expression(for node: LoweredSchemaNode) -> Expression {
        var arguments: [Argument] = []
        func add(_ label: String, _ value: Expression?) {
            if let value { arguments.append(Argument(label, value)) }
        }
        add("always", node.always.map { .literal(.bool($0)) })
        add("location", node.location.isEmpty ? nil : .literal(.string(node.location)))
        add("types", node.types.isEmpty ? nil : .array(node.types.map { .member(nil, $0) }, multiline: false))
        add("enumValues", node.enumValues.map { .array($0.map(JSONValueExpression.expression(for:)), multiline: false) })
        add("constValue", node.constValue.map(JSONValueExpression.expression(for:)))
        add("knownValues", node.knownValues.map { .array($0.map { .literal(.string($0)) }, multiline: false) })
        add("minimum", double(node.minimum))
        add("maximum", double(node.maximum))
        add("exclusiveMinimum", double(node.exclusiveMinimum))
        add("exclusiveMaximum", double(node.exclusiveMaximum))
        add("multipleOf", double(node.multipleOf))
        add("minLength", int(node.minLength))
        add("maxLength", int(node.maxLength))
        add("pattern", node.pattern.map(pattern))
        add("format", node.format.map { .literal(.string($0)) })
        add("prefixItems", indexes(node.prefixItems))
        add("items", int(node.items))
        add("contains", int(node.contains))
        add("minContains", int(node.minContains))
        add("maxContains", int(node.maxContains))
        add("minItems", int(node.minItems))
        add("maxItems", int(node.maxItems))
        add("uniqueItems", node.uniqueItems ? .literal(.bool(true)) : nil)
        add("unevaluatedItems", int(node.unevaluatedItems))
        add("properties", members(node.properties, type: "SchemaMember"))
        add("patternProperties", node.patternProperties.isEmpty ? nil : .array(node.patternProperties.map {
            .call(.identifier("SchemaPatternMember"), [Argument(nil, pattern($0.name)), Argument(nil, .literal(.int($0.node)))])
        }, multiline: false))
        add("additionalProperties", int(node.additionalProperties))
        add("propertyNames", int(node.propertyNames))
        add("required", node.required.isEmpty ? nil : .array(node.required.map { .literal(.string($0)) }, multiline: false))
        add("dependentRequired", node.dependentRequired.isEmpty ? nil : .array(node.dependentRequired.map {
            .call(.identifier("SchemaDependency"), [
                Argument(nil, .literal(.string($0.property))),
                Argument(nil, .array($0.requires.map { .literal(.string($0)) }, multiline: false)),
            ])
        }, multiline: false))
        add("dependentSchemas", members(node.dependentSchemas, type: "SchemaMember"))
        add("minProperties", int(node.minProperties))
        add("maxProperties", int(node.maxProperties))
        add("unevaluatedProperties", int(node.unevaluatedProperties))
        add("allOf", indexes(node.allOf))
        add("anyOf", indexes(node.anyOf))
        add("oneOf", indexes(node.oneOf))
        add("not", int(node.not))
        add("ifSchema", int(node.ifSchema))
        add("thenSchema", int(node.thenSchema))
        add("elseSchema", int(node.elseSchema))
        add("ref", int(node.ref))
        add("dynamicRef", node.dynamicRef.map {
            .call(.identifier("SchemaDynamicReference"), [
                Argument(nil, .literal(.string($0.anchor))), Argument("fallback", .literal(.int($0.fallback))),
            ])
        })
        add("dynamicAnchors", members(node.dynamicAnchors, type: "SchemaDynamicAnchor"))
        add("isResourceRoot", node.isResourceRoot ? .literal(.bool(true)) : nil)
        add("resource", int(node.resource))
        return .call(.identifier("SchemaNode"), arguments)
    }

    private static func double(_ value: Double?) -> Expression? {
        value.map { .literal(.double($0)) }
    }

    private static func int(_ value: Int?) -> Expression? {
        value.map { .literal(.int($0)) }
    }

    private static func indexes(_ values: [Int]) -> Expression? {
        values.isEmpty ? nil : .array(values.map { .literal(.int($0)) }, multiline: false)
    }

    private static func pattern(_ source: String) -> Expression {
        .call(.identifier("SchemaPattern"), [Argument(nil, .literal(.string(source)))])
    }

    private static func members(_ values: [LoweredSchemaNode.Member], type: String) -> Expression? {
        values.isEmpty ? nil : .array(values.map {
            .call(.identifier(type), [Argument(nil, .literal(.string($0.name))), Argument(nil, .literal(.int($0.node)))])
        }, multiline: false)
    }
}
