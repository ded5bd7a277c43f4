import Foundation

/// An API key. It prints as `APIKey(redacted)` everywhere: in descriptions, dumps, errors
/// and logs. Only the request's key placement (`AuthPlacement`: a header, the query string or
/// a cookie) ever sees the secret.
public struct APIKey: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    let secret: String

    /// Wraps `secret`. Read it from the environment or a keychain, never from an argument list.
    public init(_ secret: String) {
        self.secret = secret
    }

    public var description: String { "APIKey(redacted)" }
    public var debugDescription: String { "APIKey(redacted)" }
    public var customMirror: Mirror { Mirror(self, children: [], displayStyle: .struct) }

    /// The header value `<prefix> <key>`, or the key alone.
    func headerValue(prefix: String?) -> String {
        prefix.map { "\($0) \(secret)" } ?? secret
    }

    /// The secret itself, for a query parameter or cookie (the request builder encodes it).
    var queryValue: String { secret }

    /// Removes every occurrence of the secret from `text`: as written, and percent-encoded as
    /// a query string carries it.
    public func redact(_ text: String) -> String {
        guard !secret.isEmpty else { return text }
        var result = text.replacingOccurrences(of: secret, with: "<redacted>")
        if let encoded = secret.addingPercentEncoding(withAllowedCharacters: RequestBuilder.unreserved), encoded != secret {
            result = result.replacingOccurrences(of: encoded, with: "<redacted>", options: .caseInsensitive)
        }
        return result
    }
}
