/// A value stored out of line, so that a generated struct can hold a member of its own type.
///
/// The generator marks a stored property `@Indirect` when its type leads back to the struct
/// that holds it without an array or dictionary in between (`Node.parent: Node?`, or
/// `A.b: B?` with `B.a: A?`): a struct cannot contain itself inline. The wrapper changes only
/// the storage; the property's type, the memberwise initializer, `Codable`, `Hashable`,
/// `Sendable` and the JSON stay those of the plain value. An optional member is still left out
/// when nil and decodes as nil when absent (the container overloads below).
///
/// It is an enum with one `indirect` case: the payload lives in a box that copies share, and
/// assigning a new value replaces the box, so the wrapper keeps value semantics.
@propertyWrapper
public indirect enum Indirect<Value> {
    /// The boxed value.
    case value(Value)

    /// Boxes `wrappedValue`.
    public init(wrappedValue: Value) {
        self = .value(wrappedValue)
    }

    /// The value.
    public var wrappedValue: Value {
        get {
            switch self {
            case .value(let value): return value
            }
        }
        set { self = .value(newValue) }
    }
}

extension Indirect: Sendable where Value: Sendable {}
extension Indirect: Equatable where Value: Equatable {}
extension Indirect: Hashable where Value: Hashable {}

extension Indirect: Encodable where Value: Encodable {
    /// Encodes the value itself: the box leaves no trace in the JSON.
    public func encode(to encoder: any Encoder) throws {
        try wrappedValue.encode(to: encoder)
    }
}

extension Indirect: Decodable where Value: Decodable {
    /// Decodes the value itself.
    public init(from decoder: any Decoder) throws {
        self.init(wrappedValue: try Value(from: decoder))
    }
}

extension KeyedDecodingContainer {
    /// An absent or `null` member of an `@Indirect` optional property decodes as nil, as it
    /// does for a plain optional property (synthesized `init(from:)` calls this overload).
    public func decode<Wrapped: Decodable>(_ type: Indirect<Wrapped?>.Type, forKey key: Key) throws -> Indirect<Wrapped?> {
        Indirect(wrappedValue: try decodeIfPresent(Wrapped.self, forKey: key))
    }
}

extension KeyedEncodingContainer {
    /// A nil `@Indirect` optional property is left out, as a plain optional property is
    /// (synthesized `encode(to:)` calls this overload).
    public mutating func encode<Wrapped: Encodable>(_ value: Indirect<Wrapped?>, forKey key: Key) throws {
        try encodeIfPresent(value.wrappedValue, forKey: key)
    }
}
