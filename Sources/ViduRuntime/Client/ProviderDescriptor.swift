/// What the runtime needs to know about one provider, as its spec says: its id, the name
/// people read, where it is, how it takes the key, and its documented limits.
public struct ProviderDescriptor: Sendable, Hashable {
    /// The provider's id: the spec file's base name (`specs/<name>.json`), lower-case, as
    /// typed on the command line and written in recordings and drift reports.
    public var name: String
    /// The provider's name for people, in messages and tables (`info.x-provider.displayName`;
    /// the id when the spec gives none).
    public var displayName: String
    /// The environment variable that holds the provider's own API key
    /// (`info.x-provider.keyEnvironmentVariable`; `<ID>_API_KEY` when the spec gives none).
    public var keyEnvironmentVariable: String
    /// The documented base URL.
    public var defaultBaseURL: String
    /// The `Authorization` scheme word, such as `Bearer` or `Token` (what the default
    /// `authPlacement` sends before the key).
    public var authScheme: String
    /// Where requests carry the key: by default `Authorization: <authScheme> <key>`; a
    /// header of its own, a query parameter or a cookie when the spec's security scheme says so.
    public var authPlacement: AuthPlacement
    /// Documented requests per minute for one key, when documented.
    public var requestsPerMinute: Int?
    /// Documented number of tasks that may run at once, when documented.
    public var concurrentTasks: Int?

    /// Creates a descriptor. A nil `displayName` is `name`; a nil `keyEnvironmentVariable` is
    /// `name` upper-cased, with every character but letters and digits as `_`, then `_API_KEY`;
    /// a nil `authPlacement` is `.header(name: "Authorization", prefix: authScheme)`.
    public init(
        name: String, displayName: String? = nil, keyEnvironmentVariable: String? = nil, defaultBaseURL: String,
        authScheme: String, authPlacement: AuthPlacement? = nil, requestsPerMinute: Int? = nil, concurrentTasks: Int? = nil
    ) {
        self.name = name
        self.displayName = displayName ?? name
        self.keyEnvironmentVariable = keyEnvironmentVariable ?? Self.defaultKeyEnvironmentVariable(for: name)
        self.defaultBaseURL = defaultBaseURL
        self.authScheme = authScheme
        self.authPlacement = authPlacement ?? .header(name: "Authorization", prefix: authScheme)
        self.requestsPerMinute = requestsPerMinute
        self.concurrentTasks = concurrentTasks
    }

    /// `acme` → `ACME_API_KEY`, `my-gateway` → `MY_GATEWAY_API_KEY`.
    public static func defaultKeyEnvironmentVariable(for name: String) -> String {
        let stem = String(name.uppercased().unicodeScalars.map { scalar -> Character in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) ? Character(scalar) : "_"
        })
        return stem + "_API_KEY"
    }
}
