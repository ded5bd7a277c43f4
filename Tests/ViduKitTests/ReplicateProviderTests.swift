import Foundation
import Testing
import ViduRuntime
import ViduTestSupport
@testable import ViduKit

/// Replicate's predictions: one call per model, the images pick the mode, webhooks verify
/// with `StandardWebhookVerifier` from `import ViduKit` (specs/replicate.json).
@Suite struct ReplicateProviderTests {
    static let fast = PollingPolicy(initialDelay: .milliseconds(5), interval: .milliseconds(5), usesEstimatedTime: false, deadline: .seconds(20))

    @Test func aTurboTextJobCreatesOnTheModelsPathWithABearerToken() async throws {
        let simulation = SimulatedTransport(provider: .replicate)
        let runner = VideoProvider.simulated(.replicate, simulation: simulation, pollingPolicy: Self.fast, configure: CrossProviderTests.virtualTime)
        let task = try await runner.submit(VideoJob(mode: .text, prompt: "A paper boat", tier: .turbo, aspectRatio: .ratio9x16))
        let result = try await runner.wait(for: task.id)
        #expect(result.videoURLs.count == 1)
        let create = try #require(simulation.requests.first)
        #expect(create.url.path == "/v1/models/vidu/q3-turbo/predictions")
        #expect(create.header("Authorization") == "Bearer simulated-key")
        #expect(simulation.requests.dropFirst().allSatisfy { $0.url.path == "/v1/predictions/\(task.id)" })
        #expect(runner.adapter.descriptor.requestsPerMinute == 600)
    }

    @Test func firstAndLastFramesGoToQ3ProWithoutTheAspectRatio() throws {
        let job = VideoJob(
            mode: .firstLastFrame(first: URL(string: "https://example.com/a.png")!, last: URL(string: "https://example.com/b.png")!),
            prompt: "", duration: 8, aspectRatio: .ratio16x9, callbackURL: URL(string: "https://example.com/hooks/replicate")!)
        let request = try #require(ReplicateAdapter().mapping(for: job).request)
        #expect(request.operationID == "createQ3ProPrediction")
        #expect(request.unsent == [.aspectRatio])
        #expect(try request.json() == .object([
            "input": .object(["start_image": .string("https://example.com/a.png"), "end_image": .string("https://example.com/b.png"), "duration": .number(8)]),
            "webhook": .string("https://example.com/hooks/replicate"), "webhook_events_filter": .array([.string("completed")]),
        ]))
        #expect(request.violations().isEmpty)
    }

    @Test func referenceImagesAndMixAreRefusedNamingTheField() {
        let provider = VideoProvider.simulated(.replicate)
        let references = VideoJob(mode: .referenceImages([URL(string: "https://example.com/a.png")!]), prompt: "cat", tier: .mix)
        #expect(provider.check(references).map(\.field).contains(.mode))
        #expect(provider.check(VideoJob(mode: .text, prompt: "cat", tier: .proFast)).map(\.field) == [.tier])
    }

    @Test func aWebhookVerifiesWithImportViduKitAndItsPredictionNamesTheVideo() async throws {
        // The Standard Webhooks example the reference libraries test against (as in
        // StandardWebhookVerifierTests), through the ViduKit name a Replicate user reaches for.
        let verifier = try StandardWebhookVerifier(
            secret: APIKey("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), clock: TestClock(start: Date(timeIntervalSince1970: 1_614_265_330)))
        try await verifier.verify(CallbackRequest(method: "POST", target: "/hooks/replicate", headers: [
            ("webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek"), ("webhook-timestamp", "1614265330"),
            ("webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="),
        ], body: Data(#"{"test": 2432232314}"#.utf8)))
        // A delivery's body is the prediction; the same x-task reads it.
        let body = #"{"id": "p1", "status": "succeeded", "output": "https://replicate.delivery/xezq/out.mp4", "error": null}"#
        let descriptor = VideoProvider.simulated(.replicate).taskDescriptor
        let status = try #require(descriptor.status(of: JSONValue(parsing: Data(body.utf8))))
        #expect(status.phase == .succeeded)
        #expect(descriptor.outcome(of: status).resultURLs == [URL(string: "https://replicate.delivery/xezq/out.mp4")!])
    }
}
