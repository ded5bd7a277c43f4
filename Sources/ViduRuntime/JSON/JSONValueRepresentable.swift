/// A value that builds its own `JSONValue` directly, without going through an `Encoder`.
///
/// Generated types conform with a `jsonValue` that is exactly what `JSONValueEncoder` (and so
/// `JSONEncoder`) produces from their `Encodable` conformance: object members in spec order,
/// absent optionals left out, integers as `.number`, open enums as their raw string, unions as
/// their branch.
public protocol JSONValueRepresentable {
    /// The value as JSON: what is sent, extra fields included.
    var jsonValue: JSONValue { get }

    /// The value as JSON, with or without the `extraFields` of closed objects inside it.
    ///
    /// Validation checks the value without them (`.omitted`); the wire carries them
    /// (`.included`, the same as `jsonValue`). Types that carry no extra fields, at any depth,
    /// use the default, which is `jsonValue`.
    func jsonValue(extraFields: ExtraFieldsInclusion) -> JSONValue
}

extension JSONValueRepresentable {
    /// `jsonValue`: the value carries no extra fields.
    @inlinable public func jsonValue(extraFields: ExtraFieldsInclusion) -> JSONValue { jsonValue }
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
    @inlinable public var jsonValue: JSONValue { jsonValue(extraFields: .included) }

    /// The wrapped value's JSON, or `.null`.
    @inlinable public func jsonValue(extraFields: ExtraFieldsInclusion) -> JSONValue {
        switch self {
        case .some(let value): return value.jsonValue(extraFields: extraFields)
        case .none: return .null
        }
    }
}

extension Array: JSONValueRepresentable where Element: JSONValueRepresentable {
    /// `.array` of every element's JSON, in order.
    @inlinable public var jsonValue: JSONValue { jsonValue(extraFields: .included) }

    /// `.array` of every element's JSON, in order.
    @inlinable public func jsonValue(extraFields: ExtraFieldsInclusion) -> JSONValue {
        .array(map { $0.jsonValue(extraFields: extraFields) })
    }
}

extension Dictionary: JSONValueRepresentable where Key == String, Value: JSONValueRepresentable {
    /// `.object` of every value's JSON.
    @inlinable public var jsonValue: JSONValue { jsonValue(extraFields: .included) }

    /// `.object` of every value's JSON.
    @inlinable public func jsonValue(extraFields: ExtraFieldsInclusion) -> JSONValue {
        .object(mapValues { $0.jsonValue(extraFields: extraFields) })
    }
}
