import Foundation
import Testing
import ViduClients
import ViduRuntime
import ViduTestSupport

/// `RecordingTransport` against the loopback server: one redacted line per message, no
/// header, no key, no signed URL secret, numbers digit for digit.
@Suite struct RecordingTransportTests {
    static func scratchFile() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("vidu-recording-\(UUID().uuidString).jsonl")
    }

    @Test func anExchangeIsRecordedWithoutSecrets() async throws {
        let answer = #"{"code": 200, "data": {"id": "task_1", "status": "completed", "progress": 100, "created": 851234567890123456, "#
            + #""result": {"videos": [{"url": "https://cdn.example.com/v.mp4?Expires=99&Signature=s3cr3t&sig=zz&token=tt&ok=1", "expires_at": 1}]}, "note": "\#(canarySecret)"}}"#
        let server = try LoopbackHTTPServer() { _ in .json(200, answer) }
        defer { server.stop() }
        let url = Self.scratchFile()
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try RecordingFile(url: url)
        let client = Apimart.Client(configuration: ClientConfiguration(
            apiKey: canaryKey, baseURL: server.baseURL, transport: RecordingTransport(wrapping: URLSessionTransport(), to: file),
            retryPolicy: testRetryPolicy(), timeout: .seconds(5), clock: TestClock()))
        _ = try await client.getTask(taskID: "task_1")
        _ = try await client.getTask(taskID: "task_1")

        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(!text.contains(canarySecret))
        #expect(!text.lowercased().contains("authorization"))
        #expect(!text.contains("s3cr3t") && !text.contains("sig=zz") && !text.contains("token=tt"))
        #expect(text.contains("ok=1") && text.contains("851234567890123456"))
        let lines = text.split(separator: "\n").map { Data($0.utf8) }
        #expect(lines.count == 4)
        let messages = try lines.map { line throws(RecordedMessage.FormatError) in try RecordedMessage(line: line) }
        #expect(messages.map(\.direction) == [.request, .response, .request, .response])
        #expect(messages.map(\.exchange) == [1, 1, 2, 2])
        #expect(messages.allSatisfy { $0.provider == "apimart" && $0.operationID == "getTask" })
        #expect(messages[0].method == "GET" && messages[0].url?.hasSuffix("/v1/tasks/task_1") == true)
        #expect(messages[1].status == 200)
        let body = try #require(messages[1].bodyData)
        let entry = try #require(Apimart.schemaEntries.responseEntry(operationID: "getTask", status: 200))
        #expect(entry.validate(try JSONText.parse(body)).isEmpty)
        #expect(try RecordedMessage(line: Data(messages[1].jsonLine.utf8)) == messages[1])
    }

    @Test func signedURLRedactionKeepsTheURLShape() {
        let text = "https://h/x.mp4?X-Amz-Algorithm=A&X-Amz-Signature=abc&Policy=p&Key-Pair-Id=k&width=2"
        let redacted = SignedURLRedaction.redact(text)
        #expect(redacted == "https://h/x.mp4?X-Amz-Algorithm=REDACTED&X-Amz-Signature=REDACTED&Policy=REDACTED&Key-Pair-Id=REDACTED&width=2")
        #expect(SignedURLRedaction.redact("no url here = fine") == "no url here = fine")
        #expect(SignedURLRedaction.redact(#"{"u":"https://h/a?b=1\u0026sig=zz"}"#) == #"{"u":"https://h/a?b=1\u0026sig=REDACTED"}"#)
    }
}
