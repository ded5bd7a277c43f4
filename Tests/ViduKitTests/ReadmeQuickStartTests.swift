import Foundation
import Testing
import ViduClients
import ViduKit
import ViduRuntime

/// The README's two quick starts, run against the in-process simulation, so the code a
/// newcomer copies is code that compiles and works. Keep these in step with README.md.
@Suite struct ReadmeQuickStartTests {
    /// README "Quick start: one job, any provider", with `VideoProvider.simulated(.uniall)`.
    @Test func providerNeutralQuickStart() async throws {
        let provider = VideoProvider.simulated(.uniall)
        let job = VideoJob(mode: .text, prompt: "A paper boat drifts down a rainy street", duration: 5)
        let problems = provider.check(job)
        #expect(problems.isEmpty, "\(problems)")

        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }

        let task = try await provider.submit(job)
        let result = try await provider.wait(for: task.id) { status in _ = status }
        let file = try await provider.download(result, to: directory.appendingPathComponent("\(task.id).mp4"))
        let bytes = try Data(contentsOf: file.location)
        #expect(bytes.count > 8 && String(decoding: bytes[4..<8], as: UTF8.self) == "ftyp")

        // The README's claim about the other providers.
        #expect(VideoProvider.simulated(.vidu).check(job).isEmpty)
        #expect(VideoProvider.simulated(.apixo).check(job).isEmpty)
        #expect(VideoProvider.simulated(.apimart).check(job).isEmpty)
        var mix = job
        mix.tier = .mix
        #expect(VideoProvider.simulated(.apimart).check(mix).map(\.description)
            == ["apimart has no mix tier for text-to-video (it takes standard, turbo)"])
    }

    /// README "Quick start: a provider's own generated client", up to the result URLs.
    @Test func generatedClientQuickStart() async throws {
        let configuration = ClientConfiguration(apiKey: APIKey("sk-readme"), transport: ProviderSimulation(provider: .apixo))
        let client = Apixo.Client(configuration: configuration)
        let request = Apixo.ApixoGenerateTaskRequest(
            input: .init(mode: .textToVideo, prompt: "a paper boat in the rain", resolution: .p720, duration: 5))
        #expect(request.validate().isEmpty)

        let created = try await client.generateTask(request)
        let taskID = try #require(client.taskID(from: created))
        let policy = PollingPolicy(initialDelay: .milliseconds(1), interval: .milliseconds(1))
        let outcome = try await client.wait(for: taskID, policy: policy) { _ in }
        #expect(!outcome.resultURLs.isEmpty)
    }
}
