import Foundation
import ViduRuntime

extension VideoProvider {
    /// True when a result call's HTTP status is the task's own failure (a queue answers a failed
    /// request's error there: 422 for input it refused, 5xx when the model failed) rather than
    /// a problem with the call (a bad key, a wrong id, a rate limit).
    static func isTaskFailure(_ status: Int) -> Bool {
        (400..<600).contains(status) && ![401, 403, 404, 429].contains(status)
    }

    /// The video URLs of a finished task from the adapter's result call: its success body read
    /// at the task descriptor's `resultURLs` paths, in document order, without repeats.
    func resultURLs(of taskID: String, from operation: OperationDescriptor) async throws(VideoJobError) -> [URL] {
        let descriptor = adapter.taskDescriptor
        let document: JSONValue
        do {
            let response = try await executor.sendRaw(operation, pathParameters: [descriptor.statusParameter: taskID])
            document = try response.json(operationID: operation.operationID, redactingWith: executor.configuration.apiKey)
        } catch {
            if case .http(let failure) = error, Self.isTaskFailure(failure.status) {
                throw .failed(code: "HTTP \(failure.status)", message: failure.details?.description ?? failure.rawBody)
            }
            throw VideoJobError(error)
        }
        var seen = Set<String>()
        var urls: [URL] = []
        for path in descriptor.resultURLs {
            for text in TaskPath.texts(at: path, in: document) where seen.insert(text).inserted {
                if let url = URL(string: text) { urls.append(url) }
            }
        }
        return urls
    }
}
