/// The encoding of a `SchemaNode`: `Codable`'s, keyed by the property names, with every
/// absent keyword left out. Entries of named subschemas are two-element arrays
/// (`["model", 1]`), and a pattern is its source text.

/// A keyword whose absence is an empty value (`[]`, `false`): left out when encoding, and
/// that value when decoding finds it missing. It keeps `SchemaNode`'s encoding as small as
/// the keywords the spec wrote, without a hand-kept list of keys.
@propertyWrapper
public struct OmittedWhenEmpty<Value: EmptyRepresentable> {
    /// The keyword's value.
    public var wrappedValue: Value

    /// Wraps `wrappedValue`.
    public init(wrappedValue: Value) {
        self.wrappedValue = wrappedValue
    }
}

/// A value with an "empty" state that means "the keyword is absent".
public protocol EmptyRepresentable: Codable {
    /// The empty value.
    static var emptyValue: Self { get }
    /// True for the empty value.
    var isEmptyValue: Bool { get }
}

extension Array: EmptyRepresentable where Element: Codable {
    /// `[]`.
    public static var emptyValue: [Element] { [] }
    /// True when there are no elements.
    public var isEmptyValue: Bool { isEmpty }
}

extension Bool: EmptyRepresentable {
    /// `false`.
    public static var emptyValue: Bool { false }
    /// True for `false`.
    public var isEmptyValue: Bool { !self }
}

extension OmittedWhenEmpty: Sendable where Value: Sendable {}

extension OmittedWhenEmpty: Codable {
    /// Decodes the value itself (a missing key is handled by the container extension below).
    public init(from decoder: any Decoder) throws {
        wrappedValue = try Value(from: decoder)
    }

    /// Encodes the value itself.
    public func encode(to encoder: any Encoder) throws {
        try wrappedValue.encode(to: encoder)
    }
}

extension KeyedDecodingContainer {
    /// A missing or null key decodes as the empty value.
    public func decode<Value>(_ type: OmittedWhenEmpty<Value>.Type, forKey key: Key) throws -> OmittedWhenEmpty<Value> {
        guard let value = try decodeIfPresent(Value.self, forKey: key) else { return OmittedWhenEmpty(wrappedValue: .emptyValue) }
        return OmittedWhenEmpty(wrappedValue: value)
    }
}

extension KeyedEncodingContainer {
    /// The empty value is left out.
    public mutating func encode<Value>(_ value: OmittedWhenEmpty<Value>, forKey key: Key) throws {
        guard !value.wrappedValue.isEmptyValue else { return }
        try encode(value.wrappedValue, forKey: key)
    }
}

/// A keyword whose value may be JSON `null` (`const: null`): written when present, even as
/// `null`, and absent only when the key is missing, which `Optional`'s own coding would
/// confuse with `null`.
@propertyWrapper
public struct KeptWhenNull: Sendable, Codable {
    /// The keyword's value; nil when the schema does not have the keyword.
    public var wrappedValue: JSONValue?

    /// Wraps `wrappedValue`.
    public init(wrappedValue: JSONValue?) {
        self.wrappedValue = wrappedValue
    }
}

extension KeyedDecodingContainer {
    /// A present key, `null` included, is a value; a missing key is nil.
    public func decode(_ type: KeptWhenNull.Type, forKey key: Key) throws -> KeptWhenNull {
        // Spelled out: `JSONValue` is `ExpressibleByNilLiteral`, so a bare `nil` here would be `.null`.
        guard contains(key) else { return KeptWhenNull(wrappedValue: Optional<JSONValue>.none) }
        return KeptWhenNull(wrappedValue: try decode(JSONValue.self, forKey: key))
    }
}

extension KeyedEncodingContainer {
    /// Writes the value, `null` included; nothing when it is nil.
    public mutating func encode(_ value: KeptWhenNull, forKey key: Key) throws {
        guard let json = value.wrappedValue else { return }
        try encode(json, forKey: key)
    }
}

/// An entry of a named subschema list, coded as a two-element array (`["model", 1]`): the
/// one definition of that form, which `SchemaMember`, `SchemaPatternMember`, `SchemaDependency`,
/// `SchemaDynamicReference` and `SchemaDynamicAnchor` adopt.
public protocol SchemaPairCodable: Codable {
    associatedtype First: Codable
    associatedtype Second: Codable
    /// The entry made of its two parts.
    init(pair first: First, _ second: Second)
    /// The two parts, in the order written.
    var pair: (First, Second) { get }
}

extension SchemaPairCodable {
    /// Reads `[first, second]`.
    public init(from decoder: any Decoder) throws {
        var container = try decoder.unkeyedContainer()
        self.init(pair: try container.decode(First.self), try container.decode(Second.self))
    }

    /// Writes `[first, second]`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        let (first, second) = pair
        try container.encode(first)
        try container.encode(second)
    }
}

extension SchemaMember: SchemaPairCodable {
    /// `["name", node]`.
    public init(pair name: String, _ node: Int) { self.init(name, node) }
    public var pair: (String, Int) { (name, node) }
}

extension SchemaPatternMember: SchemaPairCodable {
    /// `["pattern", node]`.
    public init(pair pattern: SchemaPattern, _ node: Int) { self.init(pattern, node) }
    public var pair: (SchemaPattern, Int) { (pattern, node) }
}

extension SchemaDependency: SchemaPairCodable {
    /// `["property", ["required", …]]`.
    public init(pair property: String, _ requires: [String]) { self.init(property, requires) }
    public var pair: (String, [String]) { (property, requires) }
}

extension SchemaDynamicReference: SchemaPairCodable {
    /// `["anchor", fallback]`.
    public init(pair anchor: String, _ fallback: Int) { self.init(anchor, fallback: fallback) }
    public var pair: (String, Int) { (anchor, fallback) }
}

extension SchemaDynamicAnchor: SchemaPairCodable {
    /// `["name", node]`.
    public init(pair name: String, _ node: Int) { self.init(name, node) }
    public var pair: (String, Int) { (name, node) }
}

extension SchemaPattern: Codable {
    /// Reads the source text and compiles it; a pattern that does not compile is a
    /// `DecodingError.dataCorrupted` naming it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let source = try container.decode(String.self)
        guard let pattern = SchemaPattern(compiling: source) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "the pattern '\(source)' does not compile")
        }
        self = pattern
    }

    /// Writes the source text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(source)
    }
}
