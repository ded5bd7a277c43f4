import SpecKit

/// One schema of a table being generated: the CodeGen-side twin of the runtime's `SchemaNode`,
/// with subschemas as node indexes. `SchemaNodeExpression` turns it into Swift.
public struct LoweredSchemaNode: Sendable, Hashable {
    /// A named subschema (`properties`, `dependentSchemas`, `$dynamicAnchor`).
    public struct Member: Sendable, Hashable {
        /// The property, pattern or anchor name.
        public var name: String
        /// The subschema's node.
        public var node: Int
        /// Creates the entry.
        public init(_ name: String, _ node: Int) {
            self.name = name
            self.node = node
        }
    }

    /// One `dependentRequired` entry.
    public struct Dependency: Sendable, Hashable {
        /// The property whose presence triggers the rule.
        public var property: String
        /// The properties it then requires.
        public var requires: [String]
        /// Creates the entry.
        public init(_ property: String, _ requires: [String]) {
            self.property = property
            self.requires = requires
        }
    }

    /// A `$dynamicRef` that may be redirected by the dynamic scope.
    public struct DynamicReference: Sendable, Hashable {
        /// The anchor name.
        public var anchor: String
        /// The static target.
        public var fallback: Int
        /// Creates the entry.
        public init(_ anchor: String, fallback: Int) {
            self.anchor = anchor
            self.fallback = fallback
        }
    }

    /// `true`/`false` for a boolean schema.
    public var always: Bool?
    /// The schema's JSON pointer in its source document.
    public var location = ""
    /// JSON type names, already checked against the seven JSON Schema types.
    public var types: [String] = []
    /// `enum`, as written in the spec.
    public var enumValues: [JSONNode]?
    /// `const`, as written in the spec.
    public var constValue: JSONNode?
    /// `x-known-values` (an annotation: the documented values of an open string).
    public var knownValues: [String]?
    /// `minimum`.
    public var minimum: Double?
    /// `maximum`.
    public var maximum: Double?
    /// `exclusiveMinimum`.
    public var exclusiveMinimum: Double?
    /// `exclusiveMaximum`.
    public var exclusiveMaximum: Double?
    /// `multipleOf`, greater than zero.
    public var multipleOf: Double?
    /// `minLength`, in code points.
    public var minLength: Int?
    /// `maxLength`, in code points.
    public var maxLength: Int?
    /// `pattern`, checked to compile.
    public var pattern: String?
    /// `format` (an annotation).
    public var format: String?
    /// `prefixItems` nodes.
    public var prefixItems: [Int] = []
    /// `items` node.
    public var items: Int?
    /// `contains` node.
    public var contains: Int?
    /// `minContains`.
    public var minContains: Int?
    /// `maxContains`.
    public var maxContains: Int?
    /// `minItems`.
    public var minItems: Int?
    /// `maxItems`.
    public var maxItems: Int?
    /// `uniqueItems`.
    public var uniqueItems = false
    /// `unevaluatedItems` node.
    public var unevaluatedItems: Int?
    /// `properties`, in source order.
    public var properties: [Member] = []
    /// `patternProperties`, with `name` holding the pattern.
    public var patternProperties: [Member] = []
    /// `additionalProperties` node.
    public var additionalProperties: Int?
    /// `propertyNames` node.
    public var propertyNames: Int?
    /// `required`.
    public var required: [String] = []
    /// `dependentRequired`, in source order.
    public var dependentRequired: [Dependency] = []
    /// `dependentSchemas`, in source order.
    public var dependentSchemas: [Member] = []
    /// `minProperties`.
    public var minProperties: Int?
    /// `maxProperties`.
    public var maxProperties: Int?
    /// `unevaluatedProperties` node.
    public var unevaluatedProperties: Int?
    /// `allOf` nodes.
    public var allOf: [Int] = []
    /// `anyOf` nodes.
    public var anyOf: [Int] = []
    /// `oneOf` nodes.
    public var oneOf: [Int] = []
    /// `not` node.
    public var not: Int?
    /// `if` node.
    public var ifSchema: Int?
    /// `then` node (only with `if`).
    public var thenSchema: Int?
    /// `else` node (only with `if`).
    public var elseSchema: Int?
    /// `$ref` target (or a `$dynamicRef` without its bookend).
    public var ref: Int?
    /// `$dynamicRef` whose static target declares the same `$dynamicAnchor`.
    public var dynamicRef: DynamicReference?
    /// The `$dynamicAnchor`s of the resource this node roots.
    public var dynamicAnchors: [Member] = []
    /// True for a document root or a schema with `$id`.
    public var isResourceRoot = false
    /// For a reference target inside a resource with dynamic anchors: that resource's root node.
    public var resource: Int?

    /// A node with every keyword absent.
    public init() {}
}
