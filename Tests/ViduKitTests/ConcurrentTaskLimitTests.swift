import Foundation
import Testing
import ViduKit
import ViduTestSupport

/// Many jobs at once stay within the provider's documented concurrent-task limit: `submit`
/// queues for a slot of the limiter shared per provider and key, instead of drawing 429.
/// Time is virtual (`TestClock`), so the documented pacing and polling cost nothing.
@Suite struct ConcurrentTaskLimitTests {
    static let polling = PollingPolicy(initialDelay: .seconds(5), interval: .seconds(5), usesEstimatedTime: false, deadline: nil)

    @Test("100 jobs at once never exceed the documented limit", arguments: [
        (VideoProviderID.apixo, 10), (VideoProviderID.vidu, 5),
    ])
    func manyJobsStayWithinTheLimit(provider: VideoProviderID, limit: Int) async throws {
        let simulation = SimulatedTransport(provider: provider)
        #expect(simulation.concurrentTaskLimit == limit)
        // A key of its own, so no other test shares this limiter.
        let configuration = ClientConfiguration(apiKey: APIKey("limit-test-\(UUID().uuidString)"), transport: simulation, clock: TestClock())
        let runner = VideoProvider(provider, configuration: configuration, pollingPolicy: Self.polling)
        let job = VideoJob(mode: .text, prompt: "A paper boat drifts down a rainy street", duration: 5)
        let succeeded = try await withThrowingTaskGroup(of: Bool.self) { group in
            for _ in 0..<100 {
                group.addTask {
                    let task = try await runner.submit(job)
                    let result = try await runner.wait(for: task.id)
                    return !result.videoURLs.isEmpty
                }
            }
            return try await group.reduce(0) { $0 + ($1 ? 1 : 0) }
        }
        #expect(succeeded == 100)
        #expect(simulation.tasksCreated == 100)
        #expect(simulation.createsRefusedOverLimit == 0)
        #expect(simulation.peakTasksInFlight <= limit)
        #expect(simulation.peakTasksInFlight > 1)
        #expect(await runner.configuration.rateLimiter?.busyTaskSlots == 0)
    }

    @Test func providersWithTheSameKeyShareOneLimiter() {
        let key = APIKey("shared-\(UUID().uuidString)")
        let first = VideoProvider(.apixo, apiKey: key)
        let second = VideoProvider(.apixo, apiKey: key)
        let other = VideoProvider(.apixo, apiKey: APIKey("other-\(UUID().uuidString)"))
        #expect(first.configuration.rateLimiter === second.configuration.rateLimiter)
        #expect(first.configuration.rateLimiter !== other.configuration.rateLimiter)
        #expect(first.configuration.rateLimiter?.concurrentTasks == 10)
    }

    @Test func aCertainlyFailedCreateGivesItsSlotBack() async throws {
        let simulation = SimulatedTransport(provider: .vidu)
        let configuration = ClientConfiguration(apiKey: APIKey("slot-\(UUID().uuidString)"), transport: simulation, clock: TestClock())
        let runner = VideoProvider(.vidu, configuration: configuration, pollingPolicy: Self.polling)
        let limiter = try #require(runner.configuration.rateLimiter)
        let refused = VideoProvider(.vidu, configuration: ClientConfiguration(
            apiKey: APIKey("no-auth"), transport: ScriptedTransport([.json(401, "{}")]), clock: TestClock(), rateLimiter: limiter))
        await #expect(throws: VideoJobError.self) { _ = try await refused.submit(CrossProviderTests.textJob) }
        #expect(await limiter.busyTaskSlots == 0)
        let unknown = VideoProvider(.vidu, configuration: ClientConfiguration(
            apiKey: APIKey("lost"), transport: ScriptedTransport([.timedOutAfterSending]), clock: TestClock(), rateLimiter: limiter))
        await #expect(throws: VideoJobError.self) { _ = try await unknown.submit(CrossProviderTests.textJob) }
        #expect(await limiter.busyTaskSlots == 1)  // the task may exist: its slot stays taken
        await unknown.releaseTaskSlot(of: "found-or-given-up")
        #expect(await limiter.busyTaskSlots == 0)
        let task = try await runner.submit(CrossProviderTests.textJob)
        #expect(await limiter.busyTaskSlots == 1)
        await runner.releaseTaskSlot(of: task.id)
        #expect(await limiter.busyTaskSlots == 0)
    }
}
