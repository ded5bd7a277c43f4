import Foundation
import Testing
import ViduRuntime
import ViduTestSupport

/// The real `URLSessionTransport` against a loopback server that plays each provider's
/// documented lifecycle, and each fault. Every test asserts how many create requests the
/// server saw and how many tasks it created: no fault loses a job or submits it twice.
@Suite(.serialized) struct LoopbackEndToEndTests {
    struct Harness {
        let simulator: FaultInjectingSimulator
        let server: LoopbackHTTPServer
        let executor: RequestExecutor

        init(_ fixture: ProviderFixture, timeout: Duration = .seconds(5), retry: RetryPolicy = testRetryPolicy()) throws {
            let simulator = FaultInjectingSimulator(fixture: fixture)
            self.simulator = simulator
            server = try LoopbackHTTPServer() { simulator.handle($0) }
            executor = makeExecutor(fixture, transport: URLSessionTransport(), clock: TestClock(), retry: retry, baseURL: server.baseURL, timeout: timeout)
        }

        func create() async -> Result<HTTPResponse, ViduError> {
            await outcome { () async throws(ViduError) -> HTTPResponse in
                try await executor.sendRaw(simulator.fixture.create, body: simulator.fixture.createRequest)
            }
        }

        func createAndWait() async throws -> TaskOutcome {
            let response = try await create().get()
            let id = try simulator.fixture.task.taskID(in: response, redactingWith: canaryKey)
            return try await TaskWaiter(executor: executor).wait(for: id, descriptor: simulator.fixture.task)
        }
    }

    @Test(arguments: ProviderFixture.all.map(\.provider.name))
    func documentedLifecycle(name: String) async throws {
        let fixture = try #require(ProviderFixture.all.first { $0.provider.name == name })
        let harness = try Harness(fixture)
        defer { harness.server.stop() }
        let outcome = try await harness.createAndWait()
        #expect(outcome.resultURLs.map(\.absoluteString) == fixture.expectedResultURLs)
        #expect(harness.simulator.createRequests == 1)
        #expect(harness.simulator.statusRequests == fixture.statusBodies.count)
        let create = try #require(harness.server.requests.first)
        #expect(create.header("Authorization") == "\(fixture.provider.authScheme) \(canarySecret)")
        #expect(create.header("Content-Type") == "application/json")
        #expect(try JSONValue(parsing: create.body) == fixture.createRequest)
    }

    @Test func createAnswered429WithRetryAfterIsRetriedOnce() async throws {
        let harness = try Harness(.named("apimart"))
        defer { harness.server.stop() }
        harness.simulator.inject([.rejected(.json(429, ProviderFixture.named("apimart").errorBody(429), headers: [("Retry-After", "1")]))], on: .create)
        _ = try await harness.createAndWait()
        #expect(harness.simulator.createRequests == 2)
        #expect(harness.simulator.tasksCreated == 1)
    }

    @Test(arguments: [500, 502])
    func createAnsweredServerErrorIsOutcomeUnknownAndNotRepeated(code: Int) async throws {
        let harness = try Harness(.named("vidu"))
        defer { harness.server.stop() }
        harness.simulator.inject([.afterWork(.json(code, ProviderFixture.named("vidu").errorBody(code)))], on: .create)
        let result = await harness.create()
        guard case .outcomeUnknown(_, let reason)? = result.failure else { Issue.record("expected .outcomeUnknown, got \(result)"); return }
        #expect(reason.contains("HTTP \(code)"))
        #expect(harness.simulator.createRequests == 1)
        #expect(harness.simulator.tasksCreated == 1)
    }

    @Test(arguments: [500, 502])
    func statusAnsweredServerErrorIsRetried(code: Int) async throws {
        let harness = try Harness(.named("apixo"))
        defer { harness.server.stop() }
        harness.simulator.inject([.rejected(.json(code, ProviderFixture.named("apixo").errorBody(code)))], on: .status)
        let outcome = try await harness.createAndWait()
        #expect(outcome.resultURLs.count == 1)
        #expect(harness.simulator.createRequests == 1)
        #expect(harness.simulator.statusRequests == ProviderFixture.named("apixo").statusBodies.count + 1)
    }

    @Test func slowCreatePastTheTimeoutIsOutcomeUnknownWithOneRequest() async throws {
        let harness = try Harness(.named("apixo"), timeout: .milliseconds(400))
        defer { harness.server.stop() }
        // The server answers only after 60 s; the client's 0.4 s timeout must end the call long
        // before that. The 30 s bound is not a speed test: it only fails when the timeout did
        // not work, however loaded the machine is.
        harness.simulator.inject([.afterWork(.delayed(seconds: 60, then: .json(200, ProviderFixture.named("apixo").createBody)))], on: .create)
        let started = ContinuousClock.now
        let result = await harness.create()
        guard case .outcomeUnknown(_, let reason)? = result.failure else { Issue.record("expected .outcomeUnknown, got \(result)"); return }
        #expect(reason.contains("timedOut"))
        #expect(ContinuousClock.now - started < .seconds(30))
        #expect(harness.simulator.createRequests == 1)
    }

    @Test func slowStatusPastTheTimeoutIsRetried() async throws {
        let harness = try Harness(.named("uniall"), timeout: .milliseconds(400))
        defer { harness.server.stop() }
        harness.simulator.inject([.rejected(.delayed(seconds: 1.5, then: .json(200, "{}")))], on: .status)
        let outcome = try await harness.createAndWait()
        #expect(outcome.resultURLs.map(\.absoluteString) == ProviderFixture.named("uniall").expectedResultURLs)
        #expect(harness.simulator.createRequests == 1)
    }

    @Test func truncatedCreateBodyIsOutcomeUnknown() async throws {
        let harness = try Harness(.named("apimart"))
        defer { harness.server.stop() }
        let body = Data(ProviderFixture.named("apimart").createBody.utf8)
        harness.simulator.inject([.afterWork(.truncated(status: 200, headers: [("Content-Type", "application/json")], declaredLength: body.count + 500, body: body.prefix(20)))], on: .create)
        let result = await harness.create()
        guard case .outcomeUnknown? = result.failure else { Issue.record("expected .outcomeUnknown, got \(result)"); return }
        #expect(harness.simulator.createRequests == 1)
        #expect(harness.simulator.tasksCreated == 1)
    }

    @Test func truncatedStatusBodyIsRetried() async throws {
        let harness = try Harness(.named("vidu"))
        defer { harness.server.stop() }
        harness.simulator.inject([.rejected(.truncated(status: 200, headers: [], declaredLength: 4_000, body: Data(#"{"state":"#.utf8)))], on: .status)
        let outcome = try await harness.createAndWait()
        #expect(outcome.coverURL?.absoluteString == ProviderFixture.named("vidu").expectedCoverURL)
        #expect(harness.simulator.createRequests == 1)
    }

    @Test func htmlErrorPageInsteadOfJSON() async throws {
        let harness = try Harness(.named("apixo"))
        defer { harness.server.stop() }
        let page = "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>"
        harness.simulator.inject([.rejected(.html(502, page))], on: .status)
        harness.simulator.inject([.rejected(.html(403, "<html><body>Forbidden by WAF</body></html>"))], on: .create)
        let refused = await harness.create()
        guard case .http(let failure)? = refused.failure else { Issue.record("expected .http, got \(refused)"); return }
        #expect(failure.status == 403)
        #expect(failure.details == nil)
        #expect(failure.rawBody.contains("Forbidden by WAF"))
        #expect(harness.simulator.tasksCreated == 0)
        let outcome = try await harness.createAndWait()  // the status 502 page is retried
        #expect(outcome.resultURLs.count == 1)
        #expect(harness.simulator.tasksCreated == 1)
    }

    @Test func droppedConnection() async throws {
        let harness = try Harness(.named("apimart"))
        defer { harness.server.stop() }
        harness.simulator.inject([.afterWork(.dropConnection)], on: .create)
        let lost = await harness.create()
        guard case .outcomeUnknown? = lost.failure else { Issue.record("expected .outcomeUnknown, got \(lost)"); return }
        #expect(harness.simulator.createRequests == 1)
        harness.simulator.inject([.rejected(.dropConnection)], on: .status)
        let outcome = try await TaskWaiter(executor: harness.executor).wait(for: ProviderFixture.named("apimart").taskID, descriptor: ProviderFixture.named("apimart").task)
        #expect(outcome.resultURLs.count == 1)
        #expect(harness.simulator.createRequests == 1)
    }

    @Test func connectionRefusedIsCertainlyNotSent() async throws {
        let closed = try LoopbackHTTPServer(lifetime: 1) { _ in .dropConnection }
        let url = closed.baseURL
        await closed.stopAndWait()
        let executor = makeExecutor(.named("apimart"), transport: URLSessionTransport(), clock: TestClock(), retry: testRetryPolicy(maxAttempts: 2), baseURL: url)
        let result = await outcome { () async throws(ViduError) -> HTTPResponse in
            try await executor.sendRaw(ProviderFixture.named("apimart").create, body: JSONValue.object([:]))
        }
        guard case .transport(let error)? = result.failure else { Issue.record("expected .transport, got \(result)"); return }
        #expect(error.delivery == .notSent)
        #expect(error.kind == .connectionFailed)
    }

    @Test func transportRefusesPlainHTTPToOtherHostsAndHonoursCancellation() async throws {
        let transport = URLSessionTransport()
        await #expect(throws: TransportError.self) {
            _ = try await transport.send(HTTPRequest(method: "GET", url: URL(string: "http://example.com/")!))
        }
        // The server would answer after 60 s; cancelling after 0.2 s must end the call long
        // before (the 30 s bound only fails when cancellation did not work).
        let server = try LoopbackHTTPServer() { _ in .delayed(seconds: 60, then: .json(200, "{}")) }
        defer { server.stop() }
        let started = ContinuousClock.now
        let task = Task { try await transport.send(HTTPRequest(method: "GET", url: server.baseURL.appendingPathComponent("slow"), timeout: .seconds(30))) }
        try await Task.sleep(for: .milliseconds(200))
        task.cancel()
        let result = await task.result
        #expect(throws: (any Error).self) { try result.get() }
        #expect(ContinuousClock.now - started < .seconds(30))
    }
}
