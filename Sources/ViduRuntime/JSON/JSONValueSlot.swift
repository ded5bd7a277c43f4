/// What an encoded value is while a `JSONValueEncoder` works: finished (`value`), or an object
/// or array whose containers may still be written to, or a slot handed to an encoder.
/// Everything becomes a plain `JSONValue` when the encoding is finished.
enum JSONValueContent {
    case value(JSONValue)
    case object(JSONValueObjectSlots)
    case array(JSONValueArraySlots)
    case slot(JSONValueSlot)

    /// The finished value.
    var value: JSONValue {
        switch self {
        case .value(let value): return value
        case .object(let object):
            var members: [String: JSONValue] = [:]
            members.reserveCapacity(object.members.count)
            for (key, content) in object.members { members[key] = content.value }
            return .object(members)
        case .array(let array):
            return .array(array.elements.map(\.value))
        case .slot(let slot):
            return slot.value
        }
    }
}

/// A place an `Encoder` writes one value to: the whole result, or a member or element that
/// is encoded by its own `encode(to:)`.
final class JSONValueSlot {
    var content: JSONValueContent?

    /// The finished value. A slot nothing was written to is an empty object, as
    /// `JSONEncoder` writes `{}` for a value that encodes nothing.
    var value: JSONValue {
        content?.value ?? .object([:])
    }

    /// The object this slot holds, turning an empty slot into one. Asking twice shares one
    /// object, as `JSONEncoder` does.
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
    var members: [String: JSONValueContent] = [:]

    /// The nested object at `key`, created on first use.
    func object(_ key: String) -> JSONValueObjectSlots {
        if case .object(let object) = members[key] { return object }
        let object = JSONValueObjectSlots()
        members[key] = .object(object)
        return object
    }

    /// The nested array at `key`, created on first use.
    func array(_ key: String) -> JSONValueArraySlots {
        if case .array(let array) = members[key] { return array }
        let array = JSONValueArraySlots()
        members[key] = .array(array)
        return array
    }
}

/// The elements of an array being encoded.
final class JSONValueArraySlots {
    var elements: [JSONValueContent] = []
}
