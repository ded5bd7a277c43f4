import Foundation
import Testing
import ViduRuntime
import ViduTestSupport

@Suite(.serialized) struct ResultDownloaderTests {
    static func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vidu-download-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func streamsToAFileWithProgressAndNoKey() async throws {
        // A result bigger than the simulation's sample video, so that it streams in chunks.
        let video = HostileBodies.mp4(size: 24) + Data((24..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
        let simulator = FaultInjectingSimulator(fixture: .named("apixo"))
        simulator.inject([.rejected(.respond(status: 200, headers: [("Content-Type", "video/mp4")], body: video))], on: .download)
        let server = try LoopbackHTTPServer() { simulator.handle($0) }
        defer { server.stop() }
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let destination = directory.appendingPathComponent("video.mp4")
        try Data("old".utf8).write(to: destination)
        let reports = ProgressRecorder()
        let file = try await ResultDownloader().download(from: server.baseURL.appendingPathComponent("files/result.mp4"), to: destination) { reports.append($0) }
        #expect(file.byteCount == 300_000)
        #expect(file.contentType == "video/mp4")
        #expect(try Data(contentsOf: destination) == video)
        #expect(reports.last?.bytesReceived == 300_000)
        #expect(reports.last?.bytesExpected == 300_000)
        #expect(reports.last?.fractionCompleted == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["video.mp4"])
        let request = try #require(server.requests.first)
        #expect(request.header("Authorization") == nil)
        #expect(!request.headers.contains { $0.value.contains("LEAKCANARY") })
    }

    @Test func expiredPresignedURL() async throws {
        let simulator = FaultInjectingSimulator(fixture: .named("vidu"))
        simulator.inject([.expiredDownloadURL], on: .download)
        let server = try LoopbackHTTPServer() { request in
            if request.path == "/files/gone.mp4" { return .respond(status: 410, headers: [], body: Data()) }
            if request.path == "/files/s3-400.mp4" {
                return .respond(status: 400, headers: [], body: Data("<Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>".utf8))
            }
            return simulator.handle(request)
        }
        defer { server.stop() }
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        for (path, status) in [("files/expired.mp4", 403), ("files/gone.mp4", 410), ("files/s3-400.mp4", 400)] {
            let url = server.baseURL.appendingPathComponent(path)
            let result = await outcome { () async throws(ViduError) -> DownloadedFile in
                try await ResultDownloader().download(from: url, to: directory.appendingPathComponent("out.mp4"))
            }
            guard case .downloadURLExpired(let seen, _)? = result.failure else { Issue.record("expected .downloadURLExpired, got \(result)"); continue }
            #expect(seen == status)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func truncatedDownloadLeavesNothingBehind() async throws {
        let server = try LoopbackHTTPServer() { _ in
            .truncated(status: 200, headers: [("Content-Type", "video/mp4")], declaredLength: 100_000, body: HostileBodies.mp4(size: 1_000))
        }
        defer { server.stop() }
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = await outcome { () async throws(ViduError) -> DownloadedFile in
            try await ResultDownloader().download(from: server.baseURL.appendingPathComponent("files/x.mp4"), to: directory.appendingPathComponent("x.mp4"))
        }
        guard case .transport? = result.failure else { Issue.record("expected .transport, got \(result)"); return }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    @Test func refusesPlainHTTPToOtherHosts() async {
        let result = await outcome { () async throws(ViduError) -> DownloadedFile in
            try await ResultDownloader().download(from: URL(string: "http://cdn.example.com/a.mp4")!, to: URL(fileURLWithPath: "/tmp/never.mp4"))
        }
        guard case .insecureURL? = result.failure else { Issue.record("expected .insecureURL, got \(result)"); return }
    }
}

/// Collects download progress reports.
final class ProgressRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [DownloadProgress] = []
    func append(_ report: DownloadProgress) {
        lock.lock()
        list.append(report)
        lock.unlock()
    }
    var last: DownloadProgress? {
        lock.lock()
        defer { lock.unlock() }
        return list.last
    }
}
