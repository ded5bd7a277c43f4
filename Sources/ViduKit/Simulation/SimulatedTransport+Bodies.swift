import Foundation
import ViduRuntime

/// What the simulation knows of its provider's conversation, for the package's test
/// support (`ViduTestSupport.FaultInjectingSimulator` adds fault injection on top): routes,
/// the documented task id and the bodies of every step. Not public API.
extension SimulatedTransport {
    /// Which documented call a request is.
    package enum Route {
        /// A create call, with the compiled schema of its request body.
        case create(SchemaEntry?)
        /// A status call for this task id.
        case status(taskID: String)
        /// A result call (the adapter's `resultOperation`) for this task id.
        case result(taskID: String)
        /// A result file under `/files/`.
        case download
    }

    /// The bodies one task goes through, rendered for one task id.
    package struct StatusBodies: Sendable {
        /// Accepted, not started.
        package var queued: String
        /// Generating.
        package var running: String
        /// The success, with a video under `resultBaseURL`.
        package var succeeded: String
        /// The failure, with the provider's code and message.
        package var failed: String
    }

    /// The task id of the documented create example (the first task's id).
    package var documentedTaskID: String { script.documentedTaskID }

    /// The create answer for `taskID`.
    package func createBody(taskID: String) -> String {
        script.created.render(["$TASK_ID": taskID])
    }

    /// The status bodies of `taskID`, the running one at `progress` percent.
    package func statusBodies(taskID: String, progress: Int = 50) -> StatusBodies {
        let values = [
            "$TASK_ID": taskID,
            "$VIDEO_URL": resultBaseURL.appendingPathComponent("files/\(taskID).mp4").absoluteString,
            "$COVER_URL": resultBaseURL.appendingPathComponent("files/\(taskID)-cover.jpg").absoluteString,
            "$PROGRESS": "\(progress)",
        ]
        return StatusBodies(
            queued: script.queued.render(values), running: script.running.render(values),
            succeeded: script.succeeded.render(values), failed: script.failed.render(values))
    }

    /// The result call's answer for `taskID`, with a video under `resultBaseURL`; nil when
    /// the provider has no result call.
    package func resultBody(taskID: String) -> String? {
        script.result?.render([
            "$TASK_ID": taskID, "$VIDEO_URL": resultBaseURL.appendingPathComponent("files/\(taskID).mp4").absoluteString,
        ])
    }

    /// The provider's error body for HTTP `status` with `message`.
    package func errorBody(status: Int, message: String) -> String {
        script.error.render(["$STATUS": "\(status)", "$MESSAGE": message])
    }

    /// The documented call `request` is, or nil.
    package func route(of request: HTTPRequest) -> Route? {
        let path = request.url.path
        if request.method == "POST", let create = script.creates.first(where: { $0.operation.pathTemplate == path }) {
            return .create(create.entry)
        }
        if request.method == "GET", let taskID = statusTaskID(of: request) { return .status(taskID: taskID) }
        if let operation = script.resultOperation, request.method == operation.method,
           let taskID = taskID(in: path, template: operation.pathTemplate) {
            return .result(taskID: taskID)
        }
        if request.method == "GET", path.hasPrefix("/files/"), path.hasSuffix(".mp4") { return .download }
        return nil
    }

    /// The task id in a status request, when `request` is one.
    private func statusTaskID(of request: HTTPRequest) -> String? {
        let task = script.task
        let template = task.statusOperation.pathTemplate
        let path = request.url.path
        if task.statusParameterInQuery {
            guard path == template else { return nil }
            let items = URLComponents(url: request.url, resolvingAgainstBaseURL: false)?.queryItems ?? []
            return items.first { $0.name == task.statusParameter }?.value.flatMap { $0.isEmpty ? nil : $0 }
        }
        return taskID(in: path, template: template)
    }

    /// The task id in `path` where `template` has the status parameter, when `path` matches.
    private func taskID(in path: String, template: String) -> String? {
        let placeholder = "{\(script.task.statusParameter)}"
        guard let range = template.range(of: placeholder) else { return nil }
        let prefix = String(template[..<range.lowerBound])
        let suffix = String(template[range.upperBound...])
        guard path.hasPrefix(prefix), path.hasSuffix(suffix), path.count > prefix.count + suffix.count else { return nil }
        let id = path.dropFirst(prefix.count).dropLast(suffix.count)
        return id.contains("/") ? nil : String(id).removingPercentEncoding
    }
}
