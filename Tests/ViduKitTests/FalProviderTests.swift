import Foundation
import Testing
import ViduRuntime
import ViduTestSupport
@testable import ViduKit

/// fal's queue: the status carries no video, so the result call fetches it; its webhooks
/// verify with `import ViduKit` alone (specs/fal.json, decisions 4 and 10).
@Suite struct FalProviderTests {
    static let fast = PollingPolicy(initialDelay: .milliseconds(5), interval: .milliseconds(5), usesEstimatedTime: false, deadline: .seconds(20))
    static let job = VideoJob(mode: .text, prompt: "A paper boat drifts down a rainy street", duration: 5)

    @Test func theResultCallFetchesTheVideoAfterCompleted() async throws {
        let simulation = SimulatedTransport(provider: .fal)
        let runner = VideoProvider.simulated(.fal, simulation: simulation, pollingPolicy: Self.fast, configure: CrossProviderTests.virtualTime)
        let task = try await runner.submit(Self.job)
        let result = try await runner.wait(for: task.id)
        #expect(result.videoURLs == [SimulatedTransport.defaultResultBaseURL.appendingPathComponent("files/\(task.id).mp4")])
        let paths = simulation.requests.map { "\($0.method) \($0.url.path)" }
        #expect(paths.first == "POST /fal-ai/vidu/q3/text-to-video")
        #expect(paths.contains("GET /fal-ai/vidu/requests/\(task.id)/status"))
        #expect(paths.last == "GET /fal-ai/vidu/requests/\(task.id)")
        #expect(simulation.requests.allSatisfy { $0.header("Authorization") == "Key simulated-key" })
    }

    @Test func aFailedResultIsAFailedTaskWithItsStatus() async throws {
        let completed = #"{"status": "COMPLETED", "request_id": "r1"}"#
        let transport = ScriptedTransport { request, _ in
            if request.method == "POST" { return .json(200, #"{"request_id": "r1"}"#) }
            if request.url.path.hasSuffix("/status") { return .json(200, completed) }
            return .json(422, #"{"detail": [{"loc": ["body", "prompt"], "msg": "field required", "type": "value_error.missing"}]}"#)
        }
        let configuration = ClientConfiguration(apiKey: APIKey("k"), transport: transport, rateLimiter: RateLimiter(requestsPerMinute: nil, concurrentTasks: nil))
        let runner = VideoProvider(.fal, configuration: configuration, pollingPolicy: Self.fast)
        let task = try await runner.submit(Self.job)
        do {
            _ = try await runner.wait(for: task.id)
            Issue.record("expected the task to fail")
        } catch {
            guard case .failed(let code, let message) = error else { Issue.record("expected .failed, got \(error)"); return }
            #expect(code == "HTTP 422")
            #expect(message?.contains("field required") == true)
        }
        #expect(transport.requests.last?.url.path == "/fal-ai/vidu/requests/r1")
    }

    @Test func firstAndLastFramesGoToImageToVideoWithAnEndImage() throws {
        let job = VideoJob(
            mode: .firstLastFrame(first: URL(string: "https://example.com/a.png")!, last: URL(string: "https://example.com/b.png")!),
            prompt: "", tier: .turbo, resolution: .p720)
        let request = try #require(FalAdapter().mapping(for: job).request)
        #expect(request.operationID == "submitImageToVideoTurbo")
        #expect(try request.json() == .object([
            "image_url": .string("https://example.com/a.png"), "end_image_url": .string("https://example.com/b.png"),
            "resolution": .string("720p"),
        ]))
        #expect(request.violations().isEmpty)
    }

    @Test func aWebhookVerifiesAndItsBodyNamesTheVideo() async throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../ViduRuntimeTests/Vectors/fal-webhook-fixtures.json").standardized
        let fixtures = try JSONValue(parsing: Data(contentsOf: url))
        guard case .object(let root) = fixtures, let jwks = root["jwks"], case .array(let deliveries)? = root["deliveries"],
              case .object(let completed)? = deliveries.first, case .string(let body)? = completed["body"],
              case .string(let requestID)? = completed["requestId"], case .string(let userID)? = completed["userId"],
              case .string(let timestamp)? = completed["timestamp"], case .string(let signature)? = completed["signature"],
              let seconds = TimeInterval(timestamp) else { Issue.record("unexpected fixture shape"); return }
        let verifier = try FalWebhookVerifier(
            keys: try JWKSKeySet(jwksJSON: Data(jwks.jsonText().utf8)), expectedUserID: userID,
            clock: TestClock(start: Date(timeIntervalSince1970: seconds)))
        let request = CallbackRequest(method: "POST", target: "/hooks/fal", headers: [
            ("X-Fal-Webhook-Request-Id", requestID), ("X-Fal-Webhook-User-Id", userID),
            ("X-Fal-Webhook-Timestamp", timestamp), ("X-Fal-Webhook-Signature", signature),
        ], body: Data(body.utf8))
        try await verifier.verify(request)
        let descriptor = VideoProvider.simulated(.fal).taskDescriptor
        let status = try #require(descriptor.status(of: JSONValue(parsing: Data(body.utf8))))
        #expect(status.phase == .succeeded)
        #expect(descriptor.outcome(of: status).resultURLs == [URL(string: "https://v3.fal.media/files/example/output.mp4")!])
    }
}
