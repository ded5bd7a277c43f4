import SpecKit

/// One schema of a table being generated: the CodeGen-side twin of the runtime's `SchemaNode`,
/// with subschemas as node indexes. `SchemaNodeExpression` turns it into Swift.
public struct LoweredSchemaNode: Sendable, Hashable {
    /// A named subschema (`properties`, `dependentSchemas`, `$dynamicAnchor`).
    public struct Member: Sendable, Hashable {
        public var name: String
        public var node: Int
        public init(_ name: String, _ node: Int) {
            self.name = name
            self.node = node
        }
    }

    /// One `dependentRequired` entry.
    public struct Dependency: Sendable, Hashable {
        public var property: String
        public var requires: [String]
        public init(_ property: String, _ requires: [String]) {
            self.property = property
            self.requires = requires
        }
    }

    /// A `$dynamicRef` that may be redirected by the dynamic scope.
    public struct DynamicReference: Sendable, Hashable {
        public var anchor: String
        public var fallback: Int
        public init(_ anchor: String, fallback: Int) {
            self.anchor = anchor
            self.fallback = fallback
        }
    }

    public var always: Bool?
    public var location = ""
    /// JSON type names, already checked against the seven JSON Schema types.
    public var types: [String] = []
    public var enumValues: [JSONNode]?
    public var constValue: JSONNode?
    public var minimum: Double?
    public var maximum: Double?
    public var exclusiveMinimum: Double?
    public var exclusiveMaximum: Double?
    public var multipleOf: Double?
    public var minLength: Int?
    public var maxLength: Int?
    public var pattern: String?
    public var format: String?
    public var prefixItems: [Int] = []
    public var items: Int?
    public var contains: Int?
    public var minContains: Int?
    public var maxContains: Int?
    public var minItems: Int?
    public var maxItems: Int?
    public var uniqueItems = false
    public var unevaluatedItems: Int?
    public var properties: [Member] = []
    /// `patternProperties`, with `name` holding the pattern.
    public var patternProperties: [Member] = []
    public var additionalProperties: Int?
    public var propertyNames: Int?
    public var required: [String] = []
    public var dependentRequired: [Dependency] = []
    public var dependentSchemas: [Member] = []
    public var minProperties: Int?
    public var maxProperties: Int?
    public var unevaluatedProperties: Int?
    public var allOf: [Int] = []
    public var anyOf: [Int] = []
    public var oneOf: [Int] = []
    public var not: Int?
    public var ifSchema: Int?
    public var thenSchema: Int?
    public var elseSchema: Int?
    public var ref: Int?
    public var dynamicRef: DynamicReference?
    public var dynamicAnchors: [Member] = []
    public var isResourceRoot = false
    public var resource: Int?

    /// A node with every keyword absent.
    public init() {}
}
