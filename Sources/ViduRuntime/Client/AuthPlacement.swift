/// Where a request carries the API key, as the provider's security scheme says.
///
/// The default is `.header(name: "Authorization", prefix: authScheme)`:
/// `Authorization: Bearer <key>`. The key is never logged: `APIKey` prints redacted, and a key
/// in the query string is removed from every printed URL (`URLSecurityRule.describe` drops the
/// query, and `APIKey.redact` removes the key as sent and percent-encoded).
public enum AuthPlacement: Sendable, Hashable, CustomStringConvertible {
    /// The header `name` with the value `<prefix> <key>`, or the key alone when `prefix` is
    /// nil (`X-API-Key: <key>`, `Authorization: Key <key>`).
    case header(name: String, prefix: String?)
    /// The query parameter `name` (`?api_key=<key>`), after the operation's own parameters.
    case query(name: String)
    /// The cookie `name` (`Cookie: <name>=<key>`).
    case cookie(name: String)
    /// No key is sent: the provider's API needs none.
    case unauthenticated

    /// `header Authorization: Bearer <key>`, `query api_key`, ...: the placement, never the key.
    public var description: String {
        switch self {
        case .header(let name, let prefix): return "header \(name): " + (prefix.map { "\($0) <key>" } ?? "<key>")
        case .query(let name): return "query \(name)=<key>"
        case .cookie(let name): return "cookie \(name)=<key>"
        case .unauthenticated: return "no key"
        }
    }
}
