import Foundation
import Testing
import ViduClients
import ViduKit
import ViduRuntime
import ViduTestSupport

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

    /// README "Quick start: a provider's own generated client", end to end against the
    /// simulation behind the loopback server. The lines between the README markers are the
    /// README's code block, character for character (`readmeShowsTheTestedCode` checks it).
    @Test func generatedClientQuickStart() async throws {
        let simulator = try SimulatedApixo()
        defer { simulator.server.stop() }
        let configuration = ClientConfiguration(apiKey: APIKey("sk-readme"), baseURL: simulator.server.baseURL)
        let polling: PollingPolicy? = PollingPolicy(initialDelay: .milliseconds(10), interval: .milliseconds(10))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("readme-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }

        // README-BEGIN generated-client
        let client = Apixo.Client(configuration: configuration)
        let request = Apixo.ApixoGenerateTaskRequest(
            input: .init(mode: .textToVideo, prompt: "a paper boat in the rain", resolution: .p720, duration: 5))
        print(request.validate())  // [] — or every violation at once: JSON pointer, keyword, message

        let created = try await client.generateTask(request)  // validates first: a bad request costs no call
        guard let taskID = created.taskID else { fatalError("no task id in \(created.response)") }
        let outcome = try await client.wait(for: taskID, following: created.task, policy: polling) { print($0.state, $0.progress ?? 0) }
        let file = try await ResultDownloader().download(from: outcome.resultURLs[0], to: folder, defaultName: "\(taskID).mp4")
        print(file.location.path)
        // README-END

        #expect(request.validate().isEmpty)
        #expect(file.location == folder.appendingPathComponent("\(taskID).mp4"))
        #expect(try Data(contentsOf: file.location) == SimulatedTransport.sampleVideo)
        #expect(simulator.simulator.createRequests == 1)
    }

    /// The README's generated-client code block is the code between the markers above.
    @Test func readmeShowsTheTestedCode() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let source = try String(contentsOf: URL(fileURLWithPath: #filePath), encoding: .utf8)
        let tested = try #require(ReadmeBlock.between("        // README-BEGIN generated-client\n", "        // README-END", in: source))
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("        ") ? String($0.dropFirst(8)) : String($0) }
            .joined(separator: "\n")
        let shown = try #require(ReadmeBlock.between("<!-- generated-client quick start: Tests/ViduKitTests/ReadmeQuickStartTests.swift -->\n```swift\n", "```", in: readme))
        #expect(shown.hasSuffix(tested), "README.md's generated-client block differs from the tested code:\n\(tested)")
    }
}

/// The text between two markers.
enum ReadmeBlock {
    static func between(_ start: String, _ end: String, in text: String) -> String? {
        guard let from = text.range(of: start), let to = text.range(of: end, range: from.upperBound..<text.endIndex) else { return nil }
        return String(text[from.upperBound..<to.lowerBound])
    }
}

/// apixo's simulation behind the loopback server, result files served by the server.
struct SimulatedApixo {
    let server: LoopbackHTTPServer
    let simulator: FaultInjectingSimulator

    init() throws {
        let holder = LockedSimulator()
        server = try LoopbackHTTPServer() { holder.get()?.handle($0) ?? .dropConnection }
        simulator = FaultInjectingSimulator(fixture: .named("apixo"), resultBaseURL: server.baseURL)
        holder.set(simulator)
    }

    private final class LockedSimulator: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: FaultInjectingSimulator?
        func get() -> FaultInjectingSimulator? { lock.lock(); defer { lock.unlock() }; return stored }
        func set(_ value: FaultInjectingSimulator) { lock.lock(); stored = value; lock.unlock() }
    }
}
