import Foundation
import Testing
@_spi(Generated) import ViduRuntime
import ViduTestSupport

/// A file answer streamed to disk (`RequestExecutor.performDownload`): past the in-memory
/// limit, with progress, through a redirect that must not carry the key, and never leaving a
/// partial file at the destination.
@Suite struct StreamedAnswerTests {
    static let operation = OperationDescriptor(operationID: "downloadFile", method: "GET", pathTemplate: "/v1/files/content", createsTask: false)
    static let schemas = try! SchemaTable(decoding: #"[{"location":"/","types":["object"]}]"#)

    /// Three MiB and a bit, every byte position distinct enough to catch a reordered chunk.
    static let payload = Data((0..<(3 * 1_048_576 + 17)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ ($0 >> 12)) })

    private func executor(baseURL: URL, transport: any HTTPTransport = URLSessionTransport(), maxResponseBytes: Int) -> RequestExecutor {
        RequestExecutor(provider: ProviderFixture.named("apimart").provider, configuration: ClientConfiguration(
            apiKey: canaryKey, baseURL: baseURL, transport: transport, retryPolicy: testRetryPolicy(), timeout: .seconds(30),
            clock: SystemClock(), maxResponseBytes: maxResponseBytes))
    }

    private func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("vidu-stream-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    private func contents(of directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }

    @Test func aFileLargerThanTheInMemoryLimitIsWrittenWholeWithProgress() async throws {
        let server = try LoopbackHTTPServer { _ in
            .respond(status: 200, headers: [("Content-Type", "application/octet-stream")], body: Self.payload)
        }
        defer { server.stop() }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let reports = LockedState<[DownloadProgress]>([])
        let client = executor(baseURL: server.baseURL, maxResponseBytes: 65_536)
        let file = try await client.performDownload(
            Self.operation, schemas: Self.schemas, accepting: "application/octet-stream",
            to: directory.appendingPathComponent("out.bin"), progress: { report in reports.withLock { $0.append(report) } })
        #expect(file.location.lastPathComponent == "out.bin")
        #expect(file.byteCount == Int64(Self.payload.count))
        #expect(file.contentType == "application/octet-stream")
        #expect(try Data(contentsOf: file.location) == Self.payload)
        #expect(contents(of: directory) == ["out.bin"], "no partial file is left beside it")
        let seen = reports.withLock { $0 }
        #expect(seen.last?.bytesReceived == Int64(Self.payload.count))
        #expect(seen.map(\.bytesReceived) == seen.map(\.bytesReceived).sorted())
        let request = try #require(server.requests.first)
        #expect(request.headers.contains { $0.name.lowercased() == "accept" && $0.value == "application/octet-stream" })
        #expect(request.headers.contains { $0.name.lowercased() == "authorization" }, "the API call carries the key")

        // The in-memory form of the same answer is refused by that limit.
        let refused = await outcome { () async throws(ViduError) -> BinaryResponse in
            try await client.performBinary(Self.operation, schemas: Self.schemas, accepting: "application/octet-stream")
        }
        guard case .responseTooLarge? = refused.failure else { Issue.record("expected .responseTooLarge, got \(refused)"); return }
    }

    @Test func aDirectoryDestinationIsNamedAfterTheOperation() async throws {
        let server = try LoopbackHTTPServer { _ in .respond(status: 200, headers: [], body: Data("bytes".utf8)) }
        defer { server.stop() }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try await executor(baseURL: server.baseURL, maxResponseBytes: 1_024).performDownload(
            Self.operation, schemas: Self.schemas, accepting: "*/*", to: directory)
        #expect(file.location == directory.appendingPathComponent("downloadFile").standardizedFileURL)
        #expect(try Data(contentsOf: file.location) == Data("bytes".utf8))
    }

    @Test func aRedirectIsFollowedWithoutTheKey() async throws {
        let target = try LoopbackHTTPServer { _ in .respond(status: 200, headers: [], body: Self.payload.prefix(4_096)) }
        defer { target.stop() }
        let origin = try LoopbackHTTPServer { _ in
            .respond(status: 302, headers: [("Location", target.baseURL.absoluteString + "/signed/file")], body: Data())
        }
        defer { origin.stop() }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try await executor(baseURL: origin.baseURL, maxResponseBytes: 1_024).performDownload(
            Self.operation, schemas: Self.schemas, accepting: "*/*", to: directory.appendingPathComponent("f"))
        #expect(try Data(contentsOf: file.location) == Self.payload.prefix(4_096))
        let redirected = try #require(target.requests.first)
        #expect(redirected.target == "/signed/file")
        for header in redirected.headers {
            #expect(header.name.lowercased() != "authorization", "the key was carried to the redirect's host")
            #expect(!header.value.contains("LEAKCANARY"), "\(header.name) carries the key")
        }
    }

    @Test func aFailedAnswerIsAnHTTPErrorAndLeavesNothing() async throws {
        let server = try LoopbackHTTPServer { _ in .json(404, #"{"error":{"message":"No such file","code":"not_found"}}"#) }
        defer { server.stop() }
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = await outcome { () async throws(ViduError) -> DownloadedFile in
            try await executor(baseURL: server.baseURL, maxResponseBytes: 1_024).performDownload(
                Self.operation, schemas: Self.schemas, accepting: "*/*", to: directory.appendingPathComponent("f"))
        }
        guard case .http(let failure)? = result.failure else { Issue.record("expected .http, got \(result)"); return }
        #expect(failure.status == 404)
        #expect(failure.rawBody.contains("No such file"))
        #expect(contents(of: directory).isEmpty)
    }

    @Test func anUnusableDestinationFailsBeforeSending() async throws {
        let server = try LoopbackHTTPServer { _ in .respond(status: 200, headers: [], body: Data("x".utf8)) }
        defer { server.stop() }
        let result = await outcome { () async throws(ViduError) -> DownloadedFile in
            try await executor(baseURL: server.baseURL, maxResponseBytes: 1_024).performDownload(
                Self.operation, schemas: Self.schemas, accepting: "*/*", to: URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/f"))
        }
        guard case .fileSystem? = result.failure else { Issue.record("expected .fileSystem, got \(result)"); return }
        #expect(server.requests.isEmpty)
    }

    @Test func anInProcessTransportWritesTheWholeBody() async throws {
        let transport = ScriptedTransport([.response(HTTPResponse(status: 200, headers: [("Content-Type", "video/mp4")], body: Data([1, 2, 3])))])
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try await executor(baseURL: URL(string: "https://api.example.com")!, transport: transport, maxResponseBytes: 1_024)
            .performDownload(Self.operation, schemas: Self.schemas, accepting: "video/mp4", to: directory.appendingPathComponent("v.mp4"))
        #expect(file.byteCount == 3 && file.contentType == "video/mp4")
        #expect(try Data(contentsOf: file.location) == Data([1, 2, 3]))
        #expect(contents(of: directory) == ["v.mp4"])
    }
}
