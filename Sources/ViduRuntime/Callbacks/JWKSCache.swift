import Foundation

/// Fetches a provider's JSON Web Key Set over an `HTTPTransport` and keeps it for a while:
/// the key source of `FalWebhookVerifier(cache:)`.
///
/// - `keys()` answers from the cache while it is younger than `maxAge` and fetches again
///   once it is older (24 hours by default, the most that fal's documented check caches
///   its keys, as they rotate). An expired set is never used: if the fetch fails, `keys()`
///   throws.
/// - `refreshedKeys()` is for a signature that no cached key verifies, such as one made with
///   a key fal has just added: it fetches again, at most once per
///   `minimumRefetchInterval`, so that forged webhooks cannot make it fetch on every call.
/// - The response must be a 2xx of at most `maxResponseBytes` holding a key set with at
///   least one Ed25519 key (`JWKSKeySet(jwksJSON:)`).
/// - Callers waiting at the same time share one fetch.
///
/// Failures throw `ViduError.invalidCallback(.verificationKeysUnavailable(reason))`.
public actor JWKSCache {
    /// The address of fal's key set that fal's webhook verification examples use. Some
    /// newer material names `https://rest.fal.ai/.well-known/jwks.json`; pass `url:` to
    /// choose another.
    public static let falJWKSURL = URL(string: "https://rest.alpha.fal.ai/.well-known/jwks.json")!

    private let url: URL
    private let transport: any HTTPTransport
    private let clock: any RuntimeClock
    private let maxAge: Duration
    private let minimumRefetchInterval: Duration
    private let maxResponseBytes: Int
    private let timeout: Duration
    private var cached: (keys: JWKSKeySet, fetchedAt: Date)?
    private var lastAttempt: Date?
    private var inFlight: Task<Result<JWKSKeySet, ViduError>, Never>?

    /// Creates an empty cache; nothing is fetched before the first `keys()`.
    ///
    /// - Parameters:
    ///   - url: the key set (`https`; plain `http` only to loopback, which
    ///     `URLSessionTransport` enforces).
    ///   - maxAge: how long a fetched set is used.
    ///   - minimumRefetchInterval: the least time between two fetches that
    ///     `refreshedKeys()` starts.
    ///   - maxResponseBytes: the largest key set read; past it the fetch fails.
    ///   - timeout: the limit for one fetch.
    public init(
        url: URL = JWKSCache.falJWKSURL, transport: any HTTPTransport = URLSessionTransport(), clock: any RuntimeClock = SystemClock(),
        maxAge: Duration = .seconds(24 * 60 * 60), minimumRefetchInterval: Duration = .seconds(60),
        maxResponseBytes: Int = 64 * 1024, timeout: Duration = .seconds(10)
    ) {
        self.url = url
        self.transport = transport
        self.clock = clock
        self.maxAge = maxAge
        self.minimumRefetchInterval = minimumRefetchInterval
        self.maxResponseBytes = max(1, maxResponseBytes)
        self.timeout = timeout
    }

    /// The cached set while it is younger than `maxAge`, else a freshly fetched one.
    public func keys() async throws(ViduError) -> JWKSKeySet {
        if let cached, clock.now.timeIntervalSince(cached.fetchedAt) < maxAge.secondsValue {
            return cached.keys
        }
        return try await fetch()
    }

    /// A freshly fetched set, or nil when the last fetch started less than
    /// `minimumRefetchInterval` ago (then the cached set is all there is).
    public func refreshedKeys() async throws(ViduError) -> JWKSKeySet? {
        if inFlight == nil, let lastAttempt, clock.now.timeIntervalSince(lastAttempt) < minimumRefetchInterval.secondsValue {
            return nil
        }
        return try await fetch()
    }

    /// Fetches, or joins the fetch already under way.
    private func fetch() async throws(ViduError) -> JWKSKeySet {
        let task: Task<Result<JWKSKeySet, ViduError>, Never>
        if let inFlight {
            task = inFlight
        } else {
            lastAttempt = clock.now
            let request = HTTPRequest(method: "GET", url: url, headers: [("Accept", "application/json")], timeout: timeout, maxResponseBytes: maxResponseBytes)
            let (transport, limit) = (self.transport, maxResponseBytes)
            task = Task { await Self.download(request, transport: transport, limit: limit) }
            inFlight = task
        }
        let result = await task.value
        if inFlight == task {
            inFlight = nil
            if case .success(let keys) = result { cached = (keys, clock.now) }
        }
        return try result.get()
    }

    private static func download(_ request: HTTPRequest, transport: any HTTPTransport, limit: Int) async -> Result<JWKSKeySet, ViduError> {
        func unavailable(_ reason: String) -> Result<JWKSKeySet, ViduError> {
            .failure(.invalidCallback(.verificationKeysUnavailable("\(request.url.absoluteString): \(reason)")))
        }
        let response: HTTPResponse
        do {
            response = try await transport.send(request)
        } catch let error as TransportError {
            return unavailable(error.kind == .responseTooLarge ? "the key set is larger than \(limit) bytes" : "\(error)")
        } catch is CancellationError {
            return .failure(.cancelled)
        } catch {
            return unavailable("\(error)")
        }
        guard (200..<300).contains(response.status) else { return unavailable("HTTP \(response.status)") }
        guard response.body.count <= limit else { return unavailable("the key set is larger than \(limit) bytes") }
        do {
            return .success(try JWKSKeySet(jwksJSON: response.body))
        } catch {
            return unavailable("\(error)")
        }
    }
}
