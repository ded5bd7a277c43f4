import Foundation
import Testing
import ViduClients
import ViduRuntime
import ViduTestSupport
@testable import ViduKit

/// The providers ViduKit runs are the generated registry's, each registered once, and
/// everything a provider's id says (its name, its key variable) comes from its spec.
@Suite struct ProviderRegistryTests {
    @Test func everyGeneratedProviderHasOneAdapter() {
        let generated = ProviderRegistry.all.map(\.id).sorted()
        let registered = VideoProviders.all.map(\.id.rawValue)
        #expect(registered.sorted() == generated)
        #expect(Set(registered).count == registered.count)
        for adapter in VideoProviders.all {
            #expect(ProviderRegistry.all.provider(adapter.id.rawValue)?.specFile == adapter.generated.specFile)
            #expect(!adapter.queuedStates.isEmpty, "\(adapter.id) names its queued states")
        }
    }

    @Test func idsReadTheirSpecs() throws {
        for provider in ProviderRegistry.all {
            let id = VideoProviderID(provider.id)
            #expect(id.description == provider.descriptor.displayName)
            #expect(id.keyEnvironmentVariable == provider.descriptor.keyEnvironmentVariable)
        }
        #expect(VideoProviderID.uniall.description == "UniAll")
        #expect(VideoProviderID.vidu.keyEnvironmentVariable == "VIDU_OFFICIAL_API_KEY")
        let unknown = VideoProviderID("Acme-Video")
        #expect(unknown.rawValue == "acme-video")
        #expect(unknown.description == "acme-video")
        #expect(unknown.keyEnvironmentVariable == "ACME_VIDEO_API_KEY")
        #expect(VideoProviders.adapter(for: unknown) == nil)
    }

    @Test func idsCodeAsStrings() throws {
        let data = try JSONEncoder().encode([VideoProviderID.apixo])
        #expect(String(decoding: data, as: UTF8.self) == #"["apixo"]"#)
        #expect(try JSONDecoder().decode([VideoProviderID].self, from: Data(#"["UNIALL"]"#.utf8)) == [.uniall])
    }

    /// An adapter that is not registered: an existing provider's adapter under another id.
    struct MirrorAdapter: VideoProviderAdapter {
        let base: any VideoProviderAdapter
        let generated: GeneratedProvider

        init(_ base: any VideoProviderAdapter, id: String) {
            var generated = base.generated
            generated.descriptor.name = id
            generated.descriptor.displayName = id.uppercased()
            self.base = base
            self.generated = generated
        }

        var queuedStates: [String] { base.queuedStates }
        var fieldsByPointer: [String: JobField] { base.fieldsByPointer }
        func mapping(for job: VideoJob) -> JobMapping { base.mapping(for: job) }
    }

    @Test func anUnregisteredAdapterRunsASimulatedJob() async throws {
        let adapter = MirrorAdapter(try #require(VideoProviders.adapter(for: .apixo)), id: "apixo-mirror")
        let provider = VideoProvider.simulated(adapter: adapter, pollingPolicy: CrossProviderTests.fast, configure: CrossProviderTests.virtualTime)
        #expect(provider.id == "apixo-mirror")
        #expect(VideoProviders.adapter(for: provider.id) == nil)
        let task = try await provider.submit(CrossProviderTests.textJob)
        #expect(task.provider == "apixo-mirror")
        let result = try await provider.wait(for: task.id)
        let destination = CrossProviderTests.scratch("mirror")
        defer { try? FileManager.default.removeItem(at: destination) }
        let file = try await provider.download(result, to: destination)
        #expect(try Data(contentsOf: file.location) == SimulatedTransport.sampleVideo)
    }

    /// A transport that forwards to the simulation and counts what `VideoProvider` asks of it.
    final class CountingTransport: HTTPTransport, @unchecked Sendable {
        let base: SimulatedTransport
        private let lock = NSLock()
        private var downloads = 0
        init(_ base: SimulatedTransport) { self.base = base }
        var downloadCount: Int { lock.lock(); defer { lock.unlock() }; return downloads }
        private func countDownload() { lock.lock(); downloads += 1; lock.unlock() }
        func send(_ request: HTTPRequest) async throws -> HTTPResponse { try await base.send(request) }
        func downloadResult(
            from url: URL, to destination: URL, defaultName: String, downloader: ResultDownloader,
            progress: (@Sendable (DownloadProgress) -> Void)?
        ) async throws(ViduError) -> DownloadedFile {
            countDownload()
            return try await base.downloadResult(from: url, to: destination, defaultName: defaultName, downloader: downloader, progress: progress)
        }
    }

    @Test func downloadsGoThroughTheTransport() async throws {
        let transport = CountingTransport(SimulatedTransport(provider: .vidu))
        let provider = VideoProvider.simulated(.vidu, pollingPolicy: CrossProviderTests.fast) { $0.clock = TestClock(); $0.transport = transport }
        let task = try await provider.submit(CrossProviderTests.textJob)
        let result = try await provider.wait(for: task.id)
        let destination = CrossProviderTests.scratch("counted")
        defer { try? FileManager.default.removeItem(at: destination) }
        _ = try await provider.download(result, to: destination)
        #expect(transport.downloadCount == 1)
    }
}
