import Foundation
import Testing
import ViduRuntime
import ViduTestSupport

/// Issue 13: nothing a server sends can trap the process, grow its memory without bound,
/// print the key, or lose the id of a task that may exist. Every test talks to the
/// loopback server through the real transport.
@Suite(.serialized) struct HostileServerTests {
    /// An executor on the real transport to `server`, with a virtual clock.
    func executor(_ fixture: ProviderFixture, _ server: LoopbackHTTPServer, maxResponseBytes: Int = ClientConfiguration.defaultMaxResponseBytes, retry: RetryPolicy = testRetryPolicy()) -> RequestExecutor {
        RequestExecutor(provider: fixture.provider, configuration: ClientConfiguration(
            apiKey: canaryKey, baseURL: server.baseURL, retryPolicy: retry, timeout: .seconds(10), clock: TestClock(),
            maxResponseBytes: maxResponseBytes))
    }

    // Row 1: an HTTP-date with an absurd year in Retry-After.
    @Test func retryAfterWithAnAbsurdYearIsIgnoredNotATrap() async throws {
        let fixture = ProviderFixture.named("apixo")
        for header in ["Tue, 06 May 300000000000 12:09:42 GMT", "Tue, 06 May 99999 12:09:42 GMT", "Tue, 06 May 9223372036854775807 12:09:42 GMT", "1e400", "-5", "nan"] {
            let server = try LoopbackHTTPServer() { _ in .json(429, fixture.errorBody(429), headers: [("Retry-After", header)]) }
            defer { server.stop() }
            let result = await outcome { () async throws(ViduError) in
                try await executor(fixture, server, retry: testRetryPolicy(maxAttempts: 2)).sendRaw(fixture.task.statusOperation, query: [("taskId", "t1")])
            }
            guard case .http(let failure)? = result.failure else { Issue.record("\(header): \(result)"); continue }
            #expect(failure.status == 429 && failure.retryAfter == nil, "\(header)")
        }
        #expect(HTTPDate.parse("Tue, 06 May 300000000000 12:09:42 GMT") == nil)
        #expect(HTTPDate.parse("Fri, 31 Dec 9999 23:59:59 GMT") != nil)
        for date in [Date.distantFuture, .distantPast, Date(timeIntervalSince1970: 1e300), Date(timeIntervalSince1970: -1e300), Date(timeIntervalSince1970: .nan)] {
            #expect(HTTPDate.format(date).hasSuffix("GMT"))
        }
    }

    // Row 3: progress and estimates that are huge, negative, NaN or infinite.
    @Test func hostileProgressIsSkippedNotATrap() async throws {
        let fixture = ProviderFixture.named("apimart")
        for value in ["1e19", "-1e300", "\"nan\"", "\"inf\"", "\"-inf\"", "1e400", "-1e400", "\"1e400\"", "18446744073709551616", "\"abc\""] {
            let body = fixture.runningBody
                .replacingOccurrences(of: #""progress":\s*[0-9.]+"#, with: "\"progress\": \(value)", options: .regularExpression)
                .replacingOccurrences(of: #""estimated_time":\s*[0-9.]+"#, with: "\"estimated_time\": \(value)", options: .regularExpression)
            #expect(body.contains("\"progress\": \(value)"), "the fixture has a progress field")
            let server = try LoopbackHTTPServer() { _ in .json(200, body) }
            defer { server.stop() }
            let waiter = TaskWaiter(executor: executor(fixture, server))
            let result = await outcome { () async throws(ViduError) in try await waiter.status(of: fixture.taskID, descriptor: fixture.task) }
            guard case .success(let status) = result else { Issue.record("\(value): \(result)"); continue }
            #expect(status.progress.map(\.isFinite) ?? true, "\(value)")
            #expect(status.estimatedSeconds.map(\.isFinite) ?? true, "\(value)")
            let delay = PollingPolicy.default(for: fixture.task).delay(after: status)
            #expect(delay >= .zero && delay <= .seconds(60))
        }
    }

    // Row 4: a gzip bomb and an endless chunked body are cut at the limit.
    @Test func aGzipBombIsCutAtTheDecodedLimit() async throws {
        let fixture = ProviderFixture.named("apixo")
        let bomb = HostileBodies.gzipBomb(decodedBytes: 4 * 1_048_576)
        #expect(bomb.count < 64 * 1_024)
        let server = try LoopbackHTTPServer() { request in
            .raw(HostileBodies.response(status: 200, headers: [("Content-Type", "application/json"), ("Content-Encoding", "gzip")], body: bomb))
        }
        defer { server.stop() }
        let result = await outcome { () async throws(ViduError) in
            try await executor(fixture, server, maxResponseBytes: 1_048_576).sendRaw(fixture.task.statusOperation, query: [("taskId", "t1")])
        }
        guard case .responseTooLarge(_, let limit)? = result.failure else { Issue.record("expected responseTooLarge, got \(result)"); return }
        #expect(limit == 1_048_576)
        #expect(server.requests.first?.header("Accept-Encoding") == "identity")
    }

    @Test func anEndlessChunkedBodyIsCutAtTheLimit() async throws {
        let fixture = ProviderFixture.named("apixo")
        let server = try LoopbackHTTPServer() { _ in .chunked(status: 200, headers: [("Content-Type", "application/json")], chunk: Data(repeating: 0x20, count: 16_384), count: 4_096) }
        defer { server.stop() }
        let result = await outcome { () async throws(ViduError) in
            try await executor(fixture, server, maxResponseBytes: 262_144).sendRaw(fixture.task.statusOperation, query: [("taskId", "t1")])
        }
        guard case .responseTooLarge? = result.failure else { Issue.record("expected responseTooLarge, got \(result)"); return }
        // On a create call the same limit is an unknown outcome: the task may exist.
        let create = await outcome { () async throws(ViduError) in
            try await executor(fixture, server, maxResponseBytes: 262_144).sendRaw(fixture.create, body: fixture.createRequest)
        }
        guard case .outcomeUnknown? = create.failure else { Issue.record("expected outcomeUnknown, got \(create)"); return }
    }

    // Row 2: a create answer that is JSON but not the generated type still gives its id.
    @Test func theTaskIDIsReadFromTheRawAnswerDigitForDigit() async throws {
        let fixture = ProviderFixture.named("vidu")
        let prompt = String(repeating: "a long echoed prompt ", count: 200)
        let body = #"{"prompt":"\#(prompt)","code":"200","task_id":851234567890123456,"duration":"5","state":"created"}"#
        let server = try LoopbackHTTPServer() { _ in .json(200, body) }
        defer { server.stop() }
        let response = try await executor(fixture, server).sendRaw(fixture.create, body: fixture.createRequest)
        #expect(fixture.task.taskID(inRawBody: response.body) == "851234567890123456")
        #expect(try fixture.task.taskID(in: response, redactingWith: canaryKey) == "851234567890123456")
        let typed = await outcome { () async throws(ViduError) in
            _ = try await executor(fixture, server).send(fixture.create, body: fixture.createRequest, as: TypedCreate.self)
        }
        guard let error = typed.failure else { Issue.record("expected a decoding failure"); return }
        #expect(fixture.task.taskID(in: error) == "851234567890123456")
    }

    // The 1e400 decision: a number too large for a Double does not make a status unreadable.
    @Test func anOverflowingNumberDoesNotMakeTheStatusUnreadable() async throws {
        let fixture = ProviderFixture.named("apixo")
        let body = fixture.runningBody.replacingOccurrences(of: "{", with: #"{"junk":1e400,"#, options: [], range: fixture.runningBody.range(of: "{"))
        let server = try LoopbackHTTPServer() { _ in .json(200, body) }
        defer { server.stop() }
        let status = try await TaskWaiter(executor: executor(fixture, server)).status(of: fixture.taskID, descriptor: fixture.task)
        let plain = try LoopbackHTTPServer() { _ in .json(200, fixture.runningBody) }
        defer { plain.stop() }
        let expected = try await TaskWaiter(executor: executor(fixture, plain)).status(of: fixture.taskID, descriptor: fixture.task)
        #expect(status.state == expected.state && status.phase == expected.phase)
        #expect(status.raw["junk"] == .number(.infinity))
    }

    // Row 8: a verifier with an empty or blank key would accept anyone's signature.
    @Test func aVerifierNeedsANonBlankKey() {
        for secret in ["", " ", "\t\n", "\u{3000}"] {
            do {
                _ = try HMACHeaderCallbackVerifier(key: APIKey(secret), accessKey: "vidu")
                Issue.record("a verifier was built with \(secret.debugDescription)")
            } catch {
                guard case .invalidConfiguration = error else { Issue.record("\(error)"); continue }
            }
        }
    }

    // Rows 6 and 13: one function removes the key and makes control characters visible.
    @Test func terminalTextRemovesTheKeyAndEscapes() {
        let hostile = "failed: \(canarySecret) \u{1B}[2J\u{1B}]0;owned\u{07} line1\nline2\r\u{202E}gnp.exe \u{9B}31m https://x/?k=\(canarySecret.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)"
        let safe = TerminalText.safe(hostile, redacting: canaryKey)
        #expect(!safe.contains("LEAKCANARY"))
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" })
        #expect(safe.contains("\\u{1B}[2J") && safe.contains("line1\\u{A}line2"))
        #expect(TerminalText.safe(String(repeating: "x", count: 10_000), limit: 100).count == 101)
    }
}

/// A typed create answer whose `task_id` is a string, as the spec says.
struct TypedCreate: Decodable, Sendable {
    var task_id: String
}
