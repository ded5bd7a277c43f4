/// One way in which a JSON instance breaks its schema.
public struct Violation: Sendable, Hashable, CustomStringConvertible {
    /// Where, as an RFC 6901 JSON pointer into the instance (`""` is the whole instance).
    public var pointer: String
    /// The JSON Schema keyword that failed, such as `maximum` or `required`.
    public var keyword: String
    /// A sentence a person can act on, naming the value and the rule.
    public var message: String

    /// Creates a violation.
    public init(pointer: String, keyword: String, message: String) {
        self.pointer = pointer
        self.keyword = keyword
        self.message = message
    }

    /// `<json-pointer>: <message>`, the form `vidu validate` prints.
    public var description: String {
        "\(pointer.isEmpty ? "/" : pointer): \(message)"
    }
}
