import Foundation
import ViduRuntime

/// An in-process stand-in for one provider: an `HTTPTransport` that plays the documented
/// lifecycle with the spec's example bodies, so the whole flow runs with no key and no
/// network.
///
/// - A create call is checked against the spec's request schema (400 with the violations
///   otherwise) and needs an `Authorization` header (401 otherwise); it answers the
///   documented create body. The first task gets the documented task id, later ones a
///   numbered variant of it.
/// - Each status call moves a task one step: queued, running with rising progress
///   (`runningSteps` answers in all), then succeeded with a result URL under
///   `resultBaseURL`. A status call for an id it has not seen starts that task, so `vidu
///   status --simulate` and `vidu wait --simulate` work on any id.
/// - `GET <resultBaseURL>/files/<task id>.mp4` answers a real 1-second H.264 MP4
///   (`ProviderSimulation.sampleVideo`).
///
/// Serve it over a socket by passing `respond(to:)`'s answers to any HTTP server, with
/// `resultBaseURL` set to that server's URL.
public final class ProviderSimulation: HTTPTransport, Sendable {
    /// The provider played.
    public let provider: VideoProviderID
    /// Where result files are served; the default host never resolves, so result URLs only
    /// work through this transport.
    public let resultBaseURL: URL
    /// Status answers before the success (the first of them is the queued state).
    public let runningSteps: Int

    private let lifecycle: SimulatedLifecycle
    private struct State {
        var polls: [String: Int] = [:]
        var created = 0
        var received: [HTTPRequest] = []
    }

    private let state = LockedValue(State())

    /// The host of simulated result URLs when no server is involved.
    public static let defaultResultBaseURL = URL(string: "https://simulation.vidukit.invalid")!

    /// Short polling waits that suit the simulation: a few seconds from submit to video.
    public static let polling = PollingPolicy(
        initialDelay: .milliseconds(400), interval: .milliseconds(400), usesEstimatedTime: false, deadline: .seconds(60))

    /// The MP4 the simulation serves (1978 bytes, H.264, 64×36, 1 second).
    public static var sampleVideo: Data { SampleVideo.mp4 }

    /// Creates a simulation of `provider`.
    public init(provider: VideoProviderID, resultBaseURL: URL = ProviderSimulation.defaultResultBaseURL, runningSteps: Int = 4) {
        self.provider = provider
        self.resultBaseURL = resultBaseURL
        self.runningSteps = max(1, runningSteps)
        self.lifecycle = .of(provider)
    }

    /// Tasks created so far.
    public var tasksCreated: Int { state.withLock { $0.created } }

    /// Every request received, in order (for tests: which headers went where).
    public var requests: [HTTPRequest] { state.withLock { $0.received } }

    /// Answers `request` at once.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        respond(to: request)
    }

    /// The answer to `request`: create, status, result file, or 404.
    public func respond(to request: HTTPRequest) -> HTTPResponse {
        state.withLock { $0.received.append(request) }
        let path = request.url.path
        if request.method == "POST", let create = lifecycle.creates.first(where: { $0.operation.pathTemplate == path }) {
            return respondToCreate(request, schema: create.entry)
        }
        if request.method == "GET", let taskID = statusTaskID(of: request) {
            guard request.header("Authorization") != nil else { return error(401, "missing Authorization header") }
            return json(200, statusBody(for: taskID))
        }
        if request.method == "GET", path.hasPrefix("/files/"), path.hasSuffix(".mp4") {
            return HTTPResponse(status: 200, headers: [("Content-Type", "video/mp4"), ("Content-Length", "\(SampleVideo.mp4.count)")], body: SampleVideo.mp4)
        }
        return error(404, "no such route: \(request.method) \(path)")
    }

    private func respondToCreate(_ request: HTTPRequest, schema: SchemaEntry?) -> HTTPResponse {
        guard request.header("Authorization") != nil else { return error(401, "missing Authorization header") }
        guard let body = request.body, let document = try? JSONDecoder().decode(JSONValue.self, from: body) else {
            return error(400, "the body is not JSON")
        }
        if let violations = schema?.validate(document), !violations.isEmpty {
            return error(400, violations.map(\.description).joined(separator: "; "))
        }
        let firstID = lifecycle.documentedTaskID
        let taskID: String = state.withLock { current in
            current.created += 1
            let id = current.created == 1 ? firstID : "\(firstID)-\(current.created)"
            current.polls[id] = 0
            return id
        }
        return json(200, lifecycle.created.render(["$TASK_ID": taskID]))
    }

    /// The status body for the task's next step.
    private func statusBody(for taskID: String) -> String {
        let step: Int = state.withLock { current in
            let step = current.polls[taskID, default: 0]
            current.polls[taskID] = step + 1
            return step
        }
        let values = [
            "$TASK_ID": taskID,
            "$VIDEO_URL": resultBaseURL.appendingPathComponent("files/\(taskID).mp4").absoluteString,
            "$COVER_URL": resultBaseURL.appendingPathComponent("files/\(taskID)-cover.jpg").absoluteString,
            "$PROGRESS": "\(step * 100 / runningSteps)",
        ]
        if step == 0 { return lifecycle.queued.render(values) }
        if step < runningSteps { return lifecycle.running.render(values) }
        return lifecycle.succeeded.render(values)
    }

    /// The task id in a status request, when `request` is one.
    private func statusTaskID(of request: HTTPRequest) -> String? {
        let task = lifecycle.task
        let template = task.statusOperation.pathTemplate
        let path = request.url.path
        if task.statusParameterInQuery {
            guard path == template else { return nil }
            let items = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []
            return items.first { $0.name == task.statusParameter }?.value.flatMap { $0.isEmpty ? nil : $0 }
        }
        let placeholder = "{\(task.statusParameter)}"
        guard let range = template.range(of: placeholder) else { return nil }
        let prefix = String(template[..<range.lowerBound])
        let suffix = String(template[range.upperBound...])
        guard path.hasPrefix(prefix), path.hasSuffix(suffix), path.count > prefix.count + suffix.count else { return nil }
        let id = path.dropFirst(prefix.count).dropLast(suffix.count)
        return id.contains("/") ? nil : String(id).removingPercentEncoding
    }

    private func json(_ status: Int, _ body: String) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "application/json")], body: Data(body.utf8))
    }

    private func error(_ status: Int, _ message: String) -> HTTPResponse {
        let escaped = message.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return json(status, lifecycle.error.replacingOccurrences(of: "$STATUS", with: "\(status)").replacingOccurrences(of: "$MESSAGE", with: escaped))
    }
}
