/// The keyed container of a `JSONValueEncoder`: writes object members. The common scalar
/// types have their own overloads, so synthesized `encode(to:)` methods write them without
/// dynamic casts.
struct JSONValueKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: JSONValueObjectSlots
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: any Sendable]

    mutating func encodeNil(forKey key: Key) throws { object.members[key.stringValue] = .value(.null) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { object.members[key.stringValue] = .value(.bool(value)) }
    mutating func encode(_ value: String, forKey key: Key) throws { object.members[key.stringValue] = .value(.string(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { object.members[key.stringValue] = .value(.number(Double(value))) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { object.members[key.stringValue] = .value(.number(Double(value))) }

    mutating func encode(_ value: Double, forKey key: Key) throws {
        object.members[key.stringValue] = .value(try JSONValueSlotEncoder.number(value, codingPath + [key]))
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        object.members[key.stringValue] = try JSONValueSlotEncoder.content(of: value, codingPath: codingPath + [key], userInfo: userInfo)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(
            JSONValueKeyedContainer<NestedKey>(object: object.object(key.stringValue), codingPath: codingPath + [key], userInfo: userInfo))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        JSONValueUnkeyedContainer(array: object.array(key.stringValue), codingPath: codingPath + [key], userInfo: userInfo)
    }

    mutating func superEncoder() -> any Encoder {
        encoder(at: JSONValueCodingKey.superKey.stringValue, path: codingPath + [JSONValueCodingKey.superKey])
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        encoder(at: key.stringValue, path: codingPath + [key])
    }

    private func encoder(at name: String, path: [any CodingKey]) -> any Encoder {
        let slot = JSONValueSlot()
        object.members[name] = .slot(slot)
        return JSONValueSlotEncoder(slot: slot, codingPath: path, userInfoValues: userInfo)
    }
}

/// The unkeyed container of a `JSONValueEncoder`: appends array elements.
struct JSONValueUnkeyedContainer: UnkeyedEncodingContainer {
    let array: JSONValueArraySlots
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: any Sendable]

    var count: Int { array.elements.count }

    private var nextPath: [any CodingKey] { codingPath + [JSONValueCodingKey(intValue: array.elements.count)] }

    mutating func encodeNil() throws { array.elements.append(.value(.null)) }
    mutating func encode(_ value: Bool) throws { array.elements.append(.value(.bool(value))) }
    mutating func encode(_ value: String) throws { array.elements.append(.value(.string(value))) }
    mutating func encode(_ value: Int) throws { array.elements.append(.value(.number(Double(value)))) }
    mutating func encode(_ value: Double) throws { array.elements.append(.value(try JSONValueSlotEncoder.number(value, nextPath))) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        array.elements.append(try JSONValueSlotEncoder.content(of: value, codingPath: nextPath, userInfo: userInfo))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let path = nextPath
        let object = JSONValueObjectSlots()
        array.elements.append(.object(object))
        return KeyedEncodingContainer(JSONValueKeyedContainer<NestedKey>(object: object, codingPath: path, userInfo: userInfo))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let path = nextPath
        let nested = JSONValueArraySlots()
        array.elements.append(.array(nested))
        return JSONValueUnkeyedContainer(array: nested, codingPath: path, userInfo: userInfo)
    }

    mutating func superEncoder() -> any Encoder {
        let path = nextPath
        let slot = JSONValueSlot()
        array.elements.append(.slot(slot))
        return JSONValueSlotEncoder(slot: slot, codingPath: path, userInfoValues: userInfo)
    }
}

/// The single-value container of a `JSONValueEncoder`: sets the slot's value.
struct JSONValueSingleValueContainer: SingleValueEncodingContainer {
    let slot: JSONValueSlot
    let codingPath: [any CodingKey]
    let userInfo: [CodingUserInfoKey: any Sendable]

    mutating func encodeNil() throws { slot.content = .value(.null) }
    mutating func encode(_ value: Bool) throws { slot.content = .value(.bool(value)) }
    mutating func encode(_ value: String) throws { slot.content = .value(.string(value)) }
    mutating func encode(_ value: Int) throws { slot.content = .value(.number(Double(value))) }
    mutating func encode(_ value: Double) throws { slot.content = .value(try JSONValueSlotEncoder.number(value, codingPath)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        slot.content = try JSONValueSlotEncoder.content(of: value, codingPath: codingPath, userInfo: userInfo)
    }
}
