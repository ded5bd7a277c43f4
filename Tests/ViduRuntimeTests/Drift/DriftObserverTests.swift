import Foundation
import Testing
import ViduClients
@testable import ViduRuntime
import ViduTestSupport

/// The drift observer against the loopback server, with the generated apimart and apixo
/// schema entries. Serialized: `DriftObserver.bodiesChecked` is process-wide, and this suite
/// is the only one in the target that configures observers.
@Suite(.serialized) struct DriftObserverTests {
    /// An apimart `getTask` answer with one drift of every kind, a signed URL and the key.
    static let driftingTask = #"""
        {"code": 200, "trace": "t-1 \#(canarySecret)",
         "data": {"id": "task_1", "status": "queued", "progress": 150,
                  "result": {"videos": [{"url": ["https://cdn.example.com/v.mp4?X-Amz-Signature=abc123&X-Amz-Credential=AKIA1&keep=1"], "expires_at": 1}]},
                  "created": 1, "completed": 2, "estimated_time": 3, "actual_time": 4,
                  "error": {"code": "E_QUEUE", "message": "m"}, "surprise": {"a": 1}}}
        """#

    /// The same answer in the spec's documented form: no drift but missing fields.
    static let documentedTask = #"""
        {"code": 200, "data": {"id": "task_1", "status": "completed", "progress": 100,
         "result": {"images": [], "videos": [{"url": "https://cdn.example.com/v.mp4", "expires_at": 1}]},
         "created": 1, "completed": 2, "estimated_time": 3, "actual_time": 4, "error": {"code": 0, "message": ""}}}
        """#

    static func client(_ server: LoopbackHTTPServer, observer: DriftObserver?) -> Apimart.Client {
        Apimart.Client(configuration: ClientConfiguration(
            apiKey: canaryKey, baseURL: server.baseURL, transport: URLSessionTransport(), retryPolicy: testRetryPolicy(),
            timeout: .seconds(5), clock: TestClock(), driftObserver: observer))
    }

    @Test func everyKindOfDriftIsReportedOnceOverIdenticalRequests() async throws {
        let server = try LoopbackHTTPServer() { _ in .json(200, Self.driftingTask) }
        defer { server.stop() }
        let announced = LockedState(0)
        let observer = DriftObserver(provider: "apimart", entries: Apimart.schemaEntries) { _ in announced.withLock { $0 += 1 } }
        let client = Self.client(server, observer: observer)
        for _ in 0..<4 { _ = try await client.getTask(taskID: "task_1") }

        let found = observer.drifts.map { "\($0.kind.rawValue) \($0.pointer)" }
        #expect(found.sorted() == [
            "constraint-violation /data/progress",
            "documented-field-missing /data/result/images",
            "second-form /data/error/code",
            "second-form /data/result/videos/*/url",
            "undocumented-member /data/surprise",
            "undocumented-member /trace",
            "unknown-value /data/status",
        ], "\(observer.drifts.map(\.description).joined(separator: "\n"))")
        #expect(announced.withLock { $0 } == found.count)
        #expect(server.requests.count == 4)
        #expect(observer.drifts.allSatisfy { $0.provider == "apimart" && $0.operationID == "getTask" })

        let url = try #require(observer.drifts.first { $0.pointer == "/data/result/videos/*/url" })
        #expect(url.sample.contains("REDACTED") && !url.sample.contains("abc123") && !url.sample.contains("AKIA1"), "\(url.sample)")
        #expect(url.sample.contains("keep=1"))
        #expect(url.message.contains("branch 1 (array)"), "\(url.message)")
        let status = try #require(observer.drifts.first { $0.kind == .unknownValue })
        #expect(status.sample == #""queued""#)
        let printed = observer.drifts.map(\.description).joined(separator: "\n")
        #expect(!printed.contains(canarySecret), "\(printed)")
        #expect(observer.drifts.allSatisfy { $0.sample.count <= Drift.sampleLimit + 1 && !$0.description.contains("\n") })
    }

    @Test func aDocumentedBodyShowsNoDrift() async throws {
        let server = try LoopbackHTTPServer() { _ in .json(200, Self.documentedTask) }
        defer { server.stop() }
        let observer = DriftObserver(provider: "apimart", entries: Apimart.schemaEntries)
        _ = try await Self.client(server, observer: observer).getTask(taskID: "task_1")
        #expect(observer.drifts.isEmpty, "\(observer.drifts.map(\.description))")
    }

    @Test func anErrorBodyIsCheckedWithoutMissingFields() async throws {
        let server = try LoopbackHTTPServer() { _ in .json(400, #"{"error": {"code": 400, "message": "bad", "type": "quota_error"}}"#) }
        defer { server.stop() }
        let observer = DriftObserver(provider: "apimart", entries: Apimart.schemaEntries)
        _ = try? await Self.client(server, observer: observer).getTask(taskID: "task_1")
        #expect(observer.drifts.map { "\($0.kind.rawValue) \($0.pointer)" } == ["unknown-value /error/type"])
    }

    @Test func withoutAnObserverNoDriftWorkRuns() async throws {
        let server = try LoopbackHTTPServer() { _ in .json(200, Self.driftingTask) }
        defer { server.stop() }
        let before = DriftObserver.bodiesChecked.withLock { $0 }
        let client = Self.client(server, observer: nil)
        for _ in 0..<3 { _ = try await client.getTask(taskID: "task_1") }
        #expect(server.requests.count == 3)
        #expect(DriftObserver.bodiesChecked.withLock { $0 } == before)

        let observer = DriftObserver(provider: "apimart", entries: Apimart.schemaEntries)
        _ = try await Self.client(server, observer: observer).getTask(taskID: "task_1")
        #expect(DriftObserver.bodiesChecked.withLock { $0 } == before + 1)
    }

    @Test func aWebhookBodyIsCheckedByName() throws {
        let observer = DriftObserver(schemas: ["apixo": Apixo.schemaEntries])
        let body = Data(#"{"code": 200, "msg": "ok", "data": {"taskId": "t", "state": "archived", "extra_field": true}}"#.utf8)
        let first = observer.observeWebhook(provider: "apixo", name: "taskCompleted", body: body)
        let again = observer.observeWebhook(provider: "apixo", name: "taskCompleted", body: body)
        #expect(again.isEmpty)
        let kinds = Set(first.map { "\($0.kind.rawValue) \($0.pointer)" })
        #expect(kinds.contains("unknown-value /data/state"), "\(first.map(\.description))")
        #expect(kinds.contains("undocumented-member /data/extra_field"), "\(first.map(\.description))")
        #expect(first.allSatisfy { $0.operationID == "taskCompleted" })
    }
}
