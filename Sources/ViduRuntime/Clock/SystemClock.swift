import Foundation

/// The real clock: `Date()` and `Task.sleep`, which ends early with `CancellationError`
/// when the task is cancelled.
public struct SystemClock: RuntimeClock {
    /// Creates the system clock.
    public init() {}

    /// The current wall-clock time.
    public var now: Date { Date() }

    /// Sleeps on the continuous clock; cancellation ends the sleep at once.
    public func sleep(for duration: Duration) async throws {
        guard duration > .zero else {
            try Task.checkCancellation()
            return
        }
        try await Task.sleep(for: duration)
    }
}
