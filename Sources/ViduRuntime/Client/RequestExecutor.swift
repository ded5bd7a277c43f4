import Foundation

/// Sends the operations of one provider with one key: what every generated client calls.
///
/// It validates nothing (the generated code did), and applies authentication, the base URL,
/// percent-encoded path parameters, the query, the JSON body, the timeout, the retry rules
/// of `RetryPolicy` and the pace of `RateLimiter`. Share one executor per provider and key.
public struct RequestExecutor: Sendable {
    /// The provider this executor talks to.
    public let provider: ProviderDescriptor
    /// The configuration it was made with.
    public let configuration: ClientConfiguration
    /// The limiter every request goes through; take task slots from it too.
    public let rateLimiter: RateLimiter

    /// Creates an executor. Without `configuration.rateLimiter` it builds one from the
    /// provider's documented limits.
    public init(provider: ProviderDescriptor, configuration: ClientConfiguration) {
        self.provider = provider
        self.configuration = configuration
        self.rateLimiter = configuration.rateLimiter ?? RateLimiter(provider: provider, clock: configuration.clock)
    }

    /// Sends `operation` and decodes its 2xx body into `Output`.
    ///
    /// - Throws: `ViduError.http` for a non-2xx answer, `.outcomeUnknown` when a create call
    ///   may have been accepted, `.transport`, `.decoding`, `.cancelled`, `.insecureURL`,
    ///   `.invalidURL`, `.invalidRequest` (a missing path parameter or an unencodable body).
    public func send<Output: Decodable & Sendable>(
        _ operation: OperationDescriptor, pathParameters: [String: String] = [:],
        query: [(name: String, value: String)] = [], body: (any Encodable & Sendable)? = nil, as: Output.Type
    ) async throws(ViduError) -> Output {
        let response = try await sendRaw(operation, pathParameters: pathParameters, query: query, body: body)
        return try response.decoded(as: Output.self, operationID: operation.operationID, redactingWith: configuration.apiKey)
    }

    /// Sends `operation` and returns its 2xx response as received (for status polling as
    /// `JSONValue`). `headers` are the operation's header parameters, sent after the
    /// executor's own. Errors are those of `send`.
    public func sendRaw(
        _ operation: OperationDescriptor, pathParameters: [String: String] = [:],
        query: [(name: String, value: String)] = [], headers: [(name: String, value: String)] = [],
        body: (any Encodable & Sendable)? = nil
    ) async throws(ViduError) -> HTTPResponse {
        try await sendRaw(operation, pathParameters: pathParameters, query: query, headers: headers, body: body, streamingTo: nil)
    }

    /// Where a streamed 2xx body goes, and who hears of its progress.
    struct BodyStream: Sendable {
        var file: URL
        var progress: (@Sendable (DownloadProgress) -> Void)?
    }

    /// `sendRaw`; with `stream`, a 2xx body is written to `stream.file` as it arrives
    /// (`HTTPTransport.send(_:writingBodyTo:progress:)`) and the response's body is empty.
    /// A retried attempt writes the file again from its start.
    func sendRaw(
        _ operation: OperationDescriptor, pathParameters: [String: String], query: [(name: String, value: String)],
        headers: [(name: String, value: String)], body: (any Encodable & Sendable)?, streamingTo stream: BodyStream?
    ) async throws(ViduError) -> HTTPResponse {
        let request = try RequestBuilder(provider: provider, configuration: configuration)
            .request(for: operation, pathParameters: pathParameters, query: query, headers: headers, body: body)
        let policy = configuration.retryPolicy
        var attempt = 0
        while true {
            attempt += 1
            if Task.isCancelled { throw .cancelled }
            try await rateLimiter.acquireRequest()
            // A response that arrived is delivered even if the task was cancelled meanwhile:
            // dropping a create's answer would lose the task it created.
            let result = try await attemptOnce(request, streamingTo: stream)
            try Self.checkSize(result, limit: configuration.maxResponseBytes, operation: operation)
            switch policy.decide(result, attempt: attempt, operation: operation, failure: { httpFailure($0, operation) }) {
            case .deliver(let response):
                // A streamed body is not in the response: nothing for the observer to read.
                if let observer = configuration.driftObserver, stream == nil { observe(response, operation, with: observer) }
                return response
            case .fail(let error):
                if let observer = configuration.driftObserver, case .response(let response) = result {
                    observe(response, operation, with: observer)
                }
                throw error
            case .retry(let delay):
                do {
                    try await configuration.clock.sleep(for: delay)
                } catch {
                    throw .cancelled
                }
            }
        }
    }

    /// Ends with `.responseTooLarge` (`.outcomeUnknown` for a create call: the server
    /// answered, so it may have created the task) when the body passed the limit, whether
    /// the transport stopped reading or delivered it whole.
    private static func checkSize(_ result: AttemptResult, limit: Int, operation: OperationDescriptor) throws(ViduError) {
        let overLimit: Bool
        switch result {
        case .transportFailure(let error): overLimit = error.kind == .responseTooLarge
        case .response(let response): overLimit = response.body.count > limit
        }
        guard overLimit else { return }
        if operation.createsTask {
            throw .outcomeUnknown(
                operationID: operation.operationID,
                reason: "the answer is larger than the \(limit)-byte limit, so its task id could not be read")
        }
        throw .responseTooLarge(operationID: operation.operationID, limit: limit)
    }

    /// Hands a delivered or final response body to the drift observer.
    private func observe(_ response: HTTPResponse, _ operation: OperationDescriptor, with observer: DriftObserver) {
        observer.observeResponse(
            provider: provider.name, operationID: operation.operationID, status: response.status, body: response.body,
            redacting: configuration.apiKey)
    }

    /// Sends once and folds every thrown error into a `TransportError` with the key removed,
    /// except a streamed body's file that cannot be written (`ViduError.fileSystem`), which
    /// ends the call.
    private func attemptOnce(_ request: HTTPRequest, streamingTo stream: BodyStream?) async throws(ViduError) -> AttemptResult {
        do {
            guard let stream else { return .response(try await configuration.transport.send(request)) }
            return .response(try await configuration.transport.send(request, writingBodyTo: stream.file, progress: stream.progress))
        } catch let error as TransportError {
            var redacted = error
            redacted.message = configuration.apiKey.redact(error.message)
            return .transportFailure(redacted)
        } catch let error as ViduError where stream != nil {
            if case .transport(var transportError) = error {
                transportError.message = configuration.apiKey.redact(transportError.message)
                return .transportFailure(transportError)
            }
            if case .cancelled = error {
                return .transportFailure(TransportError(kind: .cancelled, delivery: .mayHaveBeenReceived, message: "cancelled"))
            }
            throw error
        } catch is CancellationError {
            return .transportFailure(TransportError(kind: .cancelled, delivery: .mayHaveBeenReceived, message: "cancelled"))
        } catch {
            let message = configuration.apiKey.redact(String(describing: error))
            return .transportFailure(TransportError(kind: .other, delivery: .mayHaveBeenReceived, message: message))
        }
    }

    /// The `HTTPFailure` of a non-2xx response, with the key removed from every text.
    private func httpFailure(_ response: HTTPResponse, _ operation: OperationDescriptor) -> HTTPFailure {
        let key = configuration.apiKey
        let details = ProviderErrorDetails(body: response.body)?.redacting(key)
        let retryAfter = response.header("Retry-After").flatMap { RetryAfter.delay(from: $0, now: configuration.clock.now) }
        return HTTPFailure(
            operationID: operation.operationID, status: response.status, details: details,
            rawBody: response.bodySnippet(redactingWith: key), requestID: response.requestID(details: details).map(key.redact),
            retryAfter: retryAfter)
    }
}
