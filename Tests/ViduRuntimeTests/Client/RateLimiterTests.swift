import Foundation
import Testing
import ViduRuntime
import ViduTestSupport

@Suite struct RateLimiterTests {
    @Test func hundredJobsQueueFirstInFirstOutForTenSlots() async throws {
        let limiter = RateLimiter(provider: ProviderFixture.named("apixo").provider, clock: TestClock())
        var held: [TaskSlot] = []
        for _ in 0..<10 { held.append(try await limiter.acquireTaskSlot()) }
        let order = OrderRecorder()
        var waiters: [Task<TaskSlot?, Never>] = []
        for index in 0..<90 {
            waiters.append(Task { () -> TaskSlot? in
                guard let slot = try? await limiter.acquireTaskSlot() else { return nil }
                order.append(index)
                return slot
            })
            while await limiter.queuedTaskSlotRequests < index + 1 { await Task.yield() }
        }
        #expect(await limiter.busyTaskSlots == 10)
        // One slot is freed at a time, so exactly one waiter can be granted each step: the order
        // in which they run is the order in which the limiter granted them, on any scheduler.
        var slots = held
        for next in 0..<90 {
            await slots.removeFirst().release()
            while order.count < next + 1 { await Task.yield() }
            if let granted = await waiters[order.values[next]].value { slots.append(granted) }
            #expect(await limiter.busyTaskSlots == 10)
        }
        await held[0].release()  // releasing twice does nothing
        #expect(await limiter.busyTaskSlots == 10)
        for slot in slots { await slot.release() }
        #expect(order.values == Array(0..<90))
        #expect(await limiter.busyTaskSlots == 0)
    }

    @Test func aQueuedRequestCanBeCancelled() async throws {
        let limiter = RateLimiter(requestsPerMinute: nil, concurrentTasks: 1)
        let first = try await limiter.acquireTaskSlot()
        let waiting = Task { await outcome { () async throws(ViduError) -> TaskSlot in try await limiter.acquireTaskSlot() } }
        while await limiter.queuedTaskSlotRequests == 0 { await Task.yield() }
        waiting.cancel()
        guard case .cancelled? = await waiting.value.failure else { Issue.record("expected .cancelled"); return }
        #expect(await limiter.queuedTaskSlotRequests == 0)
        await first.release()
        #expect(await limiter.busyTaskSlots == 0)
        _ = try await limiter.acquireTaskSlot()
    }

    @Test func requestsArePacedToTheDocumentedRate() async throws {
        let clock = TestClock()
        let limiter = RateLimiter(provider: ProviderFixture.named("apixo").provider, clock: clock)
        #expect(limiter.burst == 6)
        let start = clock.now
        for _ in 0..<100 { try await limiter.acquireRequest() }
        let elapsed = clock.now.timeIntervalSince(start)
        // 94 requests beyond the burst, one a second, except that the 61st waits until a
        // full window (plus the margin) after the first: the strict 60-in-60-s rule.
        #expect(elapsed >= 93.9 && elapsed <= 100.5, "\(elapsed)")
    }

    @Test func hundredConcurrentStatusCallsAreSpreadOverTime() async throws {
        let clock = TestClock()
        let fixture = ProviderFixture.named("apixo")
        let transport = ScriptedTransport([.json(200, fixture.runningBody)])
        let executor = makeExecutor(fixture, transport: transport, clock: clock)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<100 {
                group.addTask { _ = try await executor.sendRaw(fixture.task.statusOperation, query: [("taskId", "t\(index)")]) }
            }
            try await group.waitForAll()
        }
        #expect(transport.requests.count == 100)
        #expect(clock.now.timeIntervalSince(TestClock().now) >= 93.9)
    }

    @Test func viduHasFiveSlotsAndNoPace() async throws {
        let limiter = RateLimiter(provider: ProviderFixture.named("vidu").provider)
        #expect(limiter.concurrentTasks == 5)
        #expect(limiter.requestsPerMinute == nil)
        for _ in 0..<5 { _ = try await limiter.acquireTaskSlot() }
        #expect(await limiter.busyTaskSlots == 5)
    }
}

/// Records integers in order, from many tasks.
final class OrderRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [Int] = []
    func append(_ value: Int) {
        lock.lock()
        list.append(value)
        lock.unlock()
    }
    var values: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
    var count: Int { values.count }
}
