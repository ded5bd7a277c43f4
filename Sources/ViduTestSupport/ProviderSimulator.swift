import Foundation
import ViduRuntime

/// Plays one provider's documented lifecycle behind `LoopbackHTTPServer`: create →
/// running states → success (or failure), plus result files, with faults injected per route.
///
/// It counts create requests and the tasks it actually created, so tests can assert that
/// no fault loses a job or submits it twice.
public final class ProviderSimulator: @unchecked Sendable {
    /// The routes faults can be injected on.
    public enum Route: Sendable, Hashable {
        /// The create operation.
        case create
        /// The status operation.
        case status
        /// Result files under `/files/`.
        case download
    }

    /// A fault answering one request instead of the normal reply.
    public enum Fault: Sendable {
        /// The request is refused before any work: for a create, no task is created.
        case rejected(LoopbackReply)
        /// The work is done (for a create, the task is created), then this is sent instead
        /// of the normal answer: a late, truncated, dropped or 5xx reply.
        case afterWork(LoopbackReply)
    }

    private struct State {
        var faults: [Route: [Fault]] = [:]
        var createRequests = 0
        var tasksCreated = 0
        var statusRequests = 0
        var downloadRequests = 0
        var statusBodyIndex = 0
        var fails = false
    }

    /// The provider played.
    public let fixture: ProviderFixture
    /// The bytes served at `/files/result.mp4`.
    public let fileBytes: Data
    private let state = Locked(State())

    /// Creates a simulator; `fileSize` bytes are served as the result file.
    public init(fixture: ProviderFixture, fileSize: Int = 300_000) {
        self.fixture = fixture
        self.fileBytes = Data((0..<fileSize).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })
    }

    /// Makes the task end in the documented failed state instead of success.
    public func failTask() {
        state.withLock { $0.fails = true }
    }

    /// Queues `faults` for the next requests on `route`, one each.
    public func inject(_ faults: [Fault], on route: Route) {
        state.withLock { $0.faults[route, default: []].append(contentsOf: faults) }
    }

    /// Create requests received.
    public var createRequests: Int { state.withLock { $0.createRequests } }
    /// Tasks actually created (a create that was rejected creates none).
    public var tasksCreated: Int { state.withLock { $0.tasksCreated } }
    /// Status requests received.
    public var statusRequests: Int { state.withLock { $0.statusRequests } }
    /// Download requests received.
    public var downloadRequests: Int { state.withLock { $0.downloadRequests } }

    /// The server handler.
    public func handle(_ request: RecordedRequest) -> LoopbackReply {
        let route: Route
        if request.method == "POST" && request.path == fixture.create.pathTemplate {
            route = .create
        } else if request.method == "GET" && matchesStatus(request.path) {
            route = .status
        } else if request.method == "GET" && request.path.hasPrefix("/files/") {
            route = .download
        } else {
            return .json(404, fixture.errorBody(404))
        }
        let fault: Fault? = state.withLock { current in
            switch route {
            case .create: current.createRequests += 1
            case .status: current.statusRequests += 1
            case .download: current.downloadRequests += 1
            }
            guard var queue = current.faults[route], !queue.isEmpty else { return nil }
            let first = queue.removeFirst()
            current.faults[route] = queue
            return first
        }
        if case .rejected(let reply)? = fault { return reply }
        let normal = work(route, request)
        if case .afterWork(let reply)? = fault { return reply }
        return normal
    }

    private func work(_ route: Route, _ request: RecordedRequest) -> LoopbackReply {
        switch route {
        case .create:
            state.withLock { $0.tasksCreated += 1 }
            return .json(200, fixture.createBody)
        case .status:
            let body = state.withLock { current -> String in
                let index = current.statusBodyIndex
                current.statusBodyIndex += 1
                if current.fails && index >= fixture.statusBodies.count - 1 { return fixture.failedBody }
                return fixture.statusBodies[min(index, fixture.statusBodies.count - 1)]
            }
            return .json(200, body)
        case .download:
            if request.path == "/files/expired.mp4" {
                return .respond(status: 403, headers: [("Content-Type", "application/xml")], body: Data(
                    #"<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>"#.utf8))
            }
            return .respond(status: 200, headers: [("Content-Type", "video/mp4")], body: fileBytes)
        }
    }

    private func matchesStatus(_ path: String) -> Bool {
        let template = fixture.task.statusOperation.pathTemplate
        guard let open = template.firstIndex(of: "{") else { return path == template }
        let prefix = template[..<open]
        let suffix = template[template.index(after: template.firstIndex(of: "}")!)...]
        return path.hasPrefix(prefix) && path.hasSuffix(suffix) && path.count > prefix.count + suffix.count
    }
}
