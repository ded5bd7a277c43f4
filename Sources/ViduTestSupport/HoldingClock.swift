import Foundation
import ViduRuntime

/// A clock whose sleeps never end by themselves: each one suspends until the sleeping task
/// is cancelled. Tests use it to prove that cancellation interrupts a sleep, without
/// measuring wall-clock time: a sleep that was not interrupted would never end (a safety
/// ceiling of `ceiling` real seconds ends it, recorded as `.elapsed`, so a broken build
/// fails instead of hanging).
public final class HoldingClock: RuntimeClock, @unchecked Sendable {
    /// How one sleep ended.
    public enum SleepEnd: Sendable, Equatable {
        case cancelled
        case elapsed
    }

    private struct State {
        var started: [Duration] = []
        var ended: [SleepEnd] = []
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = LockedState(State())
    private let ceiling: Duration

    /// Creates the clock; `ceiling` bounds each sleep in real time.
    public init(ceiling: Duration = .seconds(120)) {
        self.ceiling = ceiling
    }

    /// Wall time (only sleeps are held).
    public var now: Date { Date() }

    /// The durations of the sleeps begun so far.
    public var sleepsStarted: [Duration] { state.withLock { $0.started } }

    /// How the sleeps that ended so far ended.
    public var sleepsEnded: [SleepEnd] { state.withLock { $0.ended } }

    /// Returns once a sleep has begun (at once if one has).
    public func sleepStarted() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let resumeNow = state.withLock { current -> Bool in
                if current.started.isEmpty {
                    current.waiters.append(continuation)
                    return false
                }
                return true
            }
            if resumeNow { continuation.resume() }
        }
    }

    /// Suspends until the task is cancelled (then throws `CancellationError`).
    public func sleep(for duration: Duration) async throws {
        let waiters = state.withLock { current -> [CheckedContinuation<Void, Never>] in
            current.started.append(duration)
            defer { current.waiters = [] }
            return current.waiters
        }
        for waiter in waiters { waiter.resume() }
        do {
            try await Task.sleep(for: ceiling)
        } catch {
            state.withLock { $0.ended.append(.cancelled) }
            throw error
        }
        state.withLock { $0.ended.append(.elapsed) }
    }
}
