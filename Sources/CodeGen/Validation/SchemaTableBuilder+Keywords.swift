import SpecKit
import ViduRuntime

extension SchemaTableBuilder {
    /// The seven type names JSON Schema defines.
    static let typeNames: Set<String> = ["null", "boolean", "object", "array", "number", "string", "integer"]

    /// Fills `node` from the keywords of the object schema `schema`.
    mutating func lowerKeywords(of schema: Schema, into node: inout SchemaNode) {
        node.isResourceRoot = schema.id != nil || schema.source.pointer.isEmpty
        for name in schema.types where !Self.typeNames.contains(name) {
            diagnose(schema, "'type' names '\(name)', which is not a JSON Schema type")
        }
        node.types = schema.types.compactMap(JSONType.init(rawValue:))
        node.enumValues = schema.enumValues.map { $0.map(\.jsonValue) }
        node.constValue = schema.constValue?.jsonValue
        node.knownValues = knownValues(of: schema)
        node.minimum = schema.minimum
        node.maximum = schema.maximum
        node.exclusiveMinimum = schema.exclusiveMinimum
        node.exclusiveMaximum = schema.exclusiveMaximum
        if let divisor = schema.multipleOf, !(divisor > 0) || !divisor.isFinite {
            diagnose(schema, "'multipleOf' must be a number greater than 0")
        }
        node.multipleOf = schema.multipleOf
        node.minLength = schema.minLength
        node.maxLength = schema.maxLength
        node.pattern = schema.pattern.flatMap { compiledPattern($0, keyword: "pattern", in: schema) }
        node.format = schema.format

        node.prefixItems = schema.prefixItems.map { lower($0) }
        node.items = schema.items.map { lower($0) }
        node.contains = schema.contains.map { lower($0) }
        node.minContains = schema.minContains
        node.maxContains = schema.maxContains
        node.minItems = schema.minItems
        node.maxItems = schema.maxItems
        node.uniqueItems = schema.uniqueItems
        node.unevaluatedItems = schema.unevaluatedItems.map { lower($0) }

        node.properties = schema.properties.map { SchemaMember($0.name, lower($0.schema)) }
        node.patternProperties = schema.patternProperties.compactMap { entry in
            guard let pattern = compiledPattern(entry.pattern, keyword: "patternProperties", in: schema) else { return nil }
            return SchemaPatternMember(pattern, lower(entry.schema))
        }
        node.additionalProperties = schema.additionalProperties.map { lower($0) }
        node.propertyNames = schema.propertyNames.map { lower($0) }
        node.required = schema.required
        node.dependentRequired = schema.dependentRequired.map { SchemaDependency($0.name, $0.requires) }
        node.dependentSchemas = schema.dependentSchemas.map { SchemaMember($0.name, lower($0.schema)) }
        node.minProperties = schema.minProperties
        node.maxProperties = schema.maxProperties
        node.unevaluatedProperties = schema.unevaluatedProperties.map { lower($0) }

        node.allOf = schema.allOf.map { lower($0) }
        node.anyOf = schema.anyOf.map { lower($0) }
        node.oneOf = schema.oneOf.map { lower($0) }
        node.not = schema.not.map { lower($0) }
        node.ifSchema = schema.ifSchema.map { lower($0) }
        node.thenSchema = schema.ifSchema == nil ? nil : schema.thenSchema.map { lower($0) }
        node.elseSchema = schema.ifSchema == nil ? nil : schema.elseSchema.map { lower($0) }

        lowerReferences(of: schema, into: &node)
        if node.isResourceRoot {
            node.dynamicAnchors = dynamicAnchors(inResource: schema).map { SchemaDynamicAnchor($0.name, lower($0.schema)) }
        }
    }

    /// `source` compiled exactly as the runtime compiles it; otherwise a diagnostic and nil.
    private mutating func compiledPattern(_ source: String, keyword: String, in schema: Schema) -> SchemaPattern? {
        guard let pattern = SchemaPattern(compiling: source) else {
            diagnose(schema, "'\(keyword)' has a regular expression that does not compile: \(source)")
            return nil
        }
        return pattern
    }

    /// The strings of `x-known-values` (the open-enum convention of specs/README.md), when present.
    private func knownValues(of schema: Schema) -> [String]? {
        guard let node = schema.extensions.first(where: { $0.name == "x-known-values" })?.value,
              let elements = node.elements else { return nil }
        let values = elements.compactMap { $0.string ?? $0["value"]?.string }
        return values.isEmpty ? nil : values
    }
}
