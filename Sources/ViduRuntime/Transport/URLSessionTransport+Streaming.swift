import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

extension URLSessionTransport {
    /// Sends `request` and writes a 2xx body to `file` chunk by chunk as it arrives, so a file
    /// of any size never sits in memory (`request.maxResponseBytes` does not apply to it).
    ///
    /// - `request.timeout` bounds each wait for the next bytes, not the whole transfer, which
    ///   may take up to an hour (or `request.timeout`, if longer).
    /// - A redirect is followed only to a URL that `URLSecurityRule` allows, and without the
    ///   credentials: `Authorization`, `Proxy-Authorization`, `Cookie`, and every header that
    ///   carries `request.apiKey`.
    /// - Cancelling the Swift task cancels the transfer at once. What was written to `file`
    ///   before a failure stays there; the caller removes it.
    public func send(
        _ request: HTTPRequest, writingBodyTo file: URL, progress: (@Sendable (DownloadProgress) -> Void)?
    ) async throws -> HTTPResponse {
        if let refusal = URLSecurityRule.violation(for: request.url) { throw refusal }
        try Task.checkCancellation()
        let credentials = ["Authorization", "Proxy-Authorization", "Cookie"] + request.headers.compactMap { header in
            guard let key = request.apiKey, !key.secret.isEmpty, header.value.contains(key.secret) else { return nil }
            return header.name
        }
        let delegate = StreamingDownloadDelegate(
            partial: file, resumeOffset: 0, progress: progress, expectsVideo: false, removingOnRedirect: credentials)
        let result = await delegate.run(
            Self.urlRequest(for: request), idleTimeout: request.timeout,
            totalTimeout: max(request.timeout, .seconds(3_600)))
        switch result {
        case .finished(let status, let headers, _, _, let errorBody):
            return HTTPResponse(status: status, headers: headers, body: (200..<300).contains(status) ? Data() : errorBody)
        case .failed(.transport(let error), _, _):
            throw error
        case .failed(.cancelled, _, _):
            throw CancellationError()
        case .failed(let error, _, _):
            throw error
        }
    }
}
