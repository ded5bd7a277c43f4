import Foundation
import Testing
import ViduRuntime
import ViduTestSupport

/// The download API never deletes or replaces what the user owns, except the file named
/// exactly; it checks the destination before fetching; it resumes with `Range`.
@Suite(.serialized) struct DownloadSafetyTests {
    /// An MP4 `ftyp` box, then a pattern: the downloader refuses bodies that are not videos.
    static let video = HostileBodies.mp4(size: 24) + Data((24..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ 5) })

    static func serve(ranges: Bool) throws -> (LoopbackHTTPServer, FaultInjectingSimulator) {
        let simulator = FaultInjectingSimulator(fixture: .named("apixo"))
        simulator.serveFiles(video, ranges: ranges)
        let server = try LoopbackHTTPServer() { simulator.handle($0) }
        return (server, simulator)
    }

    static func fileURL(_ server: LoopbackHTTPServer) -> URL {
        server.baseURL.appendingPathComponent("files/task_1.mp4")
    }

    @Test func aDirectoryMeansInsideItUnderTheDefaultName() async throws {
        let (server, _) = try Self.serve(ranges: false)
        defer { server.stop() }
        let directory = try ResultDownloaderTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("mine".utf8).write(to: directory.appendingPathComponent("keep.txt"))
        let file = try await ResultDownloader().download(from: Self.fileURL(server), to: directory, defaultName: "task_1.mp4")
        #expect(file.location.lastPathComponent == "task_1.mp4")
        #expect(try Data(contentsOf: directory.appendingPathComponent("task_1.mp4")) == Self.video)
        #expect(try Data(contentsOf: directory.appendingPathComponent("keep.txt")) == Data("mine".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["keep.txt", "task_1.mp4"])
        // Without a default name, the URL's last component.
        let again = try await ResultDownloader().download(from: server.baseURL.appendingPathComponent("files/other.mp4"), to: directory)
        #expect(again.location.lastPathComponent == "other.mp4")
    }

    @Test func anExistingFileUnderTheDefaultNameIsLeftAloneAndNothingIsFetched() async throws {
        let (server, simulator) = try Self.serve(ranges: false)
        defer { server.stop() }
        let directory = try ResultDownloaderTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data("earlier video".utf8).write(to: directory.appendingPathComponent("task_1.mp4"))
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("folder.mp4"), withIntermediateDirectories: false)
        for (destination, name, expected) in [(directory, "task_1.mp4", "already exists"), (directory, "folder.mp4", "is a directory")] {
            let result = await outcome { () async throws(ViduError) -> DownloadedFile in
                try await ResultDownloader().download(from: Self.fileURL(server), to: destination, defaultName: name)
            }
            guard case .fileSystem(let reason)? = result.failure else { Issue.record("expected .fileSystem, got \(result)"); continue }
            #expect(reason.contains(expected), "\(reason)")
        }
        #expect(try Data(contentsOf: directory.appendingPathComponent("task_1.mp4")) == Data("earlier video".utf8))
        #expect(simulator.downloadRequests == 0)
    }

    @Test func aMissingOrUnwritableDirectoryFailsBeforeAnyRequest() async throws {
        let (server, simulator) = try Self.serve(ranges: false)
        defer { server.stop() }
        let directory = try ResultDownloaderTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = directory.appendingPathComponent("no/such/dir/out.mp4")
        let result = await outcome { () async throws(ViduError) -> DownloadedFile in
            try await ResultDownloader().download(from: Self.fileURL(server), to: missing)
        }
        guard case .fileSystem(let reason)? = result.failure else { Issue.record("expected .fileSystem, got \(result)"); return }
        #expect(reason == "the directory \(directory.path)/no/such/dir does not exist")
        #expect(throws: ViduError.self) { try DownloadDestination.precheck(missing) }
        let file = directory.appendingPathComponent("plain")
        try Data().write(to: file)
        #expect(throws: ViduError.self) { try DownloadDestination.precheck(file.appendingPathComponent("x.mp4")) }
        #expect(simulator.downloadRequests == 0)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("no").path))
    }

    @Test func theFileNamedExactlyIsReplaced() async throws {
        let (server, _) = try Self.serve(ranges: false)
        defer { server.stop() }
        let directory = try ResultDownloaderTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let named = directory.appendingPathComponent("mine.mp4")
        try Data("old".utf8).write(to: named)
        _ = try await ResultDownloader().download(from: Self.fileURL(server), to: named, defaultName: "ignored.mp4")
        #expect(try Data(contentsOf: named) == Self.video)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["mine.mp4"])
    }

    /// Starts a download that hangs half way, cancels it once the partial file holds bytes,
    /// and answers what the directory then holds.
    static func interruptedDownload(ranges: Bool, to destination: URL) async throws -> (LoopbackHTTPServer, FaultInjectingSimulator, [String]) {
        let (server, simulator) = try serve(ranges: ranges)
        let half = video.prefix(video.count / 2)
        var headers: [(name: String, value: String)] = [("Content-Type", "video/mp4"), ("ETag", "\"v1\"")]
        if ranges { headers.append(("Accept-Ranges", "bytes")) }
        simulator.inject([.rejected(.stalled(status: 200, headers: headers, declaredLength: video.count, body: Data(half), seconds: 50))], on: .download)
        let url = fileURL(server)
        let task = Task { () async -> Result<DownloadedFile, ViduError> in
            await outcome { () async throws(ViduError) -> DownloadedFile in
                try await ResultDownloader().download(from: url, to: destination)
            }
        }
        // Suspends (never blocks) until the first half is on disk; bounded so a bug fails, not
        // hangs. The partial file is watched, not progress, which is reported once per MiB.
        let partial = destination.deletingLastPathComponent().appendingPathComponent(".\(destination.lastPathComponent).partial").path
        func onDisk() -> Int { ((try? FileManager.default.attributesOfItem(atPath: partial))?[.size] as? NSNumber)?.intValue ?? 0 }
        for _ in 0..<6_000 where onDisk() < half.count { try await Task.sleep(for: .milliseconds(10)) }
        #expect(onDisk() == half.count)
        task.cancel()
        let result = await task.value
        guard case .cancelled? = result.failure else {
            Issue.record("expected .cancelled, got \(result)")
            return (server, simulator, [])
        }
        return (server, simulator, try FileManager.default.contentsOfDirectory(atPath: destination.deletingLastPathComponent().path).sorted())
    }

    @Test func anInterruptedDownloadResumesWithRangeWhenTheServerTakesRanges() async throws {
        let directory = try ResultDownloaderTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let destination = directory.appendingPathComponent("video.mp4")
        let (server, simulator, left) = try await Self.interruptedDownload(ranges: true, to: destination)
        defer { server.stop() }
        #expect(left == [".video.mp4.partial", ".video.mp4.partial.resume"])
        let partialSize = try #require(try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(".video.mp4.partial").path)[.size] as? NSNumber)
        #expect(partialSize.intValue == Self.video.count / 2)

        // The next download of the same file (a fresh presigned query) asks for the rest.
        let reports = ProgressRecorder()
        let file = try await ResultDownloader().download(from: URL(string: Self.fileURL(server).absoluteString + "?sig=new")!, to: destination) { reports.append($0) }
        #expect(file.byteCount == Int64(Self.video.count))
        #expect(try Data(contentsOf: destination) == Self.video)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["video.mp4"])
        let resumed = try #require(server.requests.last)
        #expect(resumed.header("Range") == "bytes=\(Self.video.count / 2)-")
        #expect(resumed.header("If-Range") == "\"v1\"")
        #expect(reports.last?.bytesReceived == Int64(Self.video.count))
        #expect(reports.last?.bytesExpected == Int64(Self.video.count))
        #expect(simulator.downloadRequests == 2)
    }

    @Test func anInterruptedDownloadLeavesNothingWhenTheServerTakesNoRanges() async throws {
        let directory = try ResultDownloaderTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let (server, _, left) = try await Self.interruptedDownload(ranges: false, to: directory.appendingPathComponent("video.mp4"))
        defer { server.stop() }
        #expect(left.isEmpty)
    }

    @Test func aPartialFileOfAnotherAddressIsNotResumed() async throws {
        let directory = try ResultDownloaderTests.scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let destination = directory.appendingPathComponent("video.mp4")
        let (server, _, _) = try await Self.interruptedDownload(ranges: true, to: destination)
        defer { server.stop() }
        _ = try await ResultDownloader().download(from: server.baseURL.appendingPathComponent("files/another.mp4"), to: destination)
        #expect(try Data(contentsOf: destination) == Self.video)
        #expect(server.requests.last?.header("Range") == nil)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["video.mp4"])
    }
}

/// A value set from a callback and read by the test.
final class LockedBox<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.lock(); defer { lock.unlock() }; return stored }
    func set(_ value: Value) { lock.lock(); stored = value; lock.unlock() }
}
