import Foundation
import ViduRuntime

/// A virtual clock: `sleep(for:)` returns at once and moves `now` forward to the moment the
/// sleep would have ended, so that minutes of waiting run in microseconds. It still honours
/// cancellation, and it records every sleep.
public final class TestClock: RuntimeClock, @unchecked Sendable {
    private struct State {
        var now: Date
        var sleeps: [Duration] = []
    }

    private let state: LockedState<State>

    /// Starts at `start` (by default the date of the documented callback-signing example,
    /// Tue, 06 May 2025 12:09:42 GMT).
    public init(start: Date = Date(timeIntervalSince1970: 1_746_533_382)) {
        state = LockedState(State(now: start))
    }

    /// The virtual time.
    public var now: Date { state.withLock { $0.now } }

    /// Every sleep requested so far, in order.
    public var sleeps: [Duration] { state.withLock { $0.sleeps } }

    /// The sum of all sleeps requested so far.
    public var totalSlept: Duration { sleeps.reduce(.zero, +) }

    /// Moves the time forward by `duration`.
    public func advance(by duration: Duration) {
        state.withLock { $0.now = $0.now.addingTimeInterval(Self.seconds(duration)) }
    }

    /// Records the sleep, moves `now` to its end (never backwards), and yields once.
    /// Throws `CancellationError` when the task is cancelled, before or after.
    public func sleep(for duration: Duration) async throws {
        try Task.checkCancellation()
        let start = now
        state.withLock { current in
            current.sleeps.append(duration)
            let end = start.addingTimeInterval(Self.seconds(duration))
            if end > current.now { current.now = end }
        }
        await Task.yield()
        try Task.checkCancellation()
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
