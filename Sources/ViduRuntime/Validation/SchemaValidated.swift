/// A generated type whose instances are checked against a compiled schema before sending.
///
/// `validate()` checks the value's `jsonValue`, which the generated code builds directly and
/// which is exactly what the type's `Encodable` conformance produces.
public protocol SchemaValidated: Encodable, Sendable, JSONValueRepresentable {
    /// The provider's compiled schemas.
    static var schemaTable: SchemaTable { get }
    /// This type's root node in `schemaTable`.
    static var schemaRoot: Int { get }
}

extension SchemaValidated {
    /// Every violation of the spec's rules, all at once. Empty means the value may be sent.
    /// A number that JSON cannot carry (NaN, an infinity) is reported under `encoding`.
    public func validate() -> [Violation] {
        Self.validate(json: jsonValue)
    }

    /// Validates raw JSON against this type's schema, before or without decoding it.
    public static func validate(json: JSONValue) -> [Violation] {
        schemaTable.validate(json, against: schemaRoot)
    }
}
