import ViduRuntime

/// Names a provider ViduKit runs jobs on: the base name of its spec file (`specs/<id>.json`),
/// lower-case, as typed after `--provider`.
///
/// Any string is an id; the providers that can run jobs are those with a registered adapter
/// (`VideoProviders.all`). Each built-in adapter declares its id as a constant in its own
/// file (`extension VideoProviderID { static let acme: VideoProviderID = "acme" }`), so
/// `VideoProvider(.acme, apiKey: key)` reads like an enum case.
public struct VideoProviderID: RawRepresentable, Sendable, Hashable, Codable, Comparable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The id, lower-case.
    public let rawValue: String

    /// The id `rawValue`, lower-cased.
    public init(rawValue: String) {
        self.rawValue = rawValue.lowercased()
    }

    /// The id `rawValue`, lower-cased.
    public init(_ rawValue: String) {
        self.init(rawValue: rawValue)
    }

    /// The id written as a literal, lower-cased.
    public init(stringLiteral value: String) {
        self.init(rawValue: value)
    }

    /// Decodes the id from a JSON string.
    public init(from decoder: any Decoder) throws {
        self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
    }

    /// Encodes the id as a JSON string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The provider's name for people (its spec's `x-provider.displayName`), or the id when
    /// no adapter is registered for it.
    public var description: String {
        VideoProviders.adapter(for: self)?.descriptor.displayName ?? rawValue
    }

    /// The environment variable holding this provider's own API key (its spec's
    /// `x-provider.keyEnvironmentVariable`). It takes precedence over the shared `VIDU_API_KEY`.
    public var keyEnvironmentVariable: String {
        VideoProviders.adapter(for: self)?.descriptor.keyEnvironmentVariable
            ?? ProviderDescriptor.defaultKeyEnvironmentVariable(for: rawValue)
    }

    /// The shared key variable, used when the provider's own is unset or empty.
    public static let sharedKeyEnvironmentVariable = "VIDU_API_KEY"

    /// Every provider with a registered adapter, in registration order.
    public static var registered: [VideoProviderID] { VideoProviders.all.map(\.id) }

    /// Orders ids by their text.
    public static func < (lhs: VideoProviderID, rhs: VideoProviderID) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
