import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The real transport, on `URLSession` (FoundationNetworking on Linux).
///
/// - Refuses plain `http` to hosts that are not loopback before sending anything.
/// - Bounds each request by `HTTPRequest.timeout`, from sending to the end of the body.
/// - Cancels the URLSession task as soon as the Swift task is cancelled.
/// - Never follows a redirect: the 3xx response is returned as it is, so the `Authorization`
///   header can never be carried to another host.
/// - Reads at most `HTTPRequest.maxResponseBytes` of body (counted after decoding) and
///   then stops, throwing `TransportError` of kind `.responseTooLarge` (with a session of
///   your own, the limit is checked once the body has arrived).
/// - Throws `TransportError`, saying whether the server may have received the request.
public struct URLSessionTransport: HTTPTransport {
    private let session: URLSession

    /// Uses `session`, or an ephemeral session without cookies or caching.
    public init(session: URLSession? = nil) {
        self.session = session ?? URLSessionTransport.makeEphemeralSession()
    }

    /// An ephemeral session: no cookies, no cache, no stored credentials.
    static func makeEphemeralSession() -> URLSession {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        return URLSession(configuration: configuration, delegate: BoundedSessionDelegate(), delegateQueue: nil)
    }

    /// Sends `request` and returns the whole response.
    public func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        if let refusal = URLSecurityRule.violation(for: request.url) { throw refusal }
        try Task.checkCancellation()
        let urlRequest = Self.urlRequest(for: request)
        let control = RequestControl()
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<HTTPResponse, any Error>) in
                if let bounded = session.delegate as? BoundedSessionDelegate {
                    let task = session.dataTask(with: urlRequest)
                    bounded.register(task, limit: request.maxResponseBytes) { outcome in
                        continuation.resume(with: Self.result(outcome, control: control, url: request.url))
                    }
                    control.start(task, timeout: request.timeout)
                    return
                }
                let task = session.dataTask(with: urlRequest) { data, response, error in
                    var result = Self.result(data: data, response: response, error: error, control: control, url: request.url)
                    if case .success(let whole) = result, let limit = request.maxResponseBytes, whole.body.count > limit {
                        result = .failure(Self.tooLarge(limit: limit, url: request.url))
                    }
                    continuation.resume(with: result)
                }
                control.start(task, timeout: request.timeout)
            }
        } onCancel: {
            control.cancel()
        }
    }

    /// The `URLRequest` of `request`.
    static func urlRequest(for request: HTTPRequest) -> URLRequest {
        var urlRequest = URLRequest(url: request.url)
        urlRequest.httpMethod = request.method
        // Whole seconds, at least one: FoundationNetworking truncates sub-second values to an
        // immediate timeout. The exact deadline is enforced by `RequestControl`.
        urlRequest.timeoutInterval = max(request.timeout.secondsValue.rounded(.up), 1)
        urlRequest.cachePolicy = .reloadIgnoringLocalCacheData
        urlRequest.httpShouldHandleCookies = false
        for header in request.headers {
            urlRequest.addValue(header.value, forHTTPHeaderField: header.name)
        }
        urlRequest.httpBody = request.body
        return urlRequest
    }

    /// Folds the completion handler's arguments into a response or a `TransportError`.
    static func result(data: Data?, response: URLResponse?, error: (any Error)?, control: RequestControl, url: URL) -> Result<HTTPResponse, any Error> {
        if let error {
            return .failure(TransportErrorMapping.map(error, timedOut: control.didTimeOut, cancelled: control.wasCancelled, url: url))
        }
        guard let http = response as? HTTPURLResponse else {
            return .failure(TransportError(kind: .badResponse, delivery: .mayHaveBeenReceived, message: "no HTTP response from \(URLSecurityRule.describe(url))"))
        }
        return .success(HTTPResponse(status: http.statusCode, headers: headerList(http), body: data ?? Data()))
    }

    /// Folds a bounded task's outcome into a response or a `TransportError`.
    static func result(
        _ outcome: Result<(HTTPURLResponse, Data), BoundedSessionDelegate.BodyFailure>, control: RequestControl, url: URL
    ) -> Result<HTTPResponse, any Error> {
        switch outcome {
        case .success(let (http, body)):
            return .success(HTTPResponse(status: http.statusCode, headers: headerList(http), body: body))
        case .failure(.tooLarge(let limit)):
            return .failure(tooLarge(limit: limit, url: url))
        case .failure(.failed(let error)):
            return .failure(TransportErrorMapping.map(error, timedOut: control.didTimeOut, cancelled: control.wasCancelled, url: url))
        case .failure(.noHTTPResponse):
            return .failure(TransportError(kind: .badResponse, delivery: .mayHaveBeenReceived, message: "no HTTP response from \(URLSecurityRule.describe(url))"))
        }
    }

    /// The error of a body over `limit` bytes.
    static func tooLarge(limit: Int, url: URL) -> TransportError {
        TransportError(
            kind: .responseTooLarge, delivery: .mayHaveBeenReceived,
            message: "the response from \(URLSecurityRule.describe(url)) is larger than the \(limit)-byte limit; reading stopped")
    }

    /// The response's header fields as name/value pairs, sorted by name for stable output.
    static func headerList(_ response: HTTPURLResponse) -> [(name: String, value: String)] {
        response.allHeaderFields.compactMap { key, value -> (name: String, value: String)? in
            guard let name = key as? String else { return nil }
            return (name, "\(value)")
        }.sorted { $0.name.lowercased() < $1.name.lowercased() }
    }
}

/// Holds one URLSession task so that cancellation and the deadline can stop it, and records
/// which of the two did.
final class RequestControl: Sendable {
    private struct State {
        var task: URLSessionTask?
        var cancelled = false
        var timedOut = false
    }

    private let state = LockedState(State())

    /// True when the deadline stopped the task.
    var didTimeOut: Bool { state.withLock { $0.timedOut } }
    /// True when the Swift task's cancellation stopped it.
    var wasCancelled: Bool { state.withLock { $0.cancelled } }

    /// Resumes `task` and arms the deadline; cancels at once when cancellation came first.
    func start(_ task: URLSessionTask, timeout: Duration) {
        let cancelNow = state.withLock { current -> Bool in
            current.task = task
            return current.cancelled
        }
        if cancelNow {
            task.cancel()
            return
        }
        task.resume()
        let seconds = max(timeout.secondsValue, 0.001)
        DispatchQueue.global().asyncAfter(deadline: .now() + seconds) { [weak self] in
            self?.expire()
        }
    }

    /// Cancels the task because the Swift task was cancelled.
    func cancel() {
        let task = state.withLock { current -> URLSessionTask? in
            current.cancelled = true
            return current.task
        }
        task?.cancel()
    }

    private func expire() {
        let task = state.withLock { current -> URLSessionTask? in
            guard let task = current.task, task.state == .running || task.state == .suspended, !current.cancelled else { return nil }
            current.timedOut = true
            return task
        }
        task?.cancel()
    }
}
