import Foundation

/// The JSON types a schema's `type` keyword names.
public enum JSONType: String, Sendable, Hashable, CaseIterable {
    case null, boolean, object, array, number, string, integer
}

/// One schema of a `SchemaTable`, compiled by vidu-codegen from a spec.
///
/// A node holds the JSON Schema 2020-12 keywords of one schema object. Subschemas are indexes
/// into the same table, so shared and recursive schemas (`$ref`, `$defs`) need no copies.
/// Generated code only declares nodes; `SchemaTable` does the checking.
public struct SchemaNode: Sendable {
    /// `true` and `false` schemas, which accept or reject everything.
    public var always: Bool?
    /// Where this schema is in its source document, as a JSON pointer (for messages and tools).
    public var location: String

    public var types: [JSONType]
    public var enumValues: [JSONValue]?
    public var constValue: JSONValue?
    /// `x-known-values`: the documented values of an open string. An annotation, never
    /// asserted; the drift detector reports a string outside it.
    public var knownValues: [String]?

    public var minimum: Double?
    public var maximum: Double?
    public var exclusiveMinimum: Double?
    public var exclusiveMaximum: Double?
    public var multipleOf: Double?

    public var minLength: Int?
    public var maxLength: Int?
    public var pattern: SchemaPattern?
    /// `format` is an annotation in 2020-12 by default: recorded, never asserted.
    public var format: String?

    public var prefixItems: [Int]
    public var items: Int?
    public var contains: Int?
    public var minContains: Int?
    public var maxContains: Int?
    public var minItems: Int?
    public var maxItems: Int?
    public var uniqueItems: Bool
    public var unevaluatedItems: Int?

    /// `properties`, in the source order.
    public var properties: [SchemaMember]
    public var patternProperties: [SchemaPatternMember]
    public var additionalProperties: Int?
    public var propertyNames: Int?
    public var required: [String]
    public var dependentRequired: [SchemaDependency]
    public var dependentSchemas: [SchemaMember]
    public var minProperties: Int?
    public var maxProperties: Int?
    public var unevaluatedProperties: Int?

    public var allOf: [Int]
    public var anyOf: [Int]
    public var oneOf: [Int]
    public var not: Int?
    public var ifSchema: Int?
    public var thenSchema: Int?
    public var elseSchema: Int?

    /// `$ref`, resolved to a node.
    public var ref: Int?
    /// `$dynamicRef`, with its anchor name and the node it resolves to statically.
    public var dynamicRef: SchemaDynamicReference?
    /// The `$dynamicAnchor` names this node's schema resource declares, each with its node.
    public var dynamicAnchors: [SchemaDynamicAnchor]
    /// True when this node starts a schema resource (the document root, or a schema with `$id`).
    public var isResourceRoot: Bool
    /// The root node of the schema resource this node lies in, set on `$ref` targets that are
    /// not resource roots themselves when the table uses `$dynamicRef`: following a reference
    /// into the middle of a resource enters that resource's dynamic scope.
    public var resource: Int?

    /// A node with the given keywords; every keyword left out is absent.
    public init(
        always: Bool? = nil,
        location: String = "",
        types: [JSONType] = [],
        enumValues: [JSONValue]? = nil,
        constValue: JSONValue? = nil,
        knownValues: [String]? = nil,
        minimum: Double? = nil,
        maximum: Double? = nil,
        exclusiveMinimum: Double? = nil,
        exclusiveMaximum: Double? = nil,
        multipleOf: Double? = nil,
        minLength: Int? = nil,
        maxLength: Int? = nil,
        pattern: SchemaPattern? = nil,
        format: String? = nil,
        prefixItems: [Int] = [],
        items: Int? = nil,
        contains: Int? = nil,
        minContains: Int? = nil,
        maxContains: Int? = nil,
        minItems: Int? = nil,
        maxItems: Int? = nil,
        uniqueItems: Bool = false,
        unevaluatedItems: Int? = nil,
        properties: [SchemaMember] = [],
        patternProperties: [SchemaPatternMember] = [],
        additionalProperties: Int? = nil,
        propertyNames: Int? = nil,
        required: [String] = [],
        dependentRequired: [SchemaDependency] = [],
        dependentSchemas: [SchemaMember] = [],
        minProperties: Int? = nil,
        maxProperties: Int? = nil,
        unevaluatedProperties: Int? = nil,
        allOf: [Int] = [],
        anyOf: [Int] = [],
        oneOf: [Int] = [],
        not: Int? = nil,
        ifSchema: Int? = nil,
        thenSchema: Int? = nil,
        elseSchema: Int? = nil,
        ref: Int? = nil,
        dynamicRef: SchemaDynamicReference? = nil,
        dynamicAnchors: [SchemaDynamicAnchor] = [],
        isResourceRoot: Bool = false,
        resource: Int? = nil
    ) {
        self.always = always
        self.location = location
        self.types = types
        self.enumValues = enumValues
        self.constValue = constValue
        self.knownValues = knownValues
        self.minimum = minimum
        self.maximum = maximum
        self.exclusiveMinimum = exclusiveMinimum
        self.exclusiveMaximum = exclusiveMaximum
        self.multipleOf = multipleOf
        self.minLength = minLength
        self.maxLength = maxLength
        self.pattern = pattern
        self.format = format
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
        self.ref = ref
        self.dynamicRef = dynamicRef
        self.dynamicAnchors = dynamicAnchors
        self.isResourceRoot = isResourceRoot
        self.resource = resource
    }
}

/// A named subschema: one entry of `properties` or `dependentSchemas`.
public struct SchemaMember: Sendable, Hashable {
    public var name: String
    public var node: Int
    public init(_ name: String, _ node: Int) {
        self.name = name
        self.node = node
    }
}

/// One entry of `patternProperties`.
public struct SchemaPatternMember: Sendable {
    public var pattern: SchemaPattern
    public var node: Int
    public init(_ pattern: SchemaPattern, _ node: Int) {
        self.pattern = pattern
        self.node = node
    }
}

/// One entry of `dependentRequired`: when `property` is present, `requires` must be too.
public struct SchemaDependency: Sendable, Hashable {
    public var property: String
    public var requires: [String]
    public init(_ property: String, _ requires: [String]) {
        self.property = property
        self.requires = requires
    }
}

/// A `$dynamicRef`: the anchor name and the node it resolves to when no outer scope overrides it.
public struct SchemaDynamicReference: Sendable, Hashable {
    public var anchor: String
    public var fallback: Int
    public init(_ anchor: String, fallback: Int) {
        self.anchor = anchor
        self.fallback = fallback
    }
}

/// A `$dynamicAnchor` declared inside a schema resource.
public struct SchemaDynamicAnchor: Sendable, Hashable {
    public var name: String
    public var node: Int
    public init(_ name: String, _ node: Int) {
        self.name = name
        self.node = node
    }
}

/// A `pattern` regular expression, compiled once. Patterns match anywhere in the string
/// (they are not anchored), as JSON Schema requires. The source is ECMA-262 syntax; it is
/// compiled with ECMA-262's meaning of `\d`, `\w` and `\s` (ASCII digits and word characters,
/// ECMA white space), which ICU would otherwise read as Unicode classes.
public struct SchemaPattern: Sendable {
    /// The pattern as written in the spec.
    public let source: String
    private let regex: RegexBox

    /// Compiles `source`. vidu-codegen has already checked that it compiles; a pattern that
    /// does not is a programming error.
    public init(_ source: String) {
        self.source = source
        do {
            self.regex = RegexBox(try NSRegularExpression(pattern: SchemaEvaluatorRegexDialect.icuPattern(fromECMA: source), options: []))
        } catch {
            preconditionFailure("vidu-codegen emitted a pattern that does not compile: \(source)")
        }
    }

    /// True when the pattern matches somewhere in `string`.
    public func matches(_ string: String) -> Bool {
        let range = NSRange(string.startIndex..<string.endIndex, in: string)
        return regex.value.firstMatch(in: string, options: [], range: range) != nil
    }
}

/// `NSRegularExpression` is immutable after creation and documented as thread-safe.
private final class RegexBox: @unchecked Sendable {
    let value: NSRegularExpression
    init(_ value: NSRegularExpression) { self.value = value }
}
