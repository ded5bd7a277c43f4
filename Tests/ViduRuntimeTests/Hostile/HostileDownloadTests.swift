import Foundation
import Testing
import ViduRuntime
import ViduTestSupport

/// Issue 13, downloads: redirects, bodies that are not videos, content encodings and
/// progress closures, against the loopback server.
@Suite(.serialized) struct HostileDownloadTests {
    static func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vidu-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    // Row 7: a redirect to plain http on another host is refused like that URL itself.
    @Test func aRedirectToPlainHTTPElsewhereIsRefused() async throws {
        let server = try LoopbackHTTPServer() { request in
            if request.path == "/files/local.mp4" { return .respond(status: 200, headers: [("Content-Type", "video/mp4")], body: HostileBodies.mp4(size: 4_096)) }
            let target = request.path == "/files/hop.mp4" ? "/files/local.mp4" : "http://cdn.example.com/stolen.mp4"
            return .raw(HostileBodies.response(status: 302, headers: [("Location", target)], body: Data()))
        }
        defer { server.stop() }
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = await outcome { () async throws(ViduError) -> DownloadedFile in
            try await ResultDownloader().download(from: server.baseURL.appendingPathComponent("files/away.mp4"), to: directory.appendingPathComponent("a.mp4"))
        }
        guard case .insecureURL(let message)? = result.failure else { Issue.record("expected .insecureURL, got \(result)"); return }
        #expect(message.contains("cdn.example.com"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
        // A redirect the rule allows (loopback to loopback) is still followed.
        let file = try await ResultDownloader().download(from: server.baseURL.appendingPathComponent("files/hop.mp4"), to: directory.appendingPathComponent("b.mp4"))
        #expect(file.byteCount == 4_096)
    }

    // Row 9: an HTML page answered with 200 is not saved as a video.
    @Test func anHTMLPageIsNotAVideo() async throws {
        let page = "<!doctype html><html><body>Please log in</body></html>"
        let server = try LoopbackHTTPServer() { request in
            switch request.path {
            case "/files/html.mp4": return .html(200, page)
            case "/files/untyped.mp4": return .respond(status: 200, headers: [], body: Data(page.utf8))
            default: return .respond(status: 200, headers: [("Content-Type", "video/mp4")], body: Data())
            }
        }
        defer { server.stop() }
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        for path in ["files/html.mp4", "files/untyped.mp4", "files/empty.mp4"] {
            let result = await outcome { () async throws(ViduError) -> DownloadedFile in
                try await ResultDownloader().download(from: server.baseURL.appendingPathComponent(path), to: directory.appendingPathComponent("task-1.mp4"))
            }
            guard case .notAVideo? = result.failure else { Issue.record("\(path): expected .notAVideo, got \(result)"); continue }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }

    // Row 10: a result sent with Content-Encoding: gzip is saved decoded.
    @Test func aGzipEncodedResultIsSavedDecoded() async throws {
        let video = HostileBodies.mp4(size: 24) + Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7) })
        let encoded = HostileBodies.gzip(video)
        let server = try LoopbackHTTPServer() { _ in
            .raw(HostileBodies.response(status: 200, headers: [("Content-Type", "video/mp4"), ("Content-Encoding", "gzip")], body: encoded))
        }
        defer { server.stop() }
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let destination = directory.appendingPathComponent("v.mp4")
        let file = try await ResultDownloader().download(from: server.baseURL.appendingPathComponent("files/v.mp4"), to: destination)
        #expect(file.byteCount == Int64(video.count))
        #expect(try Data(contentsOf: destination) == video)
    }

    // Row 5: the progress closure is called a bounded number of times, however many chunks.
    @Test func progressIsThrottled() async throws {
        let size = 6 * 1_048_576
        let video = HostileBodies.mp4(size: size)
        let server = try LoopbackHTTPServer() { _ in .respond(status: 200, headers: [("Content-Type", "video/mp4")], body: video) }
        defer { server.stop() }
        let directory = try Self.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let reports = ReportCounter()
        let file = try await ResultDownloader().download(from: server.baseURL.appendingPathComponent("files/big.mp4"), to: directory.appendingPathComponent("big.mp4")) { reports.append($0) }
        #expect(file.byteCount == Int64(size))
        #expect(reports.count <= 8, "\(reports.count) reports for 6 MiB")
        #expect(reports.last?.bytesReceived == Int64(size))
    }
}

/// Counts progress reports and keeps the last.
final class ReportCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [DownloadProgress] = []
    func append(_ report: DownloadProgress) { lock.withLock { reports.append(report) } }
    var count: Int { lock.withLock { reports.count } }
    var last: DownloadProgress? { lock.withLock { reports.last } }
}
