import Foundation
import ViduKit
import ViduRuntime

/// ViduKit's in-process `SimulatedTransport` (the documented lifecycle) as the handler of a
/// `LoopbackHTTPServer`, so a real socket sits between client and simulation, with what only
/// tests need on top: faults injected per route, and counts of the requests on each route, so
/// tests can assert that no fault loses a job or submits it twice.
public final class FaultInjectingSimulator: Sendable {
    /// The routes faults can be injected on.
    public enum Route: Sendable, Hashable {
        /// A create operation.
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

        /// A result URL whose presigned signature expired, as S3 answers it (HTTP 403).
        public static let expiredDownloadURL = Fault.rejected(.respond(
            status: 403, headers: [("Content-Type", "application/xml")],
            body: Data(#"<?xml version="1.0" encoding="UTF-8"?><Error><Code>AccessDenied</Code><Message>Request has expired</Message></Error>"#.utf8)))
    }

    private struct State {
        var faults: [Route: [Fault]] = [:]
        var createRequests = 0
        var statusRequests = 0
        var downloadRequests = 0
        var files: (bytes: Data, ranges: Bool)?
    }

    /// The provider played.
    public let fixture: ProviderFixture
    /// The documented lifecycle.
    public let simulation: SimulatedTransport
    private let state = LockedState(State())

    /// Status answers before the final state: queued, then running, as
    /// `ProviderFixture.statusBodies` lists them.
    public static let runningSteps = 2

    /// Creates a simulator whose tasks end as `ending` says, with result URLs under
    /// `resultBaseURL` (pass the server's `baseURL` to download from the server itself).
    public init(fixture: ProviderFixture, ending: SimulatedTransport.Ending = .success, resultBaseURL: URL = ProviderFixture.resultBaseURL) {
        self.fixture = fixture
        self.simulation = SimulatedTransport(
            adapter: fixture.adapter, resultBaseURL: resultBaseURL, runningSteps: Self.runningSteps, ending: ending)
    }

    /// Serves `bytes` for every result file from now on; with `ranges`, as a server that
    /// takes `Range` requests (`LoopbackReply.ranged`).
    public func serveFiles(_ bytes: Data, ranges: Bool) {
        state.withLock { $0.files = (bytes, ranges) }
    }

    /// The bytes served for a result file.
    public var fileBytes: Data { SimulatedTransport.sampleVideo }

    /// Queues `faults` for the next requests on `route`, one each.
    public func inject(_ faults: [Fault], on route: Route) {
        state.withLock { $0.faults[route, default: []].append(contentsOf: faults) }
    }

    /// Create requests received.
    public var createRequests: Int { state.withLock { $0.createRequests } }
    /// Tasks actually created (a create that was rejected creates none).
    public var tasksCreated: Int { simulation.tasksCreated }
    /// Status requests received.
    public var statusRequests: Int { state.withLock { $0.statusRequests } }
    /// Download requests received.
    public var downloadRequests: Int { state.withLock { $0.downloadRequests } }

    /// The server handler.
    public func handle(_ recorded: RecordedRequest) -> LoopbackReply {
        guard let url = URL(string: "http://127.0.0.1\(recorded.target)") else { return .json(400, fixture.errorBody(400)) }
        let request = HTTPRequest(method: recorded.method, url: url, headers: recorded.headers, body: recorded.body.isEmpty ? nil : recorded.body)
        let route: Route
        switch simulation.route(of: request) {
        case .create: route = .create
        case .status, .result: route = .status
        case .download: route = .download
        case nil: return .json(404, fixture.errorBody(404))
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
        if route == .download, let files = state.withLock({ $0.files }) {
            return files.ranges ? .ranged(files.bytes, for: recorded) : .respond(status: 200, headers: [("Content-Type", "video/mp4")], body: files.bytes)
        }
        let response = simulation.respond(to: request)
        if case .afterWork(let reply)? = fault { return reply }
        return .respond(status: response.status, headers: response.headers.filter { $0.name.lowercased() != "content-length" }, body: response.body)
    }
}
