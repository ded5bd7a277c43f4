import SpecKit
import ViduRuntime

extension JSONNode {
    /// The runtime value of this spec JSON, for `enum` and `const`: objects keep the last of
    /// duplicate keys, as JSON readers do.
    var jsonValue: JSONValue {
        switch value {
        case .null: return .null
        case .bool(let bool): return .bool(bool)
        case .number(let number, _): return .number(number)
        case .string(let string): return .string(string)
        case .array(let elements): return .array(elements.map(\.jsonValue))
        case .object(let members):
            var object: [String: JSONValue] = [:]
            for member in members { object[member.key] = member.value.jsonValue }
            return .object(object)
        }
    }
}
