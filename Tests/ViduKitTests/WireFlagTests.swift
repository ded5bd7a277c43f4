import Foundation
import Testing
import ViduRuntime
@testable import ViduKit

/// The switches of a job reach the wire as JSON booleans on every provider, in every mode that
/// takes them: Vidu's page typed them as strings, every working client sends booleans
/// (specs/vidu.json, decision 2). The bytes of the create request are read as sent.
@Suite struct WireFlagTests {
    static let image = URL(string: "https://example.com/cat.png")!
    static let fast = PollingPolicy(initialDelay: .milliseconds(5), interval: .milliseconds(5), usesEstimatedTime: false, deadline: .seconds(20))

    /// Where each provider puts the job's switches, as the member name in the JSON text.
    static let members: [VideoProviderID: [JobField: String]] = [
        .apimart: [.audio: "audio"],
        .apixo: [.audio: "sound", .backgroundMusic: "bgm"],
        .vidu: [.audio: "audio", .backgroundMusic: "bgm", .watermark: "watermark", .offPeak: "off_peak"],
        .uniall: [.audio: "audio", .backgroundMusic: "bgm"],
    ]

    static let modes: [VideoJob.Mode] = [
        .text, .image(first: image), .firstLastFrame(first: image, last: image), .referenceImages([image]),
    ]

    @Test(arguments: VideoProviderID.allCases)
    func switchesAreJSONBooleansOnTheWire(provider: VideoProviderID) async throws {
        let capabilities = ProviderCapabilities.of(provider)
        var checked = 0
        for mode in Self.modes {
            guard let tier = capabilities.defaultTier(for: mode.kind), let row = capabilities.row(for: mode.kind, tier: tier) else { continue }
            var job = VideoJob(mode: mode, prompt: "a cat", tier: tier)
            let fields = JobField.settings.filter { row.settings.contains($0) && Self.members[provider]?[$0] != nil }
            for field in fields {
                switch field {
                case .audio: job.audio = true
                case .backgroundMusic: job.backgroundMusic = true
                case .watermark: job.watermark = true
                case .offPeak: job.offPeak = true
                default: break
                }
            }
            #expect(VideoProvider.simulated(provider).check(job).isEmpty, "\(provider) \(mode.kind)")
            let simulation = ProviderSimulation(provider: provider)
            let runner = VideoProvider.simulated(provider, simulation: simulation, pollingPolicy: Self.fast)
            _ = try await runner.submit(job)
            let create = try #require(simulation.requests.first { $0.method == "POST" })
            let text = String(decoding: try #require(create.body), as: UTF8.self)
            for field in fields {
                let name = try #require(Self.members[provider]?[field])
                #expect(text.contains("\"\(name)\":true"), "\(provider) \(mode.kind) \(field): \(text)")
                #expect(!text.contains("\"\(name)\":\"true\""), "\(provider) \(mode.kind) \(field): \(text)")
                checked += 1
            }
        }
        #expect(checked > 0, "no switch of \(provider) was checked")
        if provider == .vidu {
            // A reference job with audio, background music and a watermark: all three booleans.
            #expect(checked >= 12)
        }
    }
}
