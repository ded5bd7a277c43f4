/// The JSON Schema 2020-12 keywords SpecKit reads, and advice for the ones it rejects.
///
/// Every keyword of a schema object is one of: a supported keyword below, an `x-` extension
/// (kept in `Schema.extensions`), `$comment` (a comment, read and dropped), `$vocabulary`
/// (a metaschema declaration, checked and dropped), one of OpenAPI's own schema keywords
/// (`openAPI`), or unknown. JSON Schema ignores unknown keywords, so SpecKit ignores them
/// with a warning that names the keyword it probably meant.
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

    /// OpenAPI's own schema keywords: `nullable` (3.0) and `example` are translated,
    /// `discriminator` is read into `Schema.discriminator`, `xml` is ignored with a warning
    /// and `externalDocs` silently.
    public static let openAPI: [String] = ["nullable", "example", "discriminator", "xml", "externalDocs"]

    /// Every keyword that is not unknown, for "did you mean" hints.
    static let known: [String] = supported + openAPI

    static let supportedSet = Set(supported)

    /// Keywords of other JSON Schema drafts, ignored with a warning: why, and what to write instead.
    static let rejected: [String: (reason: String, hint: String)] = [
        "definitions": ("'definitions' is draft-07, not 2020-12", "use $defs"),
        "dependencies": ("'dependencies' is draft-07, not 2020-12", "use dependentRequired or dependentSchemas"),
        "additionalItems": ("'additionalItems' is draft 2019-09, not 2020-12", "use prefixItems for the fixed items and items for the rest"),
        "$recursiveRef": ("'$recursiveRef' is draft 2019-09, not 2020-12", "use $dynamicRef"),
        "$recursiveAnchor": ("'$recursiveAnchor' is draft 2019-09, not 2020-12", "use $dynamicAnchor"),
        "id": ("'id' is draft-04, not 2020-12", "use $id"),
    ]
}
