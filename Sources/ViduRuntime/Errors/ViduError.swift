/// Every failure the runtime reports. Callers switch over the cases; none of them ever
/// contains the API key.
public enum ViduError: Error, Sendable, CustomStringConvertible {
    /// The request breaks the spec's rules; nothing was sent.
    case invalidRequest([Violation])
    /// The URL cannot be built or sent (bad base URL, no host); nothing was sent.
    case invalidURL(String)
    /// The URL is plain `http` to a host that is not loopback; nothing was sent.
    case insecureURL(String)
    /// The server answered with a status outside 2xx (after any retries).
    case http(HTTPFailure)
    /// A create call may or may not have created a task: the request may have reached the
    /// server (a timeout after sending, a dropped connection, or a 5xx answer). Look the task
    /// up (list tasks, or wait for the callback) before submitting again.
    case outcomeUnknown(operationID: String, reason: String)
    /// A failure below HTTP that retries did not overcome.
    case transport(TransportError)
    /// A 2xx body could not be decoded.
    case decoding(DecodingFailure)
    /// Waiting for a task passed its deadline. The task may still be running on the server:
    /// this is not a cancellation.
    case timedOut(taskID: String, waited: Duration, lastState: String?)
    /// The Swift task was cancelled.
    case cancelled
    /// The task ended in a failed state; `code` and `message` are the provider's.
    case taskFailed(code: String?, message: String?)
    /// A result URL no longer works (HTTP 403/404/410 or an S3 "expired" answer). Query the
    /// task's status again for a fresh URL.
    case downloadURLExpired(status: Int, url: String)
    /// An incoming callback was refused.
    case invalidCallback(CallbackRejection)
    /// A local file could not be written or moved.
    case fileSystem(String)
    /// A value given to the runtime cannot work (an empty or blank callback signing key).
    case invalidConfiguration(String)
    /// A create call's answer names a task, read from the raw body at the spec's task id
    /// pointers, but the answer could not be read otherwise (it does not decode into the
    /// generated type, or it is over the size limit). The task exists: follow `taskID`
    /// (status, wait) and do not submit again.
    case taskCreatedAnswerUnreadable(operationID: String, taskID: String, reason: String)
    /// A response body went past `ClientConfiguration.maxResponseBytes` (counted after any
    /// content decoding); reading stopped there. On a create call this is reported as
    /// `.outcomeUnknown` or `.taskCreatedAnswerUnreadable` instead.
    case responseTooLarge(operationID: String, limit: Int)
    /// A downloaded result is not a video: its `Content-Type` or its first bytes (no MP4
    /// `ftyp` box) say it is something else, such as an HTML page. Nothing was saved.
    case notAVideo(url: String, reason: String)

    /// One line for people.
    public var description: String {
        switch self {
        case .invalidRequest(let violations):
            return "invalid request: " + violations.map(\.description).joined(separator: "; ")
        case .invalidURL(let reason): return "invalid URL: \(reason)"
        case .insecureURL(let url): return "refusing to send over plain HTTP to a non-loopback host: \(url)"
        case .http(let failure): return failure.description
        case .outcomeUnknown(let operationID, let reason):
            return "\(operationID): outcome unknown, the server may have created the task; check before resubmitting (\(reason))"
        case .transport(let error): return "transport failure: \(error)"
        case .decoding(let failure): return failure.description
        case .timedOut(let taskID, let waited, let lastState):
            return "gave up waiting for task \(taskID) after \(waited.secondsValue)s (last state: \(lastState ?? "none")); it may still be running"
        case .cancelled: return "cancelled"
        case .taskFailed(let code, let message):
            return "task failed: \([code, message].compactMap { $0 }.joined(separator: ": "))"
        case .downloadURLExpired(let status, let url): return "download URL expired (HTTP \(status)): \(url)"
        case .invalidCallback(let rejection): return "invalid callback: \(rejection)"
        case .fileSystem(let reason): return "file system: \(reason)"
        case .invalidConfiguration(let reason): return "invalid configuration: \(reason)"
        case .taskCreatedAnswerUnreadable(let operationID, let taskID, let reason):
            return "\(operationID) created task \(taskID) but its answer could not be read (\(reason)); follow that task instead of submitting again"
        case .responseTooLarge(let operationID, let limit):
            return "the response of \(operationID) is larger than the \(limit)-byte limit; reading stopped"
        case .notAVideo(let url, let reason): return "the result at \(url) is not a video: \(reason); nothing was saved"
        }
    }
}
