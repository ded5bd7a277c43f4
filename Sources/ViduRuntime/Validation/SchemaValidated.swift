/// A generated type whose instances are checked against a compiled schema before sending.
public protocol SchemaValidated: Encodable, Sendable {
    /// The provider's compiled schemas.
    static var schemaTable: SchemaTable { get }
    /// This type's root node in `schemaTable`.
    static var schemaRoot: Int { get }
}

extension SchemaValidated {
    /// Every violation of the spec's rules, all at once. Empty means the value may be sent.
    public func validate() -> [Violation] {
        do {
            let value = try JSONValueEncoder().encode(self)
            return Self.schemaTable.validate(value, against: Self.schemaRoot)
        } catch {
            return [Violation(pointer: "", keyword: "encoding", message: "cannot be encoded as JSON: \(error)")]
        }
    }

    /// Validates raw JSON against this type's schema, before or without decoding it.
    public static func validate(json: JSONValue) -> [Violation] {
        schemaTable.validate(json, against: schemaRoot)
    }
}
