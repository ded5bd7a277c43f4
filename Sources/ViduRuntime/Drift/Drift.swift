/// One way in which a live body differs from what its provider's spec documents, as a
/// `DriftObserver` reports it.
///
/// Two drifts are the same when provider, operation, pointer and kind are equal; an observer
/// reports each such drift once.
public struct Drift: Sendable, Hashable, CustomStringConvertible {
    /// What differs.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A member the schema does not declare at an object it describes.
        case undocumentedMember = "undocumented-member"
        /// A string that the schema's `x-known-values` does not list.
        case unknownValue = "unknown-value"
        /// A two-form value (`oneOf`) in a form other than the first branch.
        case secondForm = "second-form"
        /// A member the schema declares but a success body did not carry.
        case documentedFieldMissing = "documented-field-missing"
        /// A value that breaks one of the schema's constraints.
        case constraintViolation = "constraint-violation"
    }

    /// The provider's id, such as `acme`.
    public var provider: String
    /// The operationId, or for a webhook body the webhook's name.
    public var operationID: String
    /// The kind of difference.
    public var kind: Kind
    /// Where, as a JSON pointer into the body in which every array index is `*`
    /// (`/data/result/videos/*/url`), so the same member in every element is one drift.
    public var pointer: String
    /// The value (or, for a missing member, its parent object) as compact JSON: at most
    /// `Drift.sampleLimit` characters, the API key and signed URL query values removed,
    /// control characters made visible. Empty when there is nothing to show.
    public var sample: String
    /// One sentence: what differs and what the spec says.
    public var message: String

    /// The longest sample, in characters.
    public static let sampleLimit = 120

    /// Creates a drift.
    public init(provider: String, operationID: String, kind: Kind, pointer: String, sample: String, message: String) {
        self.provider = provider
        self.operationID = operationID
        self.kind = kind
        self.pointer = pointer
        self.sample = sample
        self.message = message
    }

    /// `drift acme getTask /data/status unknown-value: "queued" is not a known value (known: pending, …) sample: "queued"`,
    /// one line of safe text.
    public var description: String {
        let place = pointer.isEmpty ? "/" : pointer
        let line = "drift \(provider) \(operationID) \(place) \(kind.rawValue): \(message)" + (sample.isEmpty ? "" : " sample: \(sample)")
        return TerminalText.safe(line)
    }
}
