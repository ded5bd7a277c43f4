import Foundation

/// A client-side limiter for one provider and one API key: a requests-per-minute pace and a
/// number of task slots, so that many jobs queue locally (first in, first out, cancellable)
/// instead of drawing HTTP 429 answers.
///
/// The per-minute limit holds against a strict sliding window: never more than
/// `requestsPerMinute` requests in any `window` (60 s) plus `windowMargin` (0.5 s, for
/// clock and network skew), however the requests are spread. Within that, requests are
/// paced one every `60 / requestsPerMinute` seconds after an initial `burst`, so a fresh
/// client does not spend a whole minute's allowance at once.
///
/// `RequestExecutor` paces every request through `acquireRequest()` by itself. Task slots
/// are the caller's to take, because only the caller knows when a task ends:
///
/// ```swift
/// let slot = try await executor.rateLimiter.acquireTaskSlot()   // waits while all slots are busy
/// let response: HTTPResponse
/// do { response = try await executor.sendRaw(create, body: input) }
/// catch .http(let failure) { await slot.release(); throw .http(failure) }  // certainly not created
/// // On .outcomeUnknown keep the slot until the task is found or given up.
/// let outcome = try await waiter.wait(for: id, descriptor: task, releasing: slot)  // released at a final state
/// ```
///
/// Share one executor (and so one limiter) per provider and key: limits are per key.
public actor RateLimiter {
    /// Requests per minute, or nil for no pacing.
    public nonisolated let requestsPerMinute: Int?
    /// Requests that may go at once before pacing starts.
    public nonisolated let burst: Int
    /// Task slots, or nil for no limit.
    public nonisolated let concurrentTasks: Int?
    /// The sliding window `requestsPerMinute` counts over.
    public nonisolated let window: Duration = .seconds(60)
    /// Added to `window` between a request and the one `requestsPerMinute` later.
    public nonisolated let windowMargin: Duration
    private let clock: any RuntimeClock
    /// The times the last `requestsPerMinute` requests were (or will be) let through, in
    /// order. A request cancelled while waiting keeps its place: counting it is safe.
    private var grants: [Date] = []

    /// When the next request may go if no burst allowance were left (GCRA's theoretical
    /// arrival time).
    private var theoreticalArrival: Date?
    private var busySlots: Set<UInt64> = []
    private var nextSlotID: UInt64 = 0
    private var slotWaiters: [(id: UInt64, continuation: CheckedContinuation<TaskSlot, any Error>)] = []

    /// Creates a limiter. `burst` defaults to a tenth of the per-minute allowance (at least
    /// one), so that a fresh client does not spend a whole minute's allowance at once.
    public init(
        requestsPerMinute: Int?, burst: Int? = nil, concurrentTasks: Int?, clock: any RuntimeClock = SystemClock(),
        windowMargin: Duration = .milliseconds(500)
    ) {
        self.requestsPerMinute = requestsPerMinute.flatMap { $0 > 0 ? $0 : nil }
        self.burst = min(max(1, burst ?? ((requestsPerMinute ?? 10) / 10)), max(1, requestsPerMinute ?? 1))
        self.windowMargin = max(windowMargin, .zero)
        self.concurrentTasks = concurrentTasks.flatMap { $0 > 0 ? $0 : nil }
        self.clock = clock
    }

    /// The limits the provider documents (its spec's `x-rate-limits`: requests per minute, tasks at once).
    public init(provider: ProviderDescriptor, clock: any RuntimeClock = SystemClock()) {
        self.init(requestsPerMinute: provider.requestsPerMinute, concurrentTasks: provider.concurrentTasks, clock: clock)
    }

    /// Waits for this request's turn under the per-minute pace. Turns are handed out in the
    /// order of the calls. Throws `.cancelled` when the task is cancelled while waiting.
    public func acquireRequest() async throws(ViduError) {
        guard let perMinute = requestsPerMinute else { return }
        let interval = 60.0 / Double(perMinute)
        let tolerance = Double(burst - 1) * interval
        let now = clock.now
        let arrival = max(theoreticalArrival ?? now, now)
        var allowedAt = max(arrival.addingTimeInterval(-tolerance), now)
        if grants.count >= perMinute {
            let span = window.secondsValue + windowMargin.secondsValue
            allowedAt = max(allowedAt, grants[grants.count - perMinute].addingTimeInterval(span))
        }
        grants.append(allowedAt)
        if grants.count > perMinute { grants.removeFirst(grants.count - perMinute) }
        // A request held back by the window has used up the burst allowance too.
        theoreticalArrival = max(arrival, allowedAt.addingTimeInterval(tolerance)).addingTimeInterval(interval)
        let wait = allowedAt.timeIntervalSince(now)
        guard wait > 0 else { return }
        do {
            try await clock.sleep(for: .clampedSeconds(wait))
        } catch {
            throw .cancelled
        }
    }

    /// Takes a task slot, waiting (first in, first out) while all are busy. Throws
    /// `.cancelled` when the task is cancelled while waiting; the queue then skips it.
    public func acquireTaskSlot() async throws(ViduError) -> TaskSlot {
        guard let limit = concurrentTasks else { return makeSlot() }
        if busySlots.count < limit && slotWaiters.isEmpty { return makeSlot() }
        nextSlotID += 1
        let waiterID = nextSlotID
        do {
            return try await withTaskCancellationHandler {
                try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<TaskSlot, any Error>) in
                    if Task.isCancelled {
                        continuation.resume(throwing: CancellationError())
                    } else {
                        slotWaiters.append((waiterID, continuation))
                    }
                }
            } onCancel: {
                Task { await self.cancelWaiter(waiterID) }
            }
        } catch {
            throw .cancelled
        }
    }

    /// Slots taken and not yet released.
    public var busyTaskSlots: Int { busySlots.count }

    /// Callers waiting for a slot.
    public var queuedTaskSlotRequests: Int { slotWaiters.count }

    /// Gives `slot` back and hands it to the longest waiter. Releasing twice does nothing.
    func release(_ slot: TaskSlot) {
        guard busySlots.remove(slot.id) != nil else { return }
        if !slotWaiters.isEmpty {
            let waiter = slotWaiters.removeFirst()
            busySlots.insert(waiter.id)
            waiter.continuation.resume(returning: TaskSlot(id: waiter.id, limiter: self))
        }
    }

    private func makeSlot() -> TaskSlot {
        nextSlotID += 1
        busySlots.insert(nextSlotID)
        return TaskSlot(id: nextSlotID, limiter: self)
    }

    private func cancelWaiter(_ id: UInt64) {
        guard let index = slotWaiters.firstIndex(where: { $0.id == id }) else { return }
        let waiter = slotWaiters.remove(at: index)
        waiter.continuation.resume(throwing: CancellationError())
    }
}
