/// The keyword values of one schema while `SchemaReader` collects them; `build` makes the `Schema`.
struct SchemaFields {
    var id: String?
    var anchor: String?
    var dynamicAnchor: String?
    var ref: String?
    var dynamicRef: String?
    var defs: [(name: String, schema: Schema)] = []
    var title: String?
    var description: String?
    var defaultValue: JSONNode?
    var examples: [JSONNode] = []
    var deprecated = false
    var readOnly = false
    var writeOnly = false
    var format: String?
    var contentMediaType: String?
    var contentEncoding: String?
    var contentSchema: Schema?
    var extensions: [(name: String, value: JSONNode)] = []
    var types: [String] = []
    var enumValues: [JSONNode]?
    var constValue: JSONNode?
    var minimum: Double?
    var maximum: Double?
    var exclusiveMinimum: Double?
    var exclusiveMaximum: Double?
    var multipleOf: Double?
    var minLength: Int?
    var maxLength: Int?
    var pattern: String?
    var prefixItems: [Schema] = []
    var items: Schema?
    var contains: Schema?
    var minContains: Int?
    var maxContains: Int?
    var minItems: Int?
    var maxItems: Int?
    var uniqueItems = false
    var unevaluatedItems: Schema?
    var properties: [(name: String, schema: Schema)] = []
    var patternProperties: [(pattern: String, schema: Schema)] = []
    var additionalProperties: Schema?
    var propertyNames: Schema?
    var required: [String] = []
    var dependentRequired: [(name: String, requires: [String])] = []
    var dependentSchemas: [(name: String, schema: Schema)] = []
    var minProperties: Int?
    var maxProperties: Int?
    var unevaluatedProperties: Schema?
    var allOf: [Schema] = []
    var anyOf: [Schema] = []
    var oneOf: [Schema] = []
    var not: Schema?
    var ifSchema: Schema?
    var thenSchema: Schema?
    var elseSchema: Schema?
    var discriminator: (propertyName: String, mapping: [String: String])?
    /// OpenAPI 3.0's `nullable: true`, with where it was written; applied by
    /// `SchemaReader.applyNullable` once every keyword is read.
    var nullable: SourceLocation?
    /// OpenAPI 3.0's boolean `exclusiveMinimum`/`exclusiveMaximum: true`, applied to
    /// `minimum`/`maximum` once every keyword is read.
    var exclusiveMinimumFlag = false
    var exclusiveMaximumFlag = false

    func build(source: SchemaSource) -> Schema {
        Schema(
            source: source, id: id, anchor: anchor, dynamicAnchor: dynamicAnchor, ref: ref, dynamicRef: dynamicRef,
            defs: defs, title: title, description: description, defaultValue: defaultValue, examples: examples,
            deprecated: deprecated, readOnly: readOnly, writeOnly: writeOnly, format: format,
            contentMediaType: contentMediaType, contentEncoding: contentEncoding, contentSchema: contentSchema,
            extensions: extensions, types: types, enumValues: enumValues, constValue: constValue,
            minimum: minimum, maximum: maximum, exclusiveMinimum: exclusiveMinimum, exclusiveMaximum: exclusiveMaximum,
            multipleOf: multipleOf, minLength: minLength, maxLength: maxLength, pattern: pattern,
            prefixItems: prefixItems, items: items, contains: contains, minContains: minContains, maxContains: maxContains,
            minItems: minItems, maxItems: maxItems, uniqueItems: uniqueItems, unevaluatedItems: unevaluatedItems,
            properties: properties, patternProperties: patternProperties, additionalProperties: additionalProperties,
            propertyNames: propertyNames, required: required, dependentRequired: dependentRequired,
            dependentSchemas: dependentSchemas, minProperties: minProperties, maxProperties: maxProperties,
            unevaluatedProperties: unevaluatedProperties, allOf: allOf, anyOf: anyOf, oneOf: oneOf, not: not,
            ifSchema: ifSchema, thenSchema: thenSchema, elseSchema: elseSchema, discriminator: discriminator
        )
    }
}
