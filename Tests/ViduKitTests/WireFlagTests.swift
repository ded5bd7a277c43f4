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

    /// The switches whose wire form is checked.
    static let switches: Set<JobField> = [.audio, .backgroundMusic, .watermark, .offPeak]

    /// Where a provider puts the job's switches, as the member name in the JSON text: the last
    /// segment of the request member its adapter maps each switch from (UniAll's
    /// `/extra_body/audio` is `audio`).
    static func members(of provider: VideoProviderID) -> [JobField: String] {
        var found: [JobField: String] = [:]
        for (pointer, field) in VideoProviders.adapter(for: provider)?.fieldsByPointer ?? [:] where switches.contains(field) {
            found[field] = pointer.split(separator: "/").last.map(String.init)
        }
        return found
    }

    @Test func membersAreTheDocumentedNames() {
        #expect(Self.members(of: .apixo) == [.audio: "sound", .backgroundMusic: "bgm"])
        #expect(Self.members(of: .vidu) == [.audio: "audio", .backgroundMusic: "bgm", .watermark: "watermark", .offPeak: "off_peak"])
    }

    static let modes: [VideoJob.Mode] = [
        .text, .image(first: image), .firstLastFrame(first: image, last: image), .referenceImages([image]),
    ]

    @Test(arguments: VideoProviderID.registered)
    func switchesAreJSONBooleansOnTheWire(provider: VideoProviderID) async throws {
        let capabilities = ProviderCapabilities.of(provider)
        var checked = 0
        for mode in Self.modes {
            guard let tier = capabilities.defaultTier(for: mode.kind), let row = capabilities.row(for: mode.kind, tier: tier) else { continue }
            var job = VideoJob(mode: mode, prompt: "a cat", tier: tier)
            let members = Self.members(of: provider)
            let fields = JobField.settings.filter { row.settings.contains($0) && members[$0] != nil }
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
            let simulation = SimulatedTransport(provider: provider)
            let runner = VideoProvider.simulated(provider, simulation: simulation, pollingPolicy: Self.fast, configure: CrossProviderTests.virtualTime)
            _ = try await runner.submit(job)
            let create = try #require(simulation.requests.first { $0.method == "POST" })
            let text = String(decoding: try #require(create.body), as: UTF8.self)
            for field in fields {
                let name = try #require(members[field])
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
