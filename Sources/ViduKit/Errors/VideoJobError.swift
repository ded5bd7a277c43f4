import ViduRuntime

/// Every failure of `VideoProvider`. Callers switch over the cases; none of them ever
/// contains the API key.
public enum VideoJobError: Error, Sendable, CustomStringConvertible {
    /// The provider cannot run the job as described; nothing was sent.
    case incompatible([JobIncompatibility])
    /// The create call answered without a task id where the spec says it is.
    case missingTaskID(provider: VideoProviderID)
    /// The task ended in a failed state; the provider's code and message.
    case failed(code: String?, message: String?)
    /// The task succeeded without a video URL.
    case noVideo(taskID: String)
    /// The task succeeded but its result is not a video (an HTML page, a JSON error, too
    /// few bytes); nothing was saved. The task id is kept: ask its status again for a fresh URL.
    case notAVideo(taskID: String, reason: String)
    /// The runtime failed: HTTP errors, unreachable hosts, time-outs, cancellation, files.
    case runtime(ViduError)

    /// One sentence for people.
    public var description: String {
        switch self {
        case .incompatible(let reasons):
            return reasons.map(\.message).joined(separator: "\n")
        case .missingTaskID(let provider):
            return "\(provider) answered the create call without a task id"
        case .failed(let code, let message):
            let detail = [code, message].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
            return detail.isEmpty ? "the task failed" : "the task failed: \(detail)"
        case .noVideo(let taskID):
            return "task \(taskID) succeeded but its status holds no video URL"
        case .notAVideo(let taskID, let reason):
            return "the result of task \(taskID) is not a video (\(reason)); nothing was saved"
        case .runtime(let error):
            return error.description
        }
    }

    /// Wraps a runtime error, turning a failed task into `.failed`.
    init(_ error: ViduError) {
        if case .taskFailed(let code, let message) = error {
            self = .failed(code: code, message: message)
        } else {
            self = .runtime(error)
        }
    }
}
