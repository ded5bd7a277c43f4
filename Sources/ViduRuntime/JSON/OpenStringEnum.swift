/// A string enum of a spec's documented values that keeps any other value as `unknown`:
/// decoding never fails on a value a newer provider sends, and encoding sends it back as is.
///
/// Generated enums declare their cases, `unknown(String)`, `allCases` and `rawValue`; this
/// protocol supplies the rest once: `init(rawValue:)`, `Codable` as a plain JSON string,
/// equality and hashing by the wire value (so `.unknown("720p")` equals `.p720`), and
/// `jsonValue`.
public protocol OpenStringEnum: Codable, Hashable, Sendable, CaseIterable, RawRepresentable, JSONValueRepresentable
where RawValue == String, AllCases == [Self] {
    /// The case for a value the spec does not list, kept exactly as received.
    static func unknown(_ value: String) -> Self
    /// The documented case spelled `rawValue`, or `unknown` (never nil).
    init(rawValue: String)
    /// The value as sent on the wire.
    var rawValue: String { get }
}

extension OpenStringEnum {
    /// The documented case spelled `rawValue`; any other value becomes `unknown`.
    public init(rawValue: String) {
        self = Self.allCases.first { $0.rawValue == rawValue } ?? .unknown(rawValue)
    }

    /// Decodes any string; never fails on an undocumented value.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes `rawValue` as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// Values are equal when they are sent the same way.
    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.rawValue == rhs.rawValue
    }

    /// Hashes `rawValue`.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(rawValue)
    }

    /// `.string(rawValue)`: exactly what `encode(to:)` writes.
    public var jsonValue: JSONValue { .string(rawValue) }
}
