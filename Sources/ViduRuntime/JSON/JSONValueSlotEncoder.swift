import Foundation

/// The `Encoder` a `JSONValueEncoder` hands to `encode(to:)`: it writes into one slot.
struct JSONValueSlotEncoder: Encoder {
    let slot: JSONValueSlot
    let codingPath: [any CodingKey]
    let userInfoValues: [CodingUserInfoKey: any Sendable]

    var userInfo: [CodingUserInfoKey: Any] { userInfoValues }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(JSONValueKeyedContainer<Key>(object: slot.object(), codingPath: codingPath, userInfo: userInfoValues))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONValueUnkeyedContainer(array: slot.array(), codingPath: codingPath, userInfo: userInfoValues)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONValueSingleValueContainer(slot: slot, codingPath: codingPath, userInfo: userInfoValues)
    }

    /// Writes `value` into `slot`, with `JSONEncoder`'s default handling of the Foundation
    /// types it treats specially (`URL`, `Data`, `Decimal`) and of primitives.
    static func encode<T: Encodable>(
        _ value: T, into slot: JSONValueSlot, codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: any Sendable]
    ) throws {
        if let primitive = try primitive(value, codingPath: codingPath) {
            slot.content = .value(primitive)
            return
        }
        if let json = value as? JSONValue {
            slot.content = .value(json)
            return
        }
        try value.encode(to: JSONValueSlotEncoder(slot: slot, codingPath: codingPath, userInfoValues: userInfo))
    }

    /// The JSON value of a primitive or specially treated Foundation value, or nil for any
    /// other type.
    static func primitive(_ value: Any, codingPath: [any CodingKey]) throws -> JSONValue? {
        switch value {
        case let string as String: return .string(string)
        case let bool as Bool: return .bool(bool)
        case let double as Double: return try number(double, value, codingPath)
        case let float as Float: return try number(Double("\(float)") ?? Double(float), value, codingPath)
        case let int as Int: return .number(Double(int))
        case let int as Int8: return .number(Double(int))
        case let int as Int16: return .number(Double(int))
        case let int as Int32: return .number(Double(int))
        case let int as Int64: return .number(Double(int))
        case let int as UInt: return .number(Double(int))
        case let int as UInt8: return .number(Double(int))
        case let int as UInt16: return .number(Double(int))
        case let int as UInt32: return .number(Double(int))
        case let int as UInt64: return .number(Double(int))
        case let url as URL: return .string(url.absoluteString)
        case let data as Data: return .string(data.base64EncodedString())
        case let decimal as Decimal: return .number(NSDecimalNumber(decimal: decimal).doubleValue)
        default: return nil
        }
    }

    private static func number(_ double: Double, _ original: Any, _ codingPath: [any CodingKey]) throws -> JSONValue {
        guard double.isFinite else {
            throw EncodingError.invalidValue(
                original,
                EncodingError.Context(codingPath: codingPath, debugDescription: "Unable to encode \(double) directly in JSON."))
        }
        return .number(double)
    }
}

/// A key for array positions in coding paths, and for `super`.
struct JSONValueCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) {
        self.stringValue = stringValue
        self.intValue = nil
    }

    init(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }

    static let superKey = JSONValueCodingKey(stringValue: "super")
}
