import Foundation
import Testing
import ViduRuntime
import ViduTestSupport

@Suite struct TaskWaiterTests {
    /// A transport that answers every status call with the fixture's bodies in order.
    func lifecycle(_ fixture: ProviderFixture, bodies: [String]? = nil) -> ScriptedTransport {
        let list = bodies ?? fixture.statusBodies
        return ScriptedTransport { _, index in .json(200, list[min(index, list.count - 1)]) }
    }

    @Test(arguments: ProviderFixture.all.map(\.provider.name))
    func followsEachDocumentedLifecycleToItsResults(name: String) async throws {
        let fixture = try #require(ProviderFixture.all.first { $0.provider.name == name })
        let transport = lifecycle(fixture)
        let waiter = TaskWaiter(executor: makeExecutor(fixture, transport: transport, clock: TestClock()))
        let outcome = try await waiter.wait(for: fixture.taskID, descriptor: fixture.task)
        #expect(outcome.resultURLs.map(\.absoluteString) == fixture.expectedResultURLs)
        #expect(outcome.coverURL?.absoluteString == fixture.expectedCoverURL)
        #expect(outcome.taskID == fixture.taskID)
        #expect(transport.requests.count == fixture.statusBodies.count)
        let first = try #require(transport.requests.first)
        #expect(first.method == "GET")
        #expect(first.url.absoluteString.contains(fixture.taskID))
    }

    @Test(arguments: ProviderFixture.all.map(\.provider.name))
    func failedTasksThrowTheProvidersCodeAndMessage(name: String) async throws {
        let fixture = try #require(ProviderFixture.all.first { $0.provider.name == name })
        let transport = lifecycle(fixture, bodies: [fixture.queuedBody, fixture.failedBody])
        let waiter = TaskWaiter(executor: makeExecutor(fixture, transport: transport, clock: TestClock()))
        let result = await outcome { () async throws(ViduError) -> TaskOutcome in try await waiter.wait(for: fixture.taskID, descriptor: fixture.task) }
        guard case .taskFailed(let code, let message)? = result.failure else { Issue.record("expected .taskFailed, got \(result)"); return }
        #expect(code == fixture.expectedFailure.code)
        #expect(message == fixture.expectedFailure.message ?? "state failed")
    }

    @Test func apixoDefaultsWaitSixtySecondsThenFive() async throws {
        let fixture = ProviderFixture.named("apixo")
        let processing = fixture.runningBody
        let transport = lifecycle(fixture, bodies: [processing, processing, processing, fixture.succeededBody])
        let clock = TestClock()
        let waiter = TaskWaiter(executor: makeExecutor(fixture, transport: transport, clock: clock))
        _ = try await waiter.wait(for: fixture.taskID, descriptor: fixture.task)
        #expect(clock.sleeps == [.seconds(60), .seconds(5), .seconds(5), .seconds(5)])
        #expect(transport.requests.first?.url.query == "taskId=\(fixture.taskID)")
    }

    @Test func apimartPacesByTheEstimatedTimeWithinBounds() async throws {
        let fixture = ProviderFixture.named("apimart")
        let bodies = [
            #"{"code":200,"data":{"status":"processing","estimated_time":20}}"#,
            #"{"code":200,"data":{"status":"processing","estimated_time":500}}"#,
            #"{"code":200,"data":{"status":"processing","estimated_time":1}}"#,
            #"{"code":200,"data":{"status":"processing"}}"#,
            fixture.succeededBody,
        ]
        let clock = TestClock()
        let waiter = TaskWaiter(executor: makeExecutor(fixture, transport: lifecycle(fixture, bodies: bodies), clock: clock))
        _ = try await waiter.wait(for: "t", descriptor: fixture.task)
        // The first wait is the spec's advice (10 s), then the estimate within 5...60 s, then the interval.
        #expect(fixture.task.initialDelaySeconds == 10)
        #expect(clock.sleeps == [.seconds(10), .seconds(20), .seconds(60), .seconds(5), .seconds(5)])
        #expect(PollingPolicy.default(for: fixture.task).usesEstimatedTime)
        #expect(!PollingPolicy.default(for: ProviderFixture.named("apixo").task).usesEstimatedTime)
    }

    @Test func unknownStatesKeepWaiting() async throws {
        let fixture = ProviderFixture.named("vidu")
        let bodies = [#"{"state":"created"}"#, #"{"state":"some_new_state"}"#, #"{"state":"queueing"}"#, fixture.succeededBody]
        let transport = lifecycle(fixture, bodies: bodies)
        let waiter = TaskWaiter(executor: makeExecutor(fixture, transport: transport, clock: TestClock()))
        let outcome = try await waiter.wait(for: "1", descriptor: fixture.task)
        #expect(outcome.resultURLs.count == 1)
        #expect(transport.requests.count == 4)
    }

    @Test func progressStreamCarriesEveryStatusInOrderThenFinishes() async throws {
        let fixture = ProviderFixture.named("uniall")
        let waiter = TaskWaiter(executor: makeExecutor(fixture, transport: lifecycle(fixture), clock: TestClock()))
        let (stream, continuation) = AsyncStream<TaskStatus>.makeStream()
        _ = try await waiter.wait(for: fixture.taskID, descriptor: fixture.task, updates: continuation)
        var seen: [TaskStatus] = []
        for await status in stream { seen.append(status) }
        #expect(seen.map(\.state) == ["queued", "in_progress", "completed"])
        #expect(seen.map(\.progress) == [0, 50, 100])
        #expect(seen.map(\.phase) == [.running, .running, .succeeded])
        #expect(seen.last?.raw["video_url"]?.stringValue == fixture.expectedResultURLs.first)
    }

    @Test func callbackProgressSeesTheSameStatuses() async throws {
        let fixture = ProviderFixture.named("apimart")
        let recorder = StatusRecorder()
        let waiter = TaskWaiter(executor: makeExecutor(fixture, transport: lifecycle(fixture), clock: TestClock()))
        _ = try await waiter.wait(for: "t", descriptor: fixture.task, progress: { recorder.append($0) })
        #expect(recorder.states == ["submitted", "processing", "completed"])
    }

    @Test func deadlineThrowsTimedOutNotCancelled() async {
        let fixture = ProviderFixture.named("apixo")
        let clock = TestClock()
        let transport = lifecycle(fixture, bodies: [fixture.runningBody])
        let waiter = TaskWaiter(executor: makeExecutor(fixture, transport: transport, clock: clock))
        let policy = PollingPolicy(initialDelay: .seconds(60), interval: .seconds(5), deadline: .seconds(300))
        let result = await outcome { () async throws(ViduError) -> TaskOutcome in try await waiter.wait(for: "t", descriptor: fixture.task, policy: policy) }
        guard case .timedOut(let taskID, let waited, let lastState)? = result.failure else { Issue.record("expected .timedOut, got \(result)"); return }
        #expect(taskID == "t")
        #expect(waited >= .seconds(300))
        #expect(lastState == "processing")
        #expect(clock.totalSlept == .seconds(300))
        #expect(transport.requests.count == 49)  // at 60 s, then every 5 s until 300 s
    }

    @Test func cancellationStopsPollingAtOnceEvenWhileSleeping() async {
        let fixture = ProviderFixture.named("apixo")
        let transport = lifecycle(fixture, bodies: [fixture.runningBody])
        let clock = HoldingClock()
        let waiter = TaskWaiter(executor: makeExecutor(fixture, transport: transport, clock: clock))
        let task = Task { await outcome { () async throws(ViduError) -> TaskOutcome in try await waiter.wait(for: "t", descriptor: fixture.task) } }
        await clock.sleepStarted()
        task.cancel()
        let result = await task.value
        guard case .cancelled? = result.failure else { Issue.record("expected .cancelled, got \(result)"); return }
        #expect(clock.sleepsStarted == [.seconds(60)])  // apixo's documented first wait
        #expect(clock.sleepsEnded == [.cancelled])
        #expect(transport.requests.isEmpty)
    }

    @Test func transientStatusFailuresAreToleratedThenFinal() async throws {
        let fixture = ProviderFixture.named("vidu")
        let replies: [ScriptedReply] = [.json(503, ""), .connectionLost, .json(200, "<html>oops</html>"), .json(200, fixture.succeededBody)]
        let transport = ScriptedTransport(replies)
        let waiter = TaskWaiter(executor: makeExecutor(fixture, transport: transport, clock: TestClock(), retry: .none))
        let outcome = try await waiter.wait(for: "1", descriptor: fixture.task)
        #expect(outcome.resultURLs.count == 1)
        let unauthorized = TaskWaiter(executor: makeExecutor(fixture, transport: ScriptedTransport([.json(401, fixture.errorBody(401))]), clock: TestClock(), retry: .none))
        let result = await ViduRuntimeTests.outcome { () async throws(ViduError) -> TaskOutcome in try await unauthorized.wait(for: "1", descriptor: fixture.task) }
        guard case .http(let failure)? = result.failure else { Issue.record("expected .http, got \(result)"); return }
        #expect(failure.status == 401)
    }

    @Test func theSlotIsReleasedAtAFinalStateOnly() async throws {
        let fixture = ProviderFixture.named("vidu")
        let executor = makeExecutor(fixture, transport: lifecycle(fixture), clock: TestClock())
        let slot = try await executor.rateLimiter.acquireTaskSlot()
        #expect(await executor.rateLimiter.busyTaskSlots == 1)
        _ = try await TaskWaiter(executor: executor).wait(for: "1", descriptor: fixture.task, releasing: slot)
        #expect(await executor.rateLimiter.busyTaskSlots == 0)

        let stuck = makeExecutor(fixture, transport: lifecycle(fixture, bodies: [fixture.runningBody]), clock: TestClock())
        let kept = try await stuck.rateLimiter.acquireTaskSlot()
        _ = await outcome { () async throws(ViduError) -> TaskOutcome in
            try await TaskWaiter(executor: stuck).wait(for: "1", descriptor: fixture.task, policy: PollingPolicy(initialDelay: .zero, interval: .seconds(5), deadline: .seconds(20)), releasing: kept)
        }
        #expect(await stuck.rateLimiter.busyTaskSlots == 1)
    }

    @Test func createResponsesYieldTheTaskID() throws {
        for fixture in ProviderFixture.all {
            let id = fixture.task.taskID(in: try JSONValue(parsing: Data(fixture.createBody.utf8)))
            #expect(id == fixture.taskID, "\(fixture.provider.name)")
        }
    }
}

/// Collects statuses from a callback.
final class StatusRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [TaskStatus] = []
    func append(_ status: TaskStatus) {
        lock.lock()
        list.append(status)
        lock.unlock()
    }
    var states: [String] {
        lock.lock()
        defer { lock.unlock() }
        return list.map(\.state)
    }
}
