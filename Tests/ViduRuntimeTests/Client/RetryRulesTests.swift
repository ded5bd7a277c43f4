import Foundation
import Testing
import ViduRuntime
import ViduTestSupport

/// Every retry rule, with a scripted transport and a virtual clock.
@Suite struct RetryRulesTests {
    let fixture = ProviderFixture.named("apimart")
    var status: OperationDescriptor { fixture.task.statusOperation }

    func get(_ replies: [ScriptedReply], retry: RetryPolicy = testRetryPolicy()) async -> (Result<HTTPResponse, ViduError>, ScriptedTransport, TestClock) {
        let transport = ScriptedTransport(replies)
        let clock = TestClock()
        let executor = makeExecutor(fixture, transport: transport, clock: clock, retry: retry)
        let result = await outcome { () async throws(ViduError) -> HTTPResponse in
            try await executor.sendRaw(status, pathParameters: ["task_id": "t1"])
        }
        return (result, transport, clock)
    }

    func create(_ replies: [ScriptedReply]) async -> (Result<HTTPResponse, ViduError>, ScriptedTransport, TestClock) {
        let transport = ScriptedTransport(replies)
        let clock = TestClock()
        let executor = makeExecutor(fixture, transport: transport, clock: clock)
        let result = await outcome { () async throws(ViduError) -> HTTPResponse in
            try await executor.sendRaw(fixture.create, body: ["prompt": JSONValue.string("a cat")])
        }
        return (result, transport, clock)
    }

    @Test(arguments: [429, 500, 502, 503, 504])
    func getIsRetriedOnRetryableStatuses(code: Int) async throws {
        let (result, transport, clock) = await get([.json(code, fixture.errorBody(code)), .json(200, "{}")])
        #expect(try result.get().status == 200)
        #expect(transport.requests.count == 2)
        #expect(clock.sleeps == [.milliseconds(375)])  // 0.5 s with equal jitter at 0.5
    }

    @Test func backoffDoublesWithJitterAndIsCapped() {
        let policy = RetryPolicy(baseDelay: .seconds(1), maxDelay: .seconds(10), random: .constant(1))
        #expect(policy.backoff(afterAttempt: 1) == .seconds(1))
        #expect(policy.backoff(afterAttempt: 2) == .seconds(2))
        #expect(policy.backoff(afterAttempt: 3) == .seconds(4))
        #expect(policy.backoff(afterAttempt: 9) == .seconds(10))
        let low = RetryPolicy(baseDelay: .seconds(1), maxDelay: .seconds(10), random: .constant(0))
        #expect(low.backoff(afterAttempt: 3) == .seconds(2))
        let sequence = LockedCounter()
        let scripted = RetryPolicy(baseDelay: .seconds(4), random: RandomSource { sequence.next() == 0 ? 0.25 : 0.75 })
        #expect(scripted.backoff(afterAttempt: 1) == .milliseconds(2_500))
        #expect(scripted.backoff(afterAttempt: 1) == .milliseconds(3_500))
    }

    @Test func attemptsAreCapped() async {
        let (result, transport, clock) = await get([.json(500, fixture.errorBody(500))])
        guard case .http(let failure)? = result.failure else { Issue.record("expected .http, got \(result)"); return }
        #expect(failure.status == 500)
        #expect(transport.requests.count == 4)
        #expect(clock.sleeps == [.milliseconds(375), .milliseconds(750), .milliseconds(1_500)])
    }

    @Test func retryAfterSecondsIsHonoured() async throws {
        let (result, _, clock) = await get([.json(429, fixture.errorBody(429), headers: [("Retry-After", "7")]), .json(200, "{}")])
        #expect(try result.get().status == 200)
        #expect(clock.sleeps == [.seconds(7)])
    }

    @Test func retryAfterHTTPDateIsHonoured() async throws {
        let date = HTTPDate.format(TestClock().now.addingTimeInterval(12))
        let (result, _, clock) = await get([.json(503, "", headers: [("Retry-After", date)]), .json(200, "{}")])
        #expect(try result.get().status == 200)
        #expect(clock.sleeps == [.seconds(12)])
    }

    @Test func retryAfterBeyondMaxDelayIsReportedNotSlept() async {
        let (result, transport, clock) = await get([.json(429, fixture.errorBody(429), headers: [("Retry-After", "3600")])])
        guard case .http(let failure)? = result.failure else { Issue.record("expected .http, got \(result)"); return }
        #expect(failure.retryAfter == .seconds(3_600))
        #expect(transport.requests.count == 1)
        #expect(clock.sleeps.isEmpty)
    }

    @Test func getIsRetriedOnEveryTransportFailure() async throws {
        let (result, transport, _) = await get([.connectionRefused, .timedOutAfterSending, .connectionLost, .json(200, "{}")])
        #expect(try result.get().status == 200)
        #expect(transport.requests.count == 4)
    }

    @Test func transportFailureAfterLastAttemptIsReported() async {
        let (result, _, _) = await get([.connectionLost], retry: testRetryPolicy(maxAttempts: 2))
        guard case .transport(let error)? = result.failure else { Issue.record("expected .transport, got \(result)"); return }
        #expect(error.kind == .connectionLost)
    }

    @Test(arguments: [400, 401, 402, 403, 404, 409])
    func clientErrorsAreNotRetried(code: Int) async {
        let (result, transport, _) = await get([.json(code, fixture.errorBody(code))])
        guard case .http(let failure)? = result.failure else { Issue.record("expected .http, got \(result)"); return }
        #expect(failure.status == code)
        #expect(transport.requests.count == 1)
    }

    @Test func createIsRetriedOn429() async throws {
        let (result, transport, clock) = await create([.json(429, fixture.errorBody(429), headers: [("Retry-After", "2")]), .json(200, fixture.createBody)])
        #expect(try result.get().status == 200)
        #expect(transport.requests.count == 2)
        #expect(clock.sleeps == [.seconds(2)])
    }

    @Test func createIsRetriedWhenCertainlyNotSent() async throws {
        let (result, transport, _) = await create([.connectionRefused, .json(200, fixture.createBody)])
        #expect(try result.get().status == 200)
        #expect(transport.requests.count == 2)
    }

    @Test func createTimeoutAfterSendingIsOutcomeUnknownAfterExactlyOneRequest() async {
        let (result, transport, _) = await create([.timedOutAfterSending, .json(200, fixture.createBody)])
        guard case .outcomeUnknown(let operationID, let reason)? = result.failure else { Issue.record("expected .outcomeUnknown, got \(result)"); return }
        #expect(operationID == "createVideoGeneration")
        #expect(reason.contains("timedOut"))
        #expect(transport.requests.count == 1)
    }

    @Test func createDroppedConnectionIsOutcomeUnknown() async {
        let (result, transport, _) = await create([.connectionLost, .json(200, fixture.createBody)])
        guard case .outcomeUnknown? = result.failure else { Issue.record("expected .outcomeUnknown, got \(result)"); return }
        #expect(transport.requests.count == 1)
    }

    @Test(arguments: [500, 502, 503, 504])
    func createServerErrorIsOutcomeUnknownNeverRepeated(code: Int) async {
        let (result, transport, _) = await create([.json(code, ProviderFixture.named("vidu").errorBody(code)), .json(200, fixture.createBody)])
        guard case .outcomeUnknown(_, let reason)? = result.failure else { Issue.record("expected .outcomeUnknown, got \(result)"); return }
        #expect(reason.contains("HTTP \(code)"))
        #expect(transport.requests.count == 1)
    }

    @Test func createClientErrorIsAPlainHTTPFailure() async {
        let (result, transport, _) = await create([.json(402, fixture.errorBody(402))])
        guard case .http(let failure)? = result.failure else { Issue.record("expected .http, got \(result)"); return }
        #expect(failure.details?.type == "invalid_request_error")
        #expect(transport.requests.count == 1)
    }

    @Test func cancellationDuringABackoffSleepEndsAtOnce() async {
        let transport = ScriptedTransport([.json(503, "", headers: [("Retry-After", "20")])])
        let clock = HoldingClock()
        let executor = makeExecutor(fixture, transport: transport, clock: clock)
        let task = Task { () async -> Result<HTTPResponse, ViduError> in
            await outcome { () async throws(ViduError) -> HTTPResponse in try await executor.sendRaw(status, pathParameters: ["task_id": "t"]) }
        }
        await clock.sleepStarted()
        task.cancel()
        let result = await task.value
        guard case .cancelled? = result.failure else { Issue.record("expected .cancelled, got \(result)"); return }
        #expect(clock.sleepsStarted == [.seconds(20)])  // the Retry-After backoff
        #expect(clock.sleepsEnded == [.cancelled])      // ended by the cancellation, not by time
        #expect(transport.requests.count == 1)
    }
}

/// Counts calls, for scripted random sources.
final class LockedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value - 1
    }
}

@Suite struct CreateCancellationTests {
    @Test func cancellingAnInFlightCreateIsOutcomeUnknown() async {
        let inFlight = TransportError(kind: .cancelled, delivery: .mayHaveBeenReceived, message: "cancelled")
        let fixture = ProviderFixture.named("vidu")
        let executor = makeExecutor(fixture, transport: ScriptedTransport([.failure(inFlight)]), clock: TestClock())
        let create = await outcome { () async throws(ViduError) -> HTTPResponse in try await executor.sendRaw(fixture.create, body: JSONValue.object([:])) }
        guard case .outcomeUnknown? = create.failure else { Issue.record("expected .outcomeUnknown, got \(create)"); return }
        let status = await outcome { () async throws(ViduError) -> HTTPResponse in try await executor.sendRaw(fixture.task.statusOperation, pathParameters: ["id": "1"]) }
        guard case .cancelled? = status.failure else { Issue.record("expected .cancelled, got \(status)"); return }
    }
}
