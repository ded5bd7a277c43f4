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
    /// Every violation of the spec's rules, all at once, each identical violation once (see
    /// `SchemaTable.validate(_:against:)`). Empty means the value may be sent.
    /// A number that JSON cannot carry (NaN, an infinity) is reported under `encoding`.
    public func validate() -> [Violation] {
        checkedForSending().violations
    }

    /// The JSON to send and every reason not to send it.
    ///
    /// The declared members are checked against the schema; the `extraFields` of closed objects
    /// are checked only for being JSON, listed in `extraFields.unchecked`, and an extra field
    /// that would replace a declared member is a violation.
    public func checkedForSending() -> CheckedBody {
        let declared = jsonValue(extraFields: .omitted)
        let wire = jsonValue(extraFields: .included)
        var violations = Self.validate(json: declared)
        let extraFields = wire == declared ? ExtraFieldsReport(wire: .null, declared: .null) : ExtraFieldsReport(wire: wire, declared: declared)
        violations += extraFields.conflictViolations
        return CheckedBody(json: wire, violations: violations, extraFields: extraFields)
    }

    /// Validates raw JSON against this type's schema, before or without decoding it.
    public static func validate(json: JSONValue) -> [Violation] {
        schemaTable.validate(json, against: schemaRoot)
    }
}

/// A request body checked before sending: the JSON that goes on the wire, what breaks the
/// spec, and which members were sent unchecked.
public struct CheckedBody: Sendable, Hashable {
    /// The JSON sent: declared members and extra fields.
    public var json: JSONValue
    /// Every violation; empty means the body may be sent.
    public var violations: [Violation]
    /// Where the extra fields are (unchecked) and which clash with declared members.
    public var extraFields: ExtraFieldsReport
    /// The body as sent when it is not JSON (a form; see `encoded(as:from:)`); nil sends `json`.
    public var encoded: PendingEncodedBody?

    /// Creates a checked body.
    public init(json: JSONValue, violations: [Violation], extraFields: ExtraFieldsReport) {
        self.json = json
        self.violations = violations
        self.extraFields = extraFields
    }
}

extension JSONValueRepresentable {
    /// The value as a body that no schema checks (a spec body without a validated type):
    /// its JSON, no violations.
    @_spi(Generated)
    public func uncheckedForSending() -> CheckedBody {
        let json = jsonValue
        return CheckedBody(json: json, violations: [], extraFields: ExtraFieldsReport(wire: json, declared: json))
    }
}
