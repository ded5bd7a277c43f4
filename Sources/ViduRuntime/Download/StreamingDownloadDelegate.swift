import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Receives a download's bytes from URLSession and appends them to the partial file as they
/// arrive, so the body is never held in memory. A `206 Partial Content` answer that starts
/// where the partial file ends is appended to it; a `200` starts the file over. Non-2xx
/// bodies are kept (up to 8 KiB) to explain the failure. Redirects follow the first URL's
/// rule, without the headers named in `removingOnRedirect`; a result download refuses a body
/// that is not a video (content type, MP4 box), an API answer streamed to a file
/// (`expectsVideo` false) takes any body.
final class StreamingDownloadDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    /// What the server said about resuming this file.
    struct Resumability: Sendable {
        /// True when the server takes `Range` requests for it (`Accept-Ranges: bytes`, or a 206).
        var acceptsRanges = false
        var etag: String?
        var lastModified: String?
    }

    /// How a download ended.
    enum Result: Sendable {
        case finished(status: Int, headers: [(name: String, value: String)], byteCount: Int64, contentType: String?, errorBody: Data)
        /// `keepPartial`: the partial file holds the first bytes of the file and the server
        /// can send the rest later.
        case failed(ViduError, keepPartial: Bool, resumability: Resumability)
    }

    private struct State {
        var task: URLSessionTask?
        var continuation: CheckedContinuation<Result, Never>?
        var cancelled = false
        var status = 0
        var headers: [(name: String, value: String)] = []
        var expected: Int64?
        var contentType: String?
        var file: FileHandle?
        var offset: Int64 = 0
        var received: Int64 = 0
        var errorBody = Data()
        var writeError: String?
        var resumability = Resumability()
        /// Why the transfer was stopped: a redirect the URL rule refuses, or a body that is not a video.
        var refusal: ViduError?
        /// The first bytes, until `VideoBodyCheck` has looked at them.
        var prefix: [UInt8] = []
        var checkedPrefix = false
        var lastReported: Int64 = 0
    }

    /// Progress is reported at most once per this many bytes (and at the end), so that a
    /// slow progress closure cannot hold the delegate queue while chunks pile up behind it.
    static let progressStride: Int64 = 1_048_576

    private let partial: URL
    private let resumeOffset: Int64
    private let progress: (@Sendable (DownloadProgress) -> Void)?
    private let expectsVideo: Bool
    private let removingOnRedirect: [String]
    private let state = LockedState(State())

    /// Writes to `partial`; when `resumeOffset` > 0 the request asked for the bytes from there.
    /// `expectsVideo`: refuse a body that is not a video. `removingOnRedirect`: header names
    /// (the credentials) a redirected request must not carry.
    init(
        partial: URL, resumeOffset: Int64, progress: (@Sendable (DownloadProgress) -> Void)?,
        expectsVideo: Bool = true, removingOnRedirect: [String] = []
    ) {
        self.partial = partial
        self.resumeOffset = resumeOffset
        self.progress = progress
        self.expectsVideo = expectsVideo
        self.removingOnRedirect = removingOnRedirect
    }

    /// Sends `request` in a session of its own (ephemeral: no cookies, no cache) with this
    /// delegate, and waits for the end: `idleTimeout` bounds each wait for bytes, `totalTimeout`
    /// the whole transfer. Cancelling the Swift task cancels the transfer at once.
    func run(_ request: URLRequest, idleTimeout: Duration, totalTimeout: Duration) async -> Result {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        configuration.httpCookieAcceptPolicy = .never
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.timeoutIntervalForRequest = max(idleTimeout.secondsValue, 0.001)
        configuration.timeoutIntervalForResource = totalTimeout.secondsValue
        let session = URLSession(configuration: configuration, delegate: self, delegateQueue: BoundedDelegateQueue())
        defer { session.finishTasksAndInvalidate() }
        let task = session.dataTask(with: request)
        return await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Result, Never>) in
                start(task, continuation: continuation)
            }
        } onCancel: {
            cancel()
        }
    }

    /// Starts `task`, or ends at once when cancellation came first.
    func start(_ task: URLSessionTask, continuation: CheckedContinuation<Result, Never>) {
        let cancelled = state.withLock { current -> Bool in
            current.task = task
            current.continuation = continuation
            return current.cancelled
        }
        if cancelled {
            task.cancel()
        } else {
            task.resume()
        }
    }

    /// Cancels the transfer because the Swift task was cancelled.
    func cancel() {
        let task = state.withLock { current -> URLSessionTask? in
            current.cancelled = true
            return current.task
        }
        task?.cancel()
    }

    /// Follows a redirect only to a URL the first URL's rule (`URLSecurityRule`) also allows:
    /// never to plain http on a host that is not loopback.
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void
    ) {
        guard let target = request.url else {
            state.withLock { $0.refusal = .invalidURL("a redirect without a location") }
            completionHandler(nil)
            return
        }
        if let violation = URLSecurityRule.violation(for: target) {
            let error: ViduError = violation.kind == .insecureURL
                ? .insecureURL("redirected to \(violation.message)") : .invalidURL("redirected to \(violation.message)")
            state.withLock { $0.refusal = error }
            completionHandler(nil)
            task.cancel()
            return
        }
        var redirected = request
        for name in removingOnRedirect { redirected.setValue(nil, forHTTPHeaderField: name) }
        completionHandler(redirected)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse, completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        let http = response as? HTTPURLResponse
        let status = http?.statusCode ?? 0
        var openError: String?
        var handle: FileHandle?
        var offset: Int64 = 0
        let contentType = http?.value(forHTTPHeaderField: "Content-Type")
        if expectsVideo, (200..<300).contains(status), let reason = VideoBodyCheck.refusal(contentType: contentType) {
            let url = URLSecurityRule.describe(response.url ?? partial)
            state.withLock { $0.refusal = .notAVideo(url: url, reason: reason) }
            completionHandler(.cancel)
            return
        }
        // With a Content-Encoding the declared length is that of the encoded body, while the
        // delegate counts decoded bytes: the two cannot be compared.
        let encoding = http?.value(forHTTPHeaderField: "Content-Encoding")?.trimmingCharacters(in: .whitespaces).lowercased()
        let comparableLength = encoding == nil || encoding == "" || encoding == "identity"
        if status == 206 {
            let range = http?.value(forHTTPHeaderField: "Content-Range") ?? ""
            if resumeOffset > 0, range.hasPrefix("bytes \(resumeOffset)-"), let existing = try? FileHandle(forWritingTo: partial) {
                _ = try? existing.seekToEnd()
                handle = existing
                offset = resumeOffset
            } else {
                openError = "the server answered a range that does not continue \(partial.path) (\(range))"
            }
        } else if (200..<300).contains(status) {
            if FileManager.default.createFile(atPath: partial.path, contents: nil) {
                handle = try? FileHandle(forWritingTo: partial)
            }
            if handle == nil { openError = "cannot create \(partial.path)" }
        }
        var resumability = Resumability()
        resumability.acceptsRanges = status == 206 || (http?.value(forHTTPHeaderField: "Accept-Ranges")?.lowercased().contains("bytes") ?? false)
        resumability.etag = http?.value(forHTTPHeaderField: "ETag")
        resumability.lastModified = http?.value(forHTTPHeaderField: "Last-Modified")
        state.withLock { current in
            current.status = status
            current.headers = http.map(URLSessionTransport.headerList) ?? []
            current.expected = response.expectedContentLength >= 0 && comparableLength ? response.expectedContentLength : nil
            current.contentType = contentType
            current.file = handle
            current.offset = offset
            // A resumed body continues a file whose first bytes were checked before.
            current.checkedPrefix = offset > 0 || !expectsVideo
            current.writeError = openError
            current.resumability = resumability
        }
        completionHandler(openError == nil ? .allow : .cancel)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let report = state.withLock { current -> DownloadProgress? in
            guard current.writeError == nil, current.refusal == nil else { return nil }
            guard let file = current.file else {
                if current.errorBody.count < 8_192 { current.errorBody.append(data.prefix(8_192 - current.errorBody.count)) }
                return nil
            }
            if !current.checkedPrefix {
                current.prefix.append(contentsOf: data.prefix(VideoBodyCheck.prefixLength - current.prefix.count))
                if current.prefix.count >= VideoBodyCheck.prefixLength {
                    current.checkedPrefix = true
                    if let reason = VideoBodyCheck.refusal(prefix: current.prefix) {
                        current.refusal = .notAVideo(url: URLSecurityRule.describe(dataTask.originalRequest?.url ?? partial), reason: reason)
                        return nil
                    }
                }
            }
            do {
                try file.write(contentsOf: data)
            } catch {
                current.writeError = "cannot write \(partial.path): \(error.localizedDescription)"
                return nil
            }
            current.received += Int64(data.count)
            let complete = current.expected.map { current.received >= $0 } ?? false
            guard complete || current.received - current.lastReported >= Self.progressStride else { return nil }
            current.lastReported = current.received
            return DownloadProgress(bytesReceived: current.offset + current.received, bytesExpected: current.expected.map { current.offset + $0 })
        }
        if let report { progress?(report) }
        let failed = state.withLock { $0.writeError != nil || $0.refusal != nil }
        if failed { Self.cancelLater(dataTask) }
    }

    /// Cancels `task` off the delegate queue: `cancel()` waits for the session's work queue,
    /// which may itself be waiting for this queue to take another chunk (`BoundedDelegateQueue`).
    private static func cancelLater(_ task: URLSessionTask) {
        DispatchQueue.global().async { task.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let (continuation, result) = state.withLock { current -> (CheckedContinuation<Result, Never>?, Result) in
            try? current.file?.close()
            let wroteFile = current.file != nil
            current.file = nil
            // A body shorter than the check's prefix is checked once it has ended.
            if !current.checkedPrefix, wroteFile, current.refusal == nil, (200..<300).contains(current.status),
               error == nil, !current.cancelled, let reason = VideoBodyCheck.refusal(prefix: current.prefix) {
                current.refusal = .notAVideo(url: URLSecurityRule.describe(task.originalRequest?.url ?? partial), reason: reason)
            }
            // Worth keeping: the server resumes ranges, and the file holds some of the bytes.
            let resumable = wroteFile && current.refusal == nil && current.resumability.acceptsRanges && current.offset + current.received > 0
            let result: Result
            if let refusal = current.refusal {
                result = .failed(refusal, keepPartial: false, resumability: current.resumability)
            } else if let writeError = current.writeError {
                result = .failed(.fileSystem(writeError), keepPartial: false, resumability: current.resumability)
            } else if current.cancelled {
                result = .failed(.cancelled, keepPartial: resumable, resumability: current.resumability)
            } else if let error {
                let mapped = TransportErrorMapping.map(error, timedOut: false, cancelled: false, url: task.originalRequest?.url ?? partial)
                result = .failed(.transport(mapped), keepPartial: resumable, resumability: current.resumability)
            } else if let expected = current.expected, (200..<300).contains(current.status), current.received != expected {
                let lost = TransportError(kind: .connectionLost, delivery: .mayHaveBeenReceived, message: "received \(current.received) of \(expected) bytes")
                result = .failed(.transport(lost), keepPartial: resumable, resumability: current.resumability)
            } else {
                if current.received != current.lastReported, let progress {
                    progress(DownloadProgress(bytesReceived: current.offset + current.received, bytesExpected: current.expected.map { current.offset + $0 }))
                }
                result = .finished(status: current.status, headers: current.headers, byteCount: current.offset + current.received, contentType: current.contentType, errorBody: current.errorBody)
            }
            let continuation = current.continuation
            current.continuation = nil
            return (continuation, result)
        }
        continuation?.resume(returning: result)
    }
}
