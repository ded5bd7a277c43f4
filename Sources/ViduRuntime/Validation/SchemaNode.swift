import Foundation

/// The JSON types a schema's `type` keyword names.
public enum JSONType: String, Sendable, Hashable, CaseIterable, Codable {
    case null, boolean, object, array, number, string, integer
}

/// One schema of a `SchemaTable`, compiled by vidu-codegen from a spec.
///
/// A node holds the JSON Schema 2020-12 keywords of one schema object. Subschemas are indexes
/// into the same table, so shared and recursive schemas (`$ref`, `$defs`) need no copies.
///
/// This is the one definition of the compiled schema model: vidu-codegen fills these
/// properties directly (it imports this module) and writes the table with
/// `SchemaTable.encoded`; generated code holds only that text, which `SchemaTable(encoded:)`
/// reads back on first use. A keyword is a property here, its evaluation in
/// `SchemaEvaluator`, and its reading from the spec in SpecKit's `SchemaReader`; the encoding
/// is `Codable`'s, with the property names as keys, so it needs no list of its own.
public struct SchemaNode: Sendable, Codable {
    /// `true` and `false` schemas, which accept or reject everything.
    public var always: Bool?
    /// Where this schema is in its source document, as a JSON pointer (for messages and tools).
    public var location: String = ""

    @OmittedWhenEmpty public var types: [JSONType] = []
    public var enumValues: [JSONValue]?
    @KeptWhenNull public var constValue: JSONValue?
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

    @OmittedWhenEmpty public var prefixItems: [Int] = []
    public var items: Int?
    public var contains: Int?
    public var minContains: Int?
    public var maxContains: Int?
    public var minItems: Int?
    public var maxItems: Int?
    @OmittedWhenEmpty public var uniqueItems = false
    public var unevaluatedItems: Int?

    /// `properties`, in the source order.
    @OmittedWhenEmpty public var properties: [SchemaMember] = []
    @OmittedWhenEmpty public var patternProperties: [SchemaPatternMember] = []
    public var additionalProperties: Int?
    public var propertyNames: Int?
    @OmittedWhenEmpty public var required: [String] = []
    @OmittedWhenEmpty public var dependentRequired: [SchemaDependency] = []
    @OmittedWhenEmpty public var dependentSchemas: [SchemaMember] = []
    public var minProperties: Int?
    public var maxProperties: Int?
    public var unevaluatedProperties: Int?

    @OmittedWhenEmpty public var allOf: [Int] = []
    @OmittedWhenEmpty public var anyOf: [Int] = []
    @OmittedWhenEmpty public var oneOf: [Int] = []
    public var not: Int?
    public var ifSchema: Int?
    public var thenSchema: Int?
    public var elseSchema: Int?

    /// `$ref`, resolved to a node.
    public var ref: Int?
    /// `$dynamicRef`, with its anchor name and the node it resolves to statically.
    public var dynamicRef: SchemaDynamicReference?
    /// The `$dynamicAnchor` names this node's schema resource declares, each with its node.
    @OmittedWhenEmpty public var dynamicAnchors: [SchemaDynamicAnchor] = []
    /// True when this node starts a schema resource (the document root, or a schema with `$id`).
    @OmittedWhenEmpty public var isResourceRoot = false
    /// The root node of the schema resource this node lies in, set on `$ref` targets that are
    /// not resource roots themselves when the table uses `$dynamicRef`: following a reference
    /// into the middle of a resource enters that resource's dynamic scope.
    public var resource: Int?
}

extension SchemaNode {
    /// A node at `location` with every keyword absent (a schema that accepts everything);
    /// set the keywords as properties.
    public init(location: String) {
        self.location = location
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

    /// Compiles `source`, or nil when it does not compile (with ECMA-262's classes, as
    /// `matches` uses it). vidu-codegen refuses a spec whose pattern gives nil here.
    public init?(compiling source: String) {
        guard let regex = try? NSRegularExpression(pattern: SchemaEvaluatorRegexDialect.icuPattern(fromECMA: source), options: []) else {
            return nil
        }
        self.source = source
        self.regex = RegexBox(regex)
    }

    /// Compiles `source`, which must compile (a literal pattern in code or a test).
    public init(_ source: String) {
        guard let pattern = SchemaPattern(compiling: source) else {
            preconditionFailure("the pattern does not compile: \(source)")
        }
        self = pattern
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
