import Foundation
// PLACEHOLDER: replaced by the validation-engine work before anything lands.
public struct JSONValueEncoder: Sendable {
    public init() {}
    public func encode(_ value: some Encodable) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: JSONEncoder().encode(value))
    }
}
