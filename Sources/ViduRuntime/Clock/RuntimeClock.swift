import Foundation

/// The time source of the runtime: wall time for `Retry-After` dates and callback `Date`
/// checks, and a cancellable sleep for retries, rate limiting and polling.
///
/// `SystemClock` is the real one. Tests inject `TestClock` from `ViduTestSupport`, which
/// advances virtual time instantly so that waits of minutes run in milliseconds.
public protocol RuntimeClock: Sendable {
    /// The current wall-clock time.
    var now: Date { get }
    /// Suspends for `duration`. Throws `CancellationError` as soon as the calling task is
    /// cancelled.
    func sleep(for duration: Duration) async throws
}
