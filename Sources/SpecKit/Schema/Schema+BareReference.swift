extension Schema {
    /// True when the schema is only a `$ref`: besides it, it holds nothing but identity and
    /// annotation keywords (`$id`, anchors, `$defs`, title, description, default, examples,
    /// deprecated, readOnly, writeOnly, `x-` extensions). Such a schema means exactly its target.
    public var isBareReference: Bool {
        guard ref != nil, booleanValue == nil, dynamicRef == nil else { return false }
        let hasAssertions = !types.isEmpty || enumValues != nil || constValue != nil || format != nil
            || minimum != nil || maximum != nil || exclusiveMinimum != nil || exclusiveMaximum != nil || multipleOf != nil
            || minLength != nil || maxLength != nil || pattern != nil
            || contentMediaType != nil || contentEncoding != nil || contentSchema != nil
        let hasArrayKeywords = !prefixItems.isEmpty || items != nil || contains != nil || minContains != nil
            || maxContains != nil || minItems != nil || maxItems != nil || uniqueItems || unevaluatedItems != nil
        let hasObjectKeywords = !properties.isEmpty || !patternProperties.isEmpty || additionalProperties != nil
            || propertyNames != nil || !required.isEmpty || !dependentRequired.isEmpty || !dependentSchemas.isEmpty
            || minProperties != nil || maxProperties != nil || unevaluatedProperties != nil
        let hasApplicators = !allOf.isEmpty || !anyOf.isEmpty || !oneOf.isEmpty || not != nil
            || ifSchema != nil || thenSchema != nil || elseSchema != nil
        return !(hasAssertions || hasArrayKeywords || hasObjectKeywords || hasApplicators)
    }
}

extension SchemaSource {
    /// The URI of the schema resource this schema belongs to: `uri` without its fragment.
    public var resourceURI: String { SchemaURI.resource(of: uri) }
}
