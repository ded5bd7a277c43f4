/// The keyed container of a `JSONValueEncoder`: writes object members.
struct JSONValueKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: JSONValueObjectSlots
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: any Sendable]

    mutating func encodeNil(forKey key: Key) throws {
        object.slot(key.stringValue).content = .value(.null)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try JSONValueSlotEncoder.encode(value, into: object.slot(key.stringValue), codingPath: codingPath + [key], userInfo: userInfo)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(
            JSONValueKeyedContainer<NestedKey>(object: object.slot(key.stringValue).object(), codingPath: codingPath + [key], userInfo: userInfo))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        JSONValueUnkeyedContainer(array: object.slot(key.stringValue).array(), codingPath: codingPath + [key], userInfo: userInfo)
    }

    mutating func superEncoder() -> any Encoder {
        JSONValueSlotEncoder(
            slot: object.slot(JSONValueCodingKey.superKey.stringValue), codingPath: codingPath + [JSONValueCodingKey.superKey],
            userInfoValues: userInfo)
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        JSONValueSlotEncoder(slot: object.slot(key.stringValue), codingPath: codingPath + [key], userInfoValues: userInfo)
    }
}

/// The unkeyed container of a `JSONValueEncoder`: appends array elements.
struct JSONValueUnkeyedContainer: UnkeyedEncodingContainer {
    let array: JSONValueArraySlots
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: any Sendable]

    var count: Int { array.slots.count }

    private var nextKey: JSONValueCodingKey { JSONValueCodingKey(intValue: array.slots.count) }

    mutating func encodeNil() throws {
        array.append().content = .value(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        let path = codingPath + [nextKey]
        try JSONValueSlotEncoder.encode(value, into: array.append(), codingPath: path, userInfo: userInfo)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let path = codingPath + [nextKey]
        return KeyedEncodingContainer(JSONValueKeyedContainer<NestedKey>(object: array.append().object(), codingPath: path, userInfo: userInfo))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = codingPath + [nextKey]
        return JSONValueUnkeyedContainer(array: array.append().array(), codingPath: path, userInfo: userInfo)
    }

    mutating func superEncoder() -> any Encoder {
        let path = codingPath + [nextKey]
        return JSONValueSlotEncoder(slot: array.append(), codingPath: path, userInfoValues: userInfo)
    }
}

/// The single-value container of a `JSONValueEncoder`: sets the slot's value.
struct JSONValueSingleValueContainer: SingleValueEncodingContainer {
    let slot: JSONValueSlot
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: any Sendable]

    mutating func encodeNil() throws {
        slot.content = .value(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try JSONValueSlotEncoder.encode(value, into: slot, codingPath: codingPath, userInfo: userInfo)
    }
}
