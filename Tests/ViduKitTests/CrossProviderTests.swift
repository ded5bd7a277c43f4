import Foundation
import Testing
import ViduRuntime
import ViduTestSupport
@testable import ViduKit

/// One job, unchanged, on every provider whose capabilities cover it.
@Suite struct CrossProviderTests {
    static let referenceJob = VideoJob(
        mode: .referenceImages([URL(string: "https://example.com/cat.png")!, URL(string: "https://example.com/street.png")!]),
        prompt: "The cat walks down a neon street", tier: .mix, duration: 5, resolution: .p720, aspectRatio: .ratio16x9)
    static let textJob = VideoJob(mode: .text, prompt: "A paper boat drifts down a rainy street", duration: 5)
    static let fast = PollingPolicy(initialDelay: .milliseconds(5), interval: .milliseconds(5), usesEstimatedTime: false, deadline: .seconds(20))

    /// Simulated jobs wait on a virtual clock: polling and its deadline never depend on how
    /// fast this machine runs the other tests beside them.
    static func virtualTime(_ configuration: inout ClientConfiguration) {
        configuration.clock = TestClock()
    }

    static func scratch(_ name: String) -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("vidukit-\(UUID().uuidString)-\(name).mp4")
    }

    @Test func referenceImagesRunOnApimartViduUniAllAndFal() {
        for provider in [VideoProviderID.apimart, .vidu, .uniall, .fal] {
            #expect(VideoProvider.simulated(provider).check(Self.referenceJob).isEmpty, "\(provider)")
        }
        // apixo and Replicate's Vidu models take no reference images.
        #expect(!VideoProvider.simulated(.apixo).check(Self.referenceJob).isEmpty)
        #expect(!VideoProvider.simulated(.replicate).check(Self.referenceJob).isEmpty)
    }

    /// The same `VideoJob` value, unchanged, submitted, followed and downloaded on each of the
    /// six providers in turn (fal through its result call, Replicate through its prediction).
    @Test func oneJobRunsUnchangedOnAllSixProviders() async throws {
        #expect(VideoProviderID.registered == [.apimart, .apixo, .vidu, .uniall, .fal, .replicate])
        for provider in VideoProviderID.registered {
            let simulation = SimulatedTransport(provider: provider)
            try await run(Self.textJob, on: VideoProvider.simulated(provider, simulation: simulation, pollingPolicy: Self.fast, configure: Self.virtualTime))
            #expect(simulation.tasksCreated == 1, "\(provider)")
        }
    }

    @Test func textRunsOnEveryProvider() {
        // apimart takes text through viduq3-pro/turbo (specs/apimart.json, decision 9).
        #expect(VideoProviderID.registered.filter { VideoProvider.simulated($0).check(Self.textJob).isEmpty } == VideoProviderID.registered)
    }

    /// The reference job on every provider that takes it, and the text job on every provider.
    static let runs: [(VideoProviderID, VideoJob)] =
        VideoProviderID.registered.filter { VideoProvider.simulated($0).check(referenceJob).isEmpty }.map { ($0, referenceJob) }
        + VideoProviderID.registered.map { ($0, textJob) }

    @Test("in-process simulation", arguments: runs)
    func simulated(provider: VideoProviderID, job: VideoJob) async throws {
        let simulation = SimulatedTransport(provider: provider)
        let runner = VideoProvider.simulated(provider, simulation: simulation, pollingPolicy: Self.fast, configure: Self.virtualTime)
        try await run(job, on: runner)
        #expect(simulation.tasksCreated == 1)
        let download = try #require(simulation.requests.last)
        #expect(download.header("Authorization") == nil)
    }

    @Test("loopback HTTP server", arguments: runs)
    func loopback(provider: VideoProviderID, job: VideoJob) async throws {
        let holder = SimulationHolder()
        let server = try LoopbackHTTPServer(maxConnections: 50) { recorded in
            holder.reply(to: recorded)
        }
        defer { server.stop() }
        holder.simulation = SimulatedTransport(provider: provider, resultBaseURL: server.baseURL)
        // A generous request timeout: under a loaded CI machine a 5 s answer deadline was missed once.
        let configuration = ClientConfiguration(
            apiKey: APIKey("loopback-key"), baseURL: server.baseURL, timeout: .seconds(60),
            rateLimiter: RateLimiter(requestsPerMinute: nil, concurrentTasks: nil))
        try await run(job, on: VideoProvider(provider, configuration: configuration, pollingPolicy: Self.fast))
        let download = try #require(server.requests.last)
        #expect(download.path.hasPrefix("/files/"))
        #expect(download.header("Authorization") == nil)
    }

    func run(_ job: VideoJob, on provider: VideoProvider) async throws {
        let seen = StatusLog()
        let task = try await provider.submit(job)
        let result = try await provider.wait(for: task.id) { seen.append($0) }
        let statuses = seen.all
        #expect(statuses.first == .queued)
        #expect(statuses.last?.isFinal == true)
        if provider.taskDescriptor.progress != nil {
            let progress = statuses.compactMap { if case .running(let value) = $0 { return value } else { return nil } }
            #expect(!progress.isEmpty && progress == progress.sorted())
        }
        let destination = Self.scratch(provider.id.rawValue)
        defer { try? FileManager.default.removeItem(at: destination) }
        let file = try await provider.download(result, to: destination)
        let data = try Data(contentsOf: file.location)
        #expect(data == SimulatedTransport.sampleVideo)
        #expect(String(decoding: data[4..<8], as: UTF8.self) == "ftyp")
    }
}

/// The simulation behind a loopback server, set once the server's port is known.
final class SimulationHolder: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: SimulatedTransport?

    var simulation: SimulatedTransport? {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }

    func reply(to recorded: RecordedRequest) -> LoopbackReply {
        guard let simulation, let url = URL(string: "http://127.0.0.1\(recorded.target)") else { return .json(503, "{}") }
        let response = simulation.respond(to: HTTPRequest(
            method: recorded.method, url: url, headers: recorded.headers, body: recorded.body.isEmpty ? nil : recorded.body))
        return .respond(status: response.status, headers: response.headers, body: response.body)
    }
}

/// Statuses seen by a progress callback.
final class StatusLog: @unchecked Sendable {
    private let lock = NSLock()
    private var statuses: [JobStatus] = []

    func append(_ status: JobStatus) {
        lock.lock(); statuses.append(status); lock.unlock()
    }

    var all: [JobStatus] {
        lock.lock(); defer { lock.unlock() }; return statuses
    }
}
