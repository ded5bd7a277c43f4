/// A place an encoded value is written to while a `JSONValueEncoder` works: the whole result,
/// an object member or an array element. Nested containers write into their own slots, which
/// become values when the encoding is finished.
final class JSONValueSlot {
    enum Content {
        case empty
        case value(JSONValue)
        case object(JSONValueObjectSlots)
        case array(JSONValueArraySlots)
    }

    var content: Content = .empty

    /// The finished value. A slot nothing was written to is an empty object, as
    /// `JSONEncoder` writes `{}` for a value that encodes nothing.
    var value: JSONValue {
        switch content {
        case .empty: return .object([:])
        case .value(let value): return value
        case .object(let object):
            var members: [String: JSONValue] = [:]
            members.reserveCapacity(object.slots.count)
            for (key, slot) in object.slots { members[key] = slot.value }
            return .object(members)
        case .array(let array):
            return .array(array.slots.map(\.value))
        }
    }

    /// The object this slot holds, turning an empty slot into one. Encoding a keyed
    /// container twice into the same slot shares one object, as `JSONEncoder` does.
    func object() -> JSONValueObjectSlots {
        if case .object(let object) = content { return object }
        let object = JSONValueObjectSlots()
        content = .object(object)
        return object
    }

    /// The array this slot holds, turning an empty slot into one.
    func array() -> JSONValueArraySlots {
        if case .array(let array) = content { return array }
        let array = JSONValueArraySlots()
        content = .array(array)
        return array
    }
}

/// The members of an object being encoded.
final class JSONValueObjectSlots {
    var slots: [String: JSONValueSlot] = [:]

    /// The slot for `key`, created on first use.
    func slot(_ key: String) -> JSONValueSlot {
        if let slot = slots[key] { return slot }
        let slot = JSONValueSlot()
        slots[key] = slot
        return slot
    }
}

/// The elements of an array being encoded.
final class JSONValueArraySlots {
    var slots: [JSONValueSlot] = []

    /// A new slot at the end.
    func append() -> JSONValueSlot {
        let slot = JSONValueSlot()
        slots.append(slot)
        return slot
    }
}
