/// An API key. It prints as `APIKey(redacted)` everywhere: in descriptions, dumps, errors
/// and logs. Only the transport's `Authorization` header ever sees the secret.
public struct APIKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    let secret: String

    /// Wraps `secret`. Read it from the environment or a keychain, never from an argument list.
    public init(_ secret: String) {
        self.secret = secret
    }

    public var description: String { "APIKey(redacted)" }
    public var debugDescription: String { "APIKey(redacted)" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }

    /// The `Authorization` header value for `scheme`, such as `Bearer <key>`.
    func authorizationValue(scheme: String) -> String {
        "\(scheme) \(secret)"
    }

    /// Removes every occurrence of the secret from `text`.
    public func redact(_ text: String) -> String {
        guard !secret.isEmpty else { return text }
        return text.replacingOccurrences(of: secret, with: "<redacted>")
    }
}
