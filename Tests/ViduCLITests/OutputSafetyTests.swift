import Foundation
import Testing
import ViduTestSupport

/// `--output`: a directory means "inside it, as <task id>.mp4"; a missing or unwritable
/// directory is refused before the create call; nothing the user owns is replaced except
/// the file `--output` names.
@Suite(.serialized) struct OutputSafetyTests {
    static let generate = ["generate", "--simulate", "--provider", "uniall", "--prompt", "a paper boat", "--poll-interval", "0.05", "--first-poll-after", "0.05"]

    @Test func aDirectoryOutputSavesInsideItUnderTheDefaultName() async throws {
        let directory = try ViduBinary.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let folder = directory.appendingPathComponent("videos")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("notes.txt"))
        let run = try await ViduBinary.run(Self.generate + ["--output", folder.path], in: directory)
        #expect(run.status == 0, "\(run.error)")
        #expect(run.output == "task_xxxxx\n\(folder.path)/task_xxxxx.mp4\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["notes.txt", "task_xxxxx.mp4"])
        #expect(try Data(contentsOf: folder.appendingPathComponent("notes.txt")) == Data("mine".utf8))

        // Again: the default name is taken now, so the earlier video is left alone.
        let again = try await ViduBinary.run(Self.generate + ["--output", folder.path], in: directory)
        #expect(again.status == 1)
        #expect(again.error.contains("vidu: \(folder.path)/task_xxxxx.mp4 already exists; name it exactly to replace it\n"), "\(again.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["notes.txt", "task_xxxxx.mp4"])
        #expect(try Data(contentsOf: folder.appendingPathComponent("task_xxxxx.mp4")).count == 1978)
    }

    @Test func aMissingDirectoryIsRefusedBeforeTheCreateCall() async throws {
        let server = try SimulatedProviderServer(.named("apixo"))
        defer { server.server.stop() }
        let directory = try ViduBinary.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("missing/out.mp4").path
        let run = try await ViduBinary.run(server.generate(["--output", missing]), environment: server.environment, in: directory)
        #expect(run.status == 1)
        #expect(run.output.isEmpty)
        #expect(run.error == "vidu: the directory \(directory.path)/missing does not exist\n")
        #expect(server.simulator.createRequests == 0)
        let wait = try await ViduBinary.run(["wait", "--simulate", "--provider", "apixo", "t1", "--output", missing], in: directory)
        #expect(wait.status == 1)
        #expect(wait.error == "vidu: the directory \(directory.path)/missing does not exist\n")
    }
}

/// The simulation of one provider behind the loopback server, with result files served by
/// the server itself, for `vidu` subprocesses (`--base-url`).
struct SimulatedProviderServer {
    let server: LoopbackHTTPServer
    let simulator: FaultInjectingSimulator
    let fixture: ProviderFixture

    init(_ fixture: ProviderFixture) throws {
        let holder = SimulatorHolder()
        server = try LoopbackHTTPServer() { holder.simulator?.handle($0) ?? .dropConnection }
        simulator = FaultInjectingSimulator(fixture: fixture, resultBaseURL: server.baseURL)
        holder.simulator = simulator
        self.fixture = fixture
    }

    /// A key for the provider (never printed).
    var environment: [String: String] {
        ViduBinary.environment([fixture.id.keyEnvironmentVariable: "sk-cli-test"])
    }

    /// `vidu generate` against the server, polling fast, plus `extra`.
    func generate(_ extra: [String]) -> [String] {
        ["generate", "--provider", fixture.id.rawValue, "--base-url", server.baseURL.absoluteString, "--prompt", "a paper boat",
         "--poll-interval", "0.05", "--first-poll-after", "0.05"] + extra
    }

    private final class SimulatorHolder: @unchecked Sendable {
        private let lock = NSLock()
        private var stored: FaultInjectingSimulator?
        var simulator: FaultInjectingSimulator? {
            get { lock.lock(); defer { lock.unlock() }; return stored }
            set { lock.lock(); stored = newValue; lock.unlock() }
        }
    }
}
