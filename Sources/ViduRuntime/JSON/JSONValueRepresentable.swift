/// A value that builds its own `JSONValue` directly, without going through an `Encoder`.
///
/// Generated types conform with a `jsonValue` that is exactly what `JSONValueEncoder` (and so
/// `JSONEncoder`) produces from their `Encodable` conformance: object members in spec order,
/// absent optionals left out, integers as `.number`, open enums as their raw string, unions as
/// their branch.
public protocol JSONValueRepresentable {
    /// The value as JSON.
    var jsonValue: JSONValue { get }
}

extension JSONValue: JSONValueRepresentable {
    /// The value itself.
    @inlinable public var jsonValue: JSONValue { self }
}

extension String: JSONValueRepresentable {
    /// `.string(self)`.
    @inlinable public var jsonValue: JSONValue { .string(self) }
}

extension Int: JSONValueRepresentable {
    /// `.number(Double(self))`.
    @inlinable public var jsonValue: JSONValue { .number(Double(self)) }
}

extension Double: JSONValueRepresentable {
    /// `.number(self)`.
    @inlinable public var jsonValue: JSONValue { .number(self) }
}

extension Bool: JSONValueRepresentable {
    /// `.bool(self)`.
    @inlinable public var jsonValue: JSONValue { .bool(self) }
}

extension Optional: JSONValueRepresentable where Wrapped: JSONValueRepresentable {
    /// The wrapped value's JSON, or `.null` (as an `Encoder` writes a `nil` element).
    @inlinable public var jsonValue: JSONValue {
        switch self {
        case .some(let value): return value.jsonValue
        case .none: return .null
        }
    }
}

extension Array: JSONValueRepresentable where Element: JSONValueRepresentable {
    /// `.array` of every element's JSON, in order.
    @inlinable public var jsonValue: JSONValue { .array(map(\.jsonValue)) }
}

extension Dictionary: JSONValueRepresentable where Key == String, Value: JSONValueRepresentable {
    /// `.object` of every value's JSON.
    @inlinable public var jsonValue: JSONValue { .object(mapValues(\.jsonValue)) }
}
