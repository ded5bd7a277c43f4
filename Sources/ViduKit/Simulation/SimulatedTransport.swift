import Foundation
import ViduRuntime

/// An in-process stand-in for one provider: an `HTTPTransport` that plays the documented
/// lifecycle with the spec's example bodies, so the whole flow runs with no key and no
/// network. Nothing in it is written per provider: the bodies come from the generated
/// registry entry and the `x-task` (see `SimulationScript`), so an adapter of your own gets a
/// simulation too. (`ViduTestSupport.FaultInjectingSimulator` serves it over a loopback
/// socket, with faults injected for tests.)
///
/// - A create call is checked against the spec's request schema (400 with the violations
///   otherwise) and needs an `Authorization` header (401 otherwise); it answers the
///   documented create body. The first task gets the documented task id, later ones a
///   numbered variant of it.
/// - Beyond the provider's documented number of concurrent tasks (`x-rate-limits`), a
///   create answers 429 with the provider's error body, as the providers do. A task counts
///   from its create until its final status has been answered.
/// - Each status call moves a task one step: queued, running with rising progress
///   (`runningSteps` answers in all), then its final state: succeeded with a result URL under
///   `resultBaseURL`, or, with `ending: .failure`, failed with the provider's code and
///   message. A status call for an id it has not seen starts that task, so `vidu status
///   --simulate` and `vidu wait --simulate` work on any id.
/// - A provider whose status carries no video (the adapter's `resultOperation`) gets a
///   final status without the URL, and its result call answers the documented result body
///   (or one made from the `x-task` result path) with the URL.
/// - `GET <resultBaseURL>/files/<task id>.mp4` answers a real 1-second H.264 MP4
///   (`SimulatedTransport.sampleVideo`), and `downloadResult` serves it without a network.
///
/// Serve it over a socket by passing `respond(to:)`'s answers to any HTTP server, with
/// `resultBaseURL` set to that server's URL.
public final class SimulatedTransport: HTTPTransport, Sendable {
    /// How the simulated tasks end.
    public enum Ending: Sendable, Hashable {
        /// Every task succeeds with a video.
        case success
        /// Every task fails with the provider's documented failure code and message (a
        /// documented failed status), or else the first documented failure code or
        /// `simulated_failure`.
        case failure
    }

    /// The provider played.
    public let provider: VideoProviderID
    /// Its adapter.
    public let adapter: any VideoProviderAdapter
    /// Where result files are served; the default host never resolves, so result URLs only
    /// work through this transport.
    public let resultBaseURL: URL
    /// Status answers before the final state (the first of them is the queued state).
    public let runningSteps: Int
    /// How the tasks end.
    public let ending: Ending
    /// Tasks that may run at once before a create answers 429: the provider's documented
    /// limit, or nil when it documents none.
    public let concurrentTaskLimit: Int?

    let script: SimulationScript
    private struct State {
        var polls: [String: Int] = [:]
        var created = 0
        var inFlight: Set<String> = []
        var peakInFlight = 0
        var refusedOverLimit = 0
        var received: [HTTPRequest] = []
    }

    private let state = LockedState(State())

    /// The host of simulated result URLs when no server is involved.
    public static let defaultResultBaseURL = URL(string: "https://simulation.vidukit.invalid")!

    /// Short polling waits that suit the simulation: a few seconds from submit to video.
    public static let polling = PollingPolicy(
        initialDelay: .milliseconds(400), interval: .milliseconds(400), usesEstimatedTime: false, deadline: .seconds(60))

    /// The MP4 the simulation serves (1978 bytes, H.264, 64×36, 1 second).
    public static var sampleVideo: Data { SampleVideo.mp4 }

    /// Creates a simulation of the registered provider `provider` whose tasks end as `ending` says.
    ///
    /// - Precondition: an adapter is registered for `provider` (`VideoProviders.adapter(for:)`).
    public convenience init(
        provider: VideoProviderID, resultBaseURL: URL = SimulatedTransport.defaultResultBaseURL, runningSteps: Int = 4,
        ending: Ending = .success
    ) {
        guard let adapter = VideoProviders.adapter(for: provider) else {
            preconditionFailure("no adapter is registered for the provider '\(provider.rawValue)' (registered: \(VideoProviders.idList))")
        }
        self.init(adapter: adapter, resultBaseURL: resultBaseURL, runningSteps: runningSteps, ending: ending)
    }

    /// Creates a simulation of `adapter`'s provider, registered or not, whose tasks end as
    /// `ending` says.
    public init(
        adapter: any VideoProviderAdapter, resultBaseURL: URL = SimulatedTransport.defaultResultBaseURL, runningSteps: Int = 4,
        ending: Ending = .success
    ) {
        self.adapter = adapter
        self.provider = adapter.id
        self.resultBaseURL = resultBaseURL
        self.runningSteps = max(1, runningSteps)
        self.ending = ending
        self.script = SimulationScript(adapter: adapter)
        self.concurrentTaskLimit = adapter.descriptor.concurrentTasks
    }

    /// Tasks created so far.
    public var tasksCreated: Int { state.withLock { $0.created } }

    /// Created tasks whose final status has not been answered yet.
    public var tasksInFlight: Int { state.withLock { $0.inFlight.count } }

    /// The most tasks that were ever in flight at once.
    public var peakTasksInFlight: Int { state.withLock { $0.peakInFlight } }

    /// Create calls answered 429 because `concurrentTaskLimit` tasks were in flight.
    public var createsRefusedOverLimit: Int { state.withLock { $0.refusedOverLimit } }

    /// Every request received, in order (for tests: which headers went where).
    public var requests: [HTTPRequest] { state.withLock { $0.received } }

    /// Answers `request` at once.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        respond(to: request)
    }

    /// Downloads a result from the simulation itself (`TransportDownload`): no network.
    public func downloadResult(
        from url: URL, to destination: URL, defaultName: String, downloader: ResultDownloader,
        progress: (@Sendable (DownloadProgress) -> Void)?
    ) async throws(ViduError) -> DownloadedFile {
        try await TransportDownload(transport: self).download(from: url, to: destination, defaultName: defaultName, progress: progress)
    }

    /// The answer to `request`: create, status, result file, or 404.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        state.withLock { $0.received.append(request) }
        switch route(of: request) {
        case .create(let schema):
            return respondToCreate(request, schema: schema)
        case .status(let taskID):
            guard request.header("Authorization") != nil else { return error(401, "missing Authorization header") }
            return json(200, statusBody(for: taskID))
        case .result(let taskID):
            guard request.header("Authorization") != nil else { return error(401, "missing Authorization header") }
            return resultBody(taskID: taskID).map { json(200, $0) } ?? error(404, "no result call")
        case .download:
            return HTTPResponse(status: 200, headers: [("Content-Type", "video/mp4"), ("Content-Length", "\(SampleVideo.mp4.count)")], body: SampleVideo.mp4)
        case nil:
            return error(404, "no such route: \(request.method) \(request.url.path)")
        }
    }

    private func respondToCreate(_ request: HTTPRequest, schema: SchemaEntry?) -> HTTPResponse {
        guard request.header("Authorization") != nil else { return error(401, "missing Authorization header") }
        guard let body = request.body, let document = try? JSONDecoder().decode(JSONValue.self, from: body) else {
            return error(400, "the body is not JSON")
        }
        if let violations = schema?.validate(document), !violations.isEmpty {
            return error(400, violations.map(\.description).joined(separator: "; "))
        }
        let firstID = script.documentedTaskID
        let limit = concurrentTaskLimit
        let taskID: String? = state.withLock { current in
            if let limit, current.inFlight.count >= limit {
                current.refusedOverLimit += 1
                return nil
            }
            current.created += 1
            let id = current.created == 1 ? firstID : "\(firstID)-\(current.created)"
            current.polls[id] = 0
            current.inFlight.insert(id)
            current.peakInFlight = max(current.peakInFlight, current.inFlight.count)
            return id
        }
        guard let taskID else { return error(429, "too many concurrent tasks (at most \(limit ?? 0))") }
        return json(200, createBody(taskID: taskID))
    }

    /// The status body for the task's next step.
    private func statusBody(for taskID: String) -> String {
        let steps = runningSteps
        let step: Int = state.withLock { current in
            let step = current.polls[taskID, default: 0]
            current.polls[taskID] = step + 1
            if step >= steps { current.inFlight.remove(taskID) }
            return step
        }
        let bodies = statusBodies(taskID: taskID, progress: step * 100 / runningSteps)
        if step == 0 { return bodies.queued }
        if step < runningSteps { return bodies.running }
        return ending == .success ? bodies.succeeded : bodies.failed
    }

    private func json(_ status: Int, _ body: String) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "application/json")], body: Data(body.utf8))
    }

    private func error(_ status: Int, _ message: String) -> HTTPResponse {
        json(status, errorBody(status: status, message: message))
    }
}
