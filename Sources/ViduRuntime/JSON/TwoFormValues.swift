/// The two-form values specs declare most often (`oneOf`/`anyOf` of two JSON types), defined
/// once here: generated code names them with a `typealias` instead of declaring a copy per
/// provider. Decoding tries the forms in the generator's fixed order (boolean, integer,
/// number, string, array); encoding writes the value back in the form it was given.

/// A JSON integer or string, such as an error `code` that providers send either way.
public enum IntegerOrString: Codable, Hashable, Sendable, JSONValueRepresentable {
    /// A JSON integer.
    case integer(Int)
    /// A JSON string.
    case string(String)

    /// Decodes an integer, else a string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected a JSON integer or string")
        }
    }

    /// Encodes the value in the form it was given.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .integer(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        }
    }

    /// `.number` for an integer, `.string` for a string.
    public var jsonValue: JSONValue {
        switch self {
        case .integer(let value): .number(Double(value))
        case .string(let value): .string(value)
        }
    }

    /// The integer value, when this is one.
    public var integerValue: Int? {
        if case .integer(let value) = self { return value }
        return nil
    }

    /// The string value, when this is one.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }
}

/// A JSON number or string, such as a progress that one provider sends as `"50"`.
public enum NumberOrString: Codable, Hashable, Sendable, JSONValueRepresentable {
    /// A JSON number.
    case number(Double)
    /// A JSON string.
    case string(String)

    /// Decodes a number, else a string.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected a JSON number or string")
        }
    }

    /// Encodes the value in the form it was given.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        }
    }

    /// `.number` for a number, `.string` for a string.
    public var jsonValue: JSONValue {
        switch self {
        case .number(let value): .number(value)
        case .string(let value): .string(value)
        }
    }

    /// The number value, when this is one.
    public var numberValue: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The string value, when this is one.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }
}

/// A JSON string or array of strings, such as a result URL that one page shows as a string
/// and another as a list.
public enum StringOrStringArray: Codable, Hashable, Sendable, JSONValueRepresentable {
    /// A JSON string.
    case string(String)
    /// A JSON array of strings.
    case stringArray([String])

    /// Decodes a string, else an array of strings.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([String].self) {
            self = .stringArray(value)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Expected a JSON string or array")
        }
    }

    /// Encodes the value in the form it was given.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .stringArray(let value): try container.encode(value)
        }
    }

    /// `.string` for a string, `.array` of strings for an array.
    public var jsonValue: JSONValue {
        switch self {
        case .string(let value): .string(value)
        case .stringArray(let value): .array(value.map(JSONValue.string))
        }
    }

    /// The string value, when this is one.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The array value, when this is one.
    public var stringArrayValue: [String]? {
        if case .stringArray(let value) = self { return value }
        return nil
    }

    /// Every string: the single string, or the elements of the array.
    public var strings: [String] {
        switch self {
        case .string(let value): [value]
        case .stringArray(let value): value
        }
    }
}
