/// One JSON Schema 2020-12 schema object (or boolean schema) from a spec, as SpecKit read it.
///
/// Every supported keyword has a property; a keyword outside the supported subset is a
/// diagnostic (a warning when it is valid but unsupported), never silently dropped. Subschemas are `Schema` values too. `$ref` keeps the
/// absolute location of its target (resolve it with `SchemaRegistry`), so a recursive
/// schema is not a recursive value.
public final class Schema: Sendable {
    /// Where the schema was written.
    public let source: SchemaSource
    /// `true`/`false` for a boolean schema; nil for an object schema.
    public let booleanValue: Bool?

    // Identity and references
    public let id: String?
    public let anchor: String?
    public let dynamicAnchor: String?
    /// The `$ref` target as the absolute URI `SchemaRegistry` knows it by, such as
    /// `file:///specs/acme.json#/components/schemas/Task`.
    public let ref: String?
    public let dynamicRef: String?
    public let defs: [(name: String, schema: Schema)]

    // Annotations
    public let title: String?
    public let description: String?
    public let defaultValue: JSONNode?
    public let examples: [JSONNode]
    public let deprecated: Bool
    public let readOnly: Bool
    public let writeOnly: Bool
    public let format: String?
    public let contentMediaType: String?
    public let contentEncoding: String?
    public let contentSchema: Schema?
    /// `x-` extensions on this schema, by name.
    public let extensions: [(name: String, value: JSONNode)]

    // Assertions
    public let types: [String]
    public let enumValues: [JSONNode]?
    public let constValue: JSONNode?
    public let minimum: Double?
    public let maximum: Double?
    public let exclusiveMinimum: Double?
    public let exclusiveMaximum: Double?
    public let multipleOf: Double?
    public let minLength: Int?
    public let maxLength: Int?
    public let pattern: String?
    public let prefixItems: [Schema]
    public let items: Schema?
    public let contains: Schema?
    public let minContains: Int?
    public let maxContains: Int?
    public let minItems: Int?
    public let maxItems: Int?
    public let uniqueItems: Bool
    public let unevaluatedItems: Schema?
    public let properties: [(name: String, schema: Schema)]
    public let patternProperties: [(pattern: String, schema: Schema)]
    public let additionalProperties: Schema?
    public let propertyNames: Schema?
    public let required: [String]
    public let dependentRequired: [(name: String, requires: [String])]
    public let dependentSchemas: [(name: String, schema: Schema)]
    public let minProperties: Int?
    public let maxProperties: Int?
    public let unevaluatedProperties: Schema?
    public let allOf: [Schema]
    public let anyOf: [Schema]
    public let oneOf: [Schema]
    public let not: Schema?
    public let ifSchema: Schema?
    public let thenSchema: Schema?
    public let elseSchema: Schema?

    // OpenAPI
    /// The OpenAPI `discriminator` (3.0 and 3.1): the property whose value names the branch
    /// of this schema's `oneOf`/`anyOf`, and the explicit `mapping` from values to branches.
    /// Mapping values are absolute schema URIs, resolved like `ref` (a bare name `Cat` is
    /// `#/components/schemas/Cat`). Nil when the schema has none.
    public let discriminator: (propertyName: String, mapping: [String: String])?

    public init(
        source: SchemaSource,
        booleanValue: Bool? = nil,
        id: String? = nil,
        anchor: String? = nil,
        dynamicAnchor: String? = nil,
        ref: String? = nil,
        dynamicRef: String? = nil,
        defs: [(name: String, schema: Schema)] = [],
        title: String? = nil,
        description: String? = nil,
        defaultValue: JSONNode? = nil,
        examples: [JSONNode] = [],
        deprecated: Bool = false,
        readOnly: Bool = false,
        writeOnly: Bool = false,
        format: String? = nil,
        contentMediaType: String? = nil,
        contentEncoding: String? = nil,
        contentSchema: Schema? = nil,
        extensions: [(name: String, value: JSONNode)] = [],
        types: [String] = [],
        enumValues: [JSONNode]? = nil,
        constValue: JSONNode? = nil,
        minimum: Double? = nil,
        maximum: Double? = nil,
        exclusiveMinimum: Double? = nil,
        exclusiveMaximum: Double? = nil,
        multipleOf: Double? = nil,
        minLength: Int? = nil,
        maxLength: Int? = nil,
        pattern: String? = nil,
        prefixItems: [Schema] = [],
        items: Schema? = nil,
        contains: Schema? = nil,
        minContains: Int? = nil,
        maxContains: Int? = nil,
        minItems: Int? = nil,
        maxItems: Int? = nil,
        uniqueItems: Bool = false,
        unevaluatedItems: Schema? = nil,
        properties: [(name: String, schema: Schema)] = [],
        patternProperties: [(pattern: String, schema: Schema)] = [],
        additionalProperties: Schema? = nil,
        propertyNames: Schema? = nil,
        required: [String] = [],
        dependentRequired: [(name: String, requires: [String])] = [],
        dependentSchemas: [(name: String, schema: Schema)] = [],
        minProperties: Int? = nil,
        maxProperties: Int? = nil,
        unevaluatedProperties: Schema? = nil,
        allOf: [Schema] = [],
        anyOf: [Schema] = [],
        oneOf: [Schema] = [],
        not: Schema? = nil,
        ifSchema: Schema? = nil,
        thenSchema: Schema? = nil,
        elseSchema: Schema? = nil,
        discriminator: (propertyName: String, mapping: [String: String])? = nil
    ) {
        self.source = source
        self.booleanValue = booleanValue
        self.id = id
        self.anchor = anchor
        self.dynamicAnchor = dynamicAnchor
        self.ref = ref
        self.dynamicRef = dynamicRef
        self.defs = defs
        self.title = title
        self.description = description
        self.defaultValue = defaultValue
        self.examples = examples
        self.deprecated = deprecated
        self.readOnly = readOnly
        self.writeOnly = writeOnly
        self.format = format
        self.contentMediaType = contentMediaType
        self.contentEncoding = contentEncoding
        self.contentSchema = contentSchema
        self.extensions = extensions
        self.types = types
        self.enumValues = enumValues
        self.constValue = constValue
        self.minimum = minimum
        self.maximum = maximum
        self.exclusiveMinimum = exclusiveMinimum
        self.exclusiveMaximum = exclusiveMaximum
        self.multipleOf = multipleOf
        self.minLength = minLength
        self.maxLength = maxLength
        self.pattern = pattern
        self.prefixItems = prefixItems
        self.items = items
        self.contains = contains
        self.minContains = minContains
        self.maxContains = maxContains
        self.minItems = minItems
        self.maxItems = maxItems
        self.uniqueItems = uniqueItems
        self.unevaluatedItems = unevaluatedItems
        self.properties = properties
        self.patternProperties = patternProperties
        self.additionalProperties = additionalProperties
        self.propertyNames = propertyNames
        self.required = required
        self.dependentRequired = dependentRequired
        self.dependentSchemas = dependentSchemas
        self.minProperties = minProperties
        self.maxProperties = maxProperties
        self.unevaluatedProperties = unevaluatedProperties
        self.allOf = allOf
        self.anyOf = anyOf
        self.oneOf = oneOf
        self.not = not
        self.ifSchema = ifSchema
        self.thenSchema = thenSchema
        self.elseSchema = elseSchema
        self.discriminator = discriminator
    }
}

/// Where a schema was written: file, position, pointer, and the absolute URI it is known by.
public struct SchemaSource: Sendable, Hashable {
    public var file: String
    public var location: SourceLocation
    /// JSON pointer inside the file, such as `/components/schemas/Task`.
    public var pointer: String
    /// The absolute URI of this schema (base URI plus `#` pointer), used as its identity.
    public var uri: String

    public init(file: String, location: SourceLocation, pointer: String, uri: String) {
        self.file = file
        self.location = location
        self.pointer = pointer
        self.uri = uri
    }
}
