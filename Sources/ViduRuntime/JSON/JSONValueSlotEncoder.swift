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

    /// What `value` encodes as, with `JSONEncoder`'s default handling of the Foundation types
    /// it treats specially (`URL`, `Data`, `Decimal`) and of primitives.
    static func content<T: Encodable>(
        of value: T, codingPath: [any CodingKey], userInfo: [CodingUserInfoKey: any Sendable]
    ) throws -> JSONValueContent {
        if let primitive = try primitive(value, codingPath: codingPath) {
            return .value(primitive)
        }
        let slot = JSONValueSlot()
        try value.encode(to: JSONValueSlotEncoder(slot: slot, codingPath: codingPath, userInfoValues: userInfo))
        return slot.content ?? .value(.object([:]))
    }

    /// The JSON value of a primitive or specially treated Foundation value, or nil for any
    /// other type.
    static func primitive<T>(_ value: T, codingPath: [any CodingKey]) throws -> JSONValue? {
        switch value {
        case let string as String: return .string(string)
        case let int as Int: return .number(Double(int))
        case let double as Double: return try number(double, codingPath)
        case let bool as Bool: return .bool(bool)
        case let json as JSONValue: return json
        case let float as Float: return try number(float, codingPath)
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

    /// A finite `Double` as a number; NaN and infinities throw, as with `JSONEncoder`.
    static func number(_ double: Double, _ codingPath: [any CodingKey]) throws -> JSONValue {
        guard double.isFinite else {
            throw EncodingError.invalidValue(
                double, EncodingError.Context(codingPath: codingPath, debugDescription: "Unable to encode \(double) directly in JSON."))
        }
        return .number(double)
    }

    /// A `Float` as the number its shortest decimal form names (what `JSONEncoder` writes).
    static func number(_ float: Float, _ codingPath: [any CodingKey]) throws -> JSONValue {
        guard float.isFinite else {
            throw EncodingError.invalidValue(
                float, EncodingError.Context(codingPath: codingPath, debugDescription: "Unable to encode \(float) directly in JSON."))
        }
        return .number(Double("\(float)") ?? Double(float))
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
