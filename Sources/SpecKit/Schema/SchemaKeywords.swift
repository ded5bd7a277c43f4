/// The JSON Schema 2020-12 keywords SpecKit reads, and advice for the ones it rejects.
///
/// Every keyword of a schema object is one of: a supported keyword below, an `x-` extension
/// (kept in `Schema.extensions`), `$comment` (a comment, read and dropped), `$vocabulary`
/// (a metaschema declaration, checked and dropped), or an error. OpenAPI's own schema
/// keywords (`nullable`, `example`, `discriminator`, `xml`, `externalDocs`) are errors too.
public enum SchemaKeywords {
    /// The keywords `Schema` has a property for, in the order the JSON Schema spec lists them.
    public static let supported: [String] = [
        "$schema", "$id", "$anchor", "$dynamicAnchor", "$ref", "$dynamicRef", "$defs", "$comment", "$vocabulary",
        "title", "description", "default", "examples", "deprecated", "readOnly", "writeOnly",
        "format", "contentMediaType", "contentEncoding", "contentSchema",
        "type", "enum", "const",
        "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
        "minLength", "maxLength", "pattern",
        "prefixItems", "items", "contains", "minContains", "maxContains", "minItems", "maxItems", "uniqueItems",
        "unevaluatedItems",
        "properties", "patternProperties", "additionalProperties", "propertyNames", "required",
        "dependentRequired", "dependentSchemas", "minProperties", "maxProperties", "unevaluatedProperties",
        "allOf", "anyOf", "oneOf", "not", "if", "then", "else",
    ]

    /// The only `$schema` value accepted (with or without a trailing `#`).
    public static let dialect = "https://json-schema.org/draft/2020-12/schema"

    /// The type names of JSON Schema.
    public static let typeNames: [String] = ["null", "boolean", "object", "array", "number", "string", "integer"]

    static let supportedSet = Set(supported)

    /// Why a known but rejected keyword is rejected, and what to write instead.
    static let rejected: [String: (reason: String, hint: String)] = [
        "nullable": ("'nullable' is OpenAPI 3.0, not JSON Schema 2020-12", "use \"type\": [\"string\", \"null\"]"),
        "example": ("'example' is OpenAPI 3.0, not JSON Schema 2020-12", "use \"examples\": [...]"),
        "discriminator": ("'discriminator' is not supported", "use oneOf whose branches each fix the tag property with const"),
        "xml": ("'xml' is not supported", "remove it; SpecKit reads JSON bodies only"),
        "externalDocs": ("'externalDocs' is not supported in a schema", "put the link into description"),
        "definitions": ("'definitions' is draft-07, not 2020-12", "use $defs"),
        "dependencies": ("'dependencies' is draft-07, not 2020-12", "use dependentRequired or dependentSchemas"),
        "additionalItems": ("'additionalItems' is draft 2019-09, not 2020-12", "use prefixItems for the fixed items and items for the rest"),
        "$recursiveRef": ("'$recursiveRef' is draft 2019-09, not 2020-12", "use $dynamicRef"),
        "$recursiveAnchor": ("'$recursiveAnchor' is draft 2019-09, not 2020-12", "use $dynamicAnchor"),
        "id": ("'id' is draft-04, not 2020-12", "use $id"),
    ]
}
