import Foundation

/// Everything a generated client needs besides its provider: the key, where to send, and how
/// to behave on failures.
public struct ClientConfiguration: Sendable {
    /// The API key. It prints as `APIKey(redacted)`.
    public var apiKey: APIKey
    /// Overrides the provider's documented base URL (for a regional host, a proxy, or a test
    /// server). Plain `http` is refused unless the host is loopback.
    public var baseURL: URL?
    /// Sends the requests.
    public var transport: any HTTPTransport
    /// When to repeat a request.
    public var retryPolicy: RetryPolicy
    /// How long one request may take, from sending to the end of the response.
    public var timeout: Duration
    /// The time source for retries, pacing and polling.
    public var clock: any RuntimeClock
    /// The limiter to use; nil builds one from the provider descriptor's documented limits.
    public var rateLimiter: RateLimiter?
    /// The largest API response body read, in bytes after any content decoding (8 MiB by
    /// default; provider answers are a few KiB). `URLSessionTransport` stops reading there,
    /// so a decompression bomb or an endless chunked body costs at most this much memory;
    /// the call fails with `ViduError.responseTooLarge` (`.outcomeUnknown` for a create).
    public var maxResponseBytes: Int
    /// Checks every response body against the spec and reports drift (see `DriftObserver`).
    /// Nil (the default): no drift work at all.
    public var driftObserver: DriftObserver?

    /// 8 MiB.
    public static let defaultMaxResponseBytes = 8 * 1_048_576

    /// Creates a configuration.
    public init(
        apiKey: APIKey, baseURL: URL? = nil, transport: any HTTPTransport = URLSessionTransport(),
        retryPolicy: RetryPolicy = .default, timeout: Duration = .seconds(60),
        clock: any RuntimeClock = SystemClock(), rateLimiter: RateLimiter? = nil,
        maxResponseBytes: Int = ClientConfiguration.defaultMaxResponseBytes, driftObserver: DriftObserver? = nil
    ) {
        self.driftObserver = driftObserver
        self.maxResponseBytes = max(1_024, maxResponseBytes)
        self.apiKey = apiKey
        self.baseURL = baseURL
        self.transport = transport
        self.retryPolicy = retryPolicy
        self.timeout = timeout
        self.clock = clock
        self.rateLimiter = rateLimiter
    }
}
