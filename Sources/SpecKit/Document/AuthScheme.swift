/// How requests carry the API key, from the document's security requirement.
///
/// The default, and what an `http` scheme means, is `Authorization: <scheme> <key>`
/// (`Bearer`, `Basic`, `Token`...). An `apiKey` scheme puts the key into the header, query
/// parameter or cookie it names; its header value may start with a word (`x-key-prefix`:
/// `Authorization: Key <key>`). A document that requires no security sends none.
public struct AuthScheme: Sendable, Hashable {
    /// Where the key goes.
    public enum Placement: Sendable, Hashable {
        /// The header `name`, whose value is `<prefix> <key>`, or the key alone without prefix.
        case header(name: String, prefix: String?)
        /// The query parameter `name`.
        case query(name: String)
        /// The cookie `name`.
        case cookie(name: String)
        /// No key: the document requires no security.
        case unauthenticated
    }

    /// The `Authorization` scheme word, such as `Bearer` or `Token`; for another placement,
    /// the word the default placement would use (`Bearer`).
    public var scheme: String
    public var placement: Placement
    public var description: String?

    /// `Authorization: <scheme> <key>`.
    public init(scheme: String, description: String?) {
        self.init(scheme: scheme, placement: .header(name: "Authorization", prefix: scheme), description: description)
    }

    public init(scheme: String = "Bearer", placement: Placement, description: String?) {
        self.scheme = scheme
        self.placement = placement
        self.description = description
    }

    /// True when the key goes where it always went: `Authorization: <scheme> <key>`.
    public var isDefaultPlacement: Bool {
        placement == .header(name: "Authorization", prefix: scheme)
    }
}
