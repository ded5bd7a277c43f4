/// What the executor does after one attempt.
enum RetryDecision: Sendable {
    /// Hand the response to the caller.
    case deliver(HTTPResponse)
    /// Wait, then send again.
    case retry(after: Duration)
    /// Stop with this error.
    case fail(ViduError)
}

/// What one attempt produced.
enum AttemptResult: Sendable {
    case response(HTTPResponse)
    case transportFailure(TransportError)
}

extension RetryPolicy {
    /// Applies the rules documented on `RetryPolicy` to one attempt.
    ///
    /// - Parameters:
    ///   - result: what the attempt produced.
    ///   - attempt: how many attempts have been made, counting this one.
    ///   - operation: the operation sent.
    ///   - failure: builds the `HTTPFailure` of a non-2xx response (with redaction and the
    ///     parsed `Retry-After`).
    func decide(
        _ result: AttemptResult, attempt: Int, operation: OperationDescriptor,
        failure: (HTTPResponse) -> HTTPFailure
    ) -> RetryDecision {
        let attemptsLeft = attempt < maxAttempts
        switch result {
        case .response(let response) where (200..<300).contains(response.status):
            return .deliver(response)
        case .response(let response):
            let httpFailure = failure(response)
            let status = response.status
            if operation.createsTask && status >= 500 {
                return .fail(.outcomeUnknown(
                    operationID: operation.operationID,
                    reason: "the server answered \(httpFailure.description), which can come after the task was created"))
            }
            let repeatable = operation.createsTask ? status == 429 : retryableStatuses.contains(status)
            guard repeatable, attemptsLeft else { return .fail(.http(httpFailure)) }
            if let requested = httpFailure.retryAfter {
                return requested <= maxDelay ? .retry(after: requested) : .fail(.http(httpFailure))
            }
            return .retry(after: backoff(afterAttempt: attempt))
        case .transportFailure(let error):
            switch error.kind {
            case .insecureURL: return .fail(.insecureURL(error.message))
            case .badURL: return .fail(.invalidURL(error.message))
            case .cancelled where operation.createsTask && error.delivery == .mayHaveBeenReceived:
                return .fail(.outcomeUnknown(operationID: operation.operationID, reason: "cancelled while the request was in flight"))
            case .cancelled: return .fail(.cancelled)
            default: break
            }
            if operation.createsTask && error.delivery == .mayHaveBeenReceived {
                return .fail(.outcomeUnknown(operationID: operation.operationID, reason: error.description))
            }
            guard attemptsLeft else { return .fail(.transport(error)) }
            return .retry(after: backoff(afterAttempt: attempt))
        }
    }
}
