/// How often to ask for a task's status, and for how long.
public struct PollingPolicy: Sendable, Hashable {
    /// The wait before the first status call.
    public var initialDelay: Duration
    /// The wait between status calls.
    public var interval: Duration
    /// The longest wait between status calls (bounds the provider's estimate).
    public var maxInterval: Duration
    /// When the status carries the provider's estimate of the remaining seconds, wait that
    /// long (at least `interval`, at most `maxInterval`) instead of `interval`.
    public var usesEstimatedTime: Bool
    /// Give up with `ViduError.timedOut` after this long; nil waits until cancelled.
    public var deadline: Duration?
    /// Status calls that may fail in a row (after their own retries) before waiting stops;
    /// transient failures (transport, 429, 5xx, an undecodable body) count, others end at once.
    public var maxConsecutiveFailures: Int

    /// Creates a policy.
    public init(
        initialDelay: Duration, interval: Duration, maxInterval: Duration = .seconds(60),
        usesEstimatedTime: Bool = true, deadline: Duration? = .seconds(30 * 60), maxConsecutiveFailures: Int = 5
    ) {
        self.initialDelay = initialDelay
        self.interval = interval
        self.maxInterval = max(maxInterval, interval)
        self.usesEstimatedTime = usesEstimatedTime
        self.deadline = deadline
        self.maxConsecutiveFailures = max(1, maxConsecutiveFailures)
    }

    /// The provider's advice from the descriptor (`x-task.polling`: such as 60 s, then every 5 s), a
    /// 60-second cap, estimate pacing when the descriptor locates an estimate, and a
    /// 30-minute deadline.
    public static func `default`(for descriptor: TaskDescriptor) -> PollingPolicy {
        PollingPolicy(
            initialDelay: .clampedSeconds(descriptor.initialDelaySeconds),
            interval: .clampedSeconds(max(descriptor.intervalSeconds, 1)),
            usesEstimatedTime: descriptor.estimatedSeconds != nil)
    }

    /// The wait after `status` was seen.
    public func delay(after status: TaskStatus?) -> Duration {
        if usesEstimatedTime, let estimate = status?.estimatedSeconds, estimate > 0 {
            return min(max(.clampedSeconds(estimate), interval), maxInterval)
        }
        return interval
    }
}
