/// When and how long to wait before sending a request again.
///
/// Rules (applied by `RequestExecutor`):
/// - Operations that do not create a task (status GETs, lists, cancels) are repeated on the
///   `retryableStatuses` (429, 500, 502, 503, 504) and on any transport failure.
/// - A create call (`OperationDescriptor.createsTask`) is repeated only when the server
///   certainly did not accept it: HTTP 429, or a transport failure that happened before the
///   request was sent (connection refused, DNS, TLS). A timeout after sending, a dropped
///   connection, or any 5xx answer ends with `ViduError.outcomeUnknown`. A provider may document
///   its HTTP 500 (`InternalServiceFailure`) as retryable, but a 500, 502 or 504 may come after
///   the task was created (a gateway or the backend can fail after the insert), and a second
///   create would bill a second video; so the runtime never repeats a create on 5xx and tells
///   the caller to check first.
/// - The delay before attempt `n + 1` is `baseDelay * 2^(n-1)`, capped at `maxDelay`, with
///   "equal jitter": half fixed, half drawn from `random`. A `Retry-After` header replaces it
///   when present. When `Retry-After` asks for more than `maxDelay`, the runtime does not
///   retry and reports the failure (with `HTTPFailure.retryAfter`), instead of sleeping long.
public struct RetryPolicy: Sendable {
    /// Total attempts, including the first. `1` means no retries.
    public var maxAttempts: Int
    /// The delay before the second attempt, before jitter.
    public var baseDelay: Duration
    /// The longest delay between two attempts.
    public var maxDelay: Duration
    /// HTTP statuses that are repeated for operations that do not create a task.
    public var retryableStatuses: Set<Int>
    /// The jitter source.
    public var random: RandomSource

    /// Creates a policy.
    public init(
        maxAttempts: Int = 4, baseDelay: Duration = .milliseconds(500), maxDelay: Duration = .seconds(30),
        retryableStatuses: Set<Int> = [429, 500, 502, 503, 504], random: RandomSource = .system
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.retryableStatuses = retryableStatuses
        self.random = random
    }

    /// Four attempts, 0.5 s doubling, at most 30 s apart, system jitter.
    public static let `default` = RetryPolicy()

    /// A single attempt.
    public static let none = RetryPolicy(maxAttempts: 1)

    /// The jittered backoff before attempt `attempt + 1`, when `attempt` attempts have failed.
    public func backoff(afterAttempt attempt: Int) -> Duration {
        let exponent = Double(min(max(attempt - 1, 0), 30))
        let raw = min(baseDelay.secondsValue * pow2(exponent), maxDelay.secondsValue)
        let jittered = raw / 2 + raw / 2 * random.nextUnit()
        return .clampedSeconds(jittered)
    }

    private func pow2(_ exponent: Double) -> Double {
        var value = 1.0
        for _ in 0..<Int(exponent) { value *= 2 }
        return value
    }
}
