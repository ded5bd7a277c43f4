import Foundation
import Testing
import ViduRuntime
import ViduTestSupport

@Suite struct RequestExecutorTests {
    @Test func buildsURLAuthAndBody() async throws {
        let transport = ScriptedTransport([.json(200, #"{"ok":true}"#)])
        let executor = makeExecutor(.named("vidu"), transport: transport, clock: TestClock())
        let operation = OperationDescriptor(operationID: "op", method: "post", pathTemplate: "/ent/v2/tasks/{id}/cancel", createsTask: false)
        struct Body: Encodable, Sendable { var prompt: String }
        struct Reply: Decodable, Sendable { var ok: Bool }
        let reply = try await executor.send(operation, pathParameters: ["id": "a b/c?d%"], query: [("q", "x&y=z"), ("lang", "中文")], body: Body(prompt: "hi"), as: Reply.self)
        #expect(reply.ok)
        let request = try #require(transport.requests.first)
        #expect(request.method == "POST")
        #expect(request.url.absoluteString == "https://api.vidu.com/ent/v2/tasks/a%20b%2Fc%3Fd%25/cancel?q=x%26y%3Dz&lang=%E4%B8%AD%E6%96%87")
        #expect(request.header("authorization") == "Token \(canarySecret)")
        #expect(request.header("Content-Type") == "application/json")
        #expect(request.body.map { String(decoding: $0, as: UTF8.self) } == #"{"prompt":"hi"}"#)
    }

    @Test func baseURLOverrideAndMissingPathParameter() async {
        let transport = ScriptedTransport([.json(200, "{}")])
        let executor = makeExecutor(.named("apimart"), transport: transport, clock: TestClock(), baseURL: URL(string: "https://proxy.example/prefix/")!)
        _ = await outcome { () async throws(ViduError) -> HTTPResponse in try await executor.sendRaw(ProviderFixture.named("apimart").task.statusOperation, pathParameters: ["task_id": "t"]) }
        #expect(transport.requests.first?.url.absoluteString == "https://proxy.example/prefix/v1/tasks/t")
        let missing = await outcome { () async throws(ViduError) -> HTTPResponse in try await executor.sendRaw(ProviderFixture.named("apimart").task.statusOperation) }
        guard case .invalidRequest(let violations)? = missing.failure else { Issue.record("expected .invalidRequest, got \(missing)"); return }
        #expect(violations.first?.message.contains("task_id") == true)
        #expect(transport.requests.count == 1)
    }

    @Test func plainHTTPIsRefusedExceptLoopbackBeforeSending() async {
        let transport = ScriptedTransport([.json(200, "{}")])
        for (base, refused) in [("http://api.vidu.com", true), ("http://10.0.0.1:8080", true), ("http://127.0.0.1:9", false), ("http://localhost:9", false), ("http://[::1]:9", false), ("https://api.vidu.com", false)] {
            let executor = makeExecutor(.named("vidu"), transport: transport, clock: TestClock(), baseURL: URL(string: base)!)
            let result = await outcome { () async throws(ViduError) -> HTTPResponse in try await executor.sendRaw(ProviderFixture.named("vidu").task.statusOperation, pathParameters: ["id": "1"]) }
            if case .insecureURL? = result.failure { #expect(refused, "\(base)") } else { #expect(!refused, "\(base)") }
        }
        #expect(transport.requests.count == 4)  // the four allowed URLs only
        #expect(URLSecurityRule.isLoopback(host: "127.8.9.10"))
        #expect(!URLSecurityRule.isLoopback(host: "127.0.0.1.evil.com"))
    }

    @Test func eachProvidersErrorBodyIsNormalisedByShape() async {
        let cases: [(ProviderFixture, String, String?, String?, String?)] = [
            (.named("apimart"), #"{"error":{"code":402,"message":"账户余额不足","type":"payment_required"}}"#, "402", "payment_required", nil),
            (.named("apixo"), #"{"code":402,"message":"Insufficient credits","data":null}"#, "402", nil, nil),
            (.named("vidu"), #"{"code":"CreditInsufficient","message":"insufficient credits","metadata":{"trace_id":"tr-123"},"reason":"CreditInsufficient"}"#, "CreditInsufficient", nil, "tr-123"),
            (.named("uniall"), #"{"error":{"message":"You exceeded your quota","type":"insufficient_quota","code":"insufficient_quota"}}"#, "insufficient_quota", "insufficient_quota", nil),
        ]
        for (fixture, body, code, type, requestID) in cases {
            let transport = ScriptedTransport([.json(402, body)])
            let executor = makeExecutor(fixture, transport: transport, clock: TestClock())
            let result = await outcome { () async throws(ViduError) -> HTTPResponse in try await executor.sendRaw(fixture.create, body: JSONValue.object([:])) }
            guard case .http(let failure)? = result.failure else { Issue.record("expected .http, got \(result)"); continue }
            #expect(failure.details?.code == code, "\(fixture.provider.name)")
            #expect(failure.details?.type == type, "\(fixture.provider.name)")
            #expect(failure.details?.message?.isEmpty == false)
            #expect(failure.requestID == requestID)
            #expect(failure.rawBody == body)
        }
        #expect(ProviderErrorDetails(body: Data("<html>502</html>".utf8)) == nil)
        #expect(ProviderErrorDetails(body: Data(#"{"error":"plain text"}"#.utf8))?.message == "plain text")
    }

    @Test func requestIDComesFromHeaders() async {
        for name in ["X-Request-Id", "request-id", "x-trace-id"] {
            let transport = ScriptedTransport([.json(404, #"{"code":"TaskNotFound","message":"no","reason":"TaskNotFound","metadata":{"trace_id":"body-id"}}"#, headers: [(name, "hdr-\(name)")])])
            let executor = makeExecutor(.named("vidu"), transport: transport, clock: TestClock())
            let result = await outcome { () async throws(ViduError) -> HTTPResponse in try await executor.sendRaw(ProviderFixture.named("vidu").task.statusOperation, pathParameters: ["id": "1"]) }
            guard case .http(let failure)? = result.failure else { Issue.record("expected .http"); continue }
            #expect(failure.requestID == "hdr-\(name)")
            #expect(failure.description.contains("TaskNotFound"))
        }
    }

    @Test func undecodableSuccessBodyIsADecodingErrorWithTheBody() async {
        let transport = ScriptedTransport([.response(HTTPResponse(status: 200, headers: [("Content-Type", "text/html")], body: Data("<html><body>Bad gateway</body></html>".utf8)))])
        let executor = makeExecutor(.named("apixo"), transport: transport, clock: TestClock())
        struct Reply: Decodable, Sendable { var code: Int }
        let result = await outcome { () async throws(ViduError) -> Reply in try await executor.send(ProviderFixture.named("apixo").task.statusOperation, query: [("taskId", "t")], as: Reply.self) }
        guard case .decoding(let failure)? = result.failure else { Issue.record("expected .decoding, got \(result)"); return }
        #expect(failure.bodySnippet.contains("Bad gateway"))
        #expect(failure.status == 200)
    }
}
