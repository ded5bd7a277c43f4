import Foundation
import Testing
import ViduTestSupport

/// SIGINT and SIGTERM during a download: `vidu` removes its partial file (or keeps it when
/// the server takes ranges), prints the task id and the `vidu wait` command that resumes
/// it, and exits 130 or 143. The printed command then finishes the download.
@Suite(.serialized) struct InterruptTests {
    /// An MP4 `ftyp` box, then a pattern: `vidu` refuses results that are not videos.
    static let video = HostileBodies.mp4(size: 24) + Data((24..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 29 &+ 3) })

    /// Starts `vidu generate` against a server whose download hangs half way, and waits
    /// until the partial file holds bytes.
    static func startHangingDownload(ranges: Bool, in directory: URL) async throws -> (SimulatedProviderServer, ChildProcess) {
        let provider = try SimulatedProviderServer(.named("apixo"))
        provider.simulator.serveFiles(video, ranges: ranges)
        var headers: [(name: String, value: String)] = [("Content-Type", "video/mp4"), ("ETag", "\"v1\"")]
        if ranges { headers.append(("Accept-Ranges", "bytes")) }
        let half = Data(video.prefix(video.count / 2))
        provider.simulator.inject([.rejected(.stalled(status: 200, headers: headers, declaredLength: video.count, body: half, seconds: 100))], on: .download)
        let child = try ChildProcess(ViduBinary.url, provider.generate(["--output", "boat.mp4"]), environment: provider.environment, in: directory)
        let partial = directory.appendingPathComponent(".boat.mp4.partial").path
        let started = await ChildProcess.eventually {
            ((try? FileManager.default.attributesOfItem(atPath: partial))?[.size] as? NSNumber)?.intValue == half.count
        }
        #expect(started, "the download never started: \(child.errorSoFar)")
        return (provider, child)
    }

    @Test func sigintDuringADownloadRemovesThePartialFileAndPrintsTheResumeCommand() async throws {
        let directory = try ViduBinary.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (provider, child) = try await Self.startHangingDownload(ranges: false, in: directory)
        defer { provider.server.stop() }
        child.send(SIGINT)
        let result = try await child.result()
        #expect(result.status == 130 && !result.signalled)
        #expect(result.output == "task_12345678\n")
        let target = directory.appendingPathComponent("boat.mp4").standardizedFileURL.path
        let lines = result.error.split(separator: "\n").filter { $0.hasPrefix("vidu:") }
        #expect(lines == [
            "vidu: interrupted by SIGINT; task task_12345678 goes on at apixo",
            "vidu: resume with: vidu wait --provider apixo --base-url \(provider.server.baseURL.absoluteString) --poll-interval 0.05 --first-poll-after 0.05 task_12345678 --output \(target)",
        ], "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        #expect(provider.simulator.createRequests == 1)
    }

    @Test func sigtermKeepsAResumablePartialFileAndThePrintedCommandFinishesIt() async throws {
        let directory = try ViduBinary.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (provider, child) = try await Self.startHangingDownload(ranges: true, in: directory)
        defer { provider.server.stop() }
        child.send(SIGTERM)
        let result = try await child.result()
        #expect(result.status == 143 && !result.signalled)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == [".boat.mp4.partial", ".boat.mp4.partial.resume"])
        let resume = try #require(result.error.split(separator: "\n").first { $0.hasPrefix("vidu: resume with: vidu ") })
        let arguments = resume.dropFirst("vidu: resume with: vidu ".count).split(separator: " ").map(String.init)
        #expect(arguments.first == "wait")

        let resumed = try await ViduBinary.run(arguments, environment: provider.environment, in: directory)
        #expect(resumed.status == 0, "\(resumed.error)")
        #expect(try Data(contentsOf: directory.appendingPathComponent("boat.mp4")) == Self.video)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["boat.mp4"])
        #expect(provider.server.requests.last?.header("Range") == "bytes=\(Self.video.count / 2)-")
        #expect(provider.simulator.createRequests == 1)
    }
}
